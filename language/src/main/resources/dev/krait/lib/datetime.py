"""Dates and times (Krait's implementation): timedelta, date, time, datetime, tzinfo and timezone.

Local time is the time module's (the TZ environment variable's zone, else the JVM's default zone): now(), today(),
fromtimestamp() and timestamp() of naive datetimes, and astimezone() with no argument use it.
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_days = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_days)
    _days += _dim
del _days, _dim

_MONTH_NAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ordinal(year, month, day):
    """Day number of year-month-day, 0001-01-01 being day 1."""
    return _days_before_year(year) + _days_before_month(year, month) + day


_DAYS_IN_400_YEARS = _days_before_year(401)
_DAYS_IN_100_YEARS = _days_before_year(101)
_DAYS_IN_4_YEARS = _days_before_year(5)


def _ordinal_to_ymd(n):
    """(year, month, day) of day number n."""
    n -= 1
    cycles400, n = divmod(n, _DAYS_IN_400_YEARS)
    year = cycles400 * 400 + 1
    cycles100, n = divmod(n, _DAYS_IN_100_YEARS)
    cycles4, n = divmod(n, _DAYS_IN_4_YEARS)
    years, n = divmod(n, 365)
    year += cycles100 * 100 + cycles4 * 4 + years
    if years == 4 or cycles100 == 4:
        # The last day of a leap year closing a 4- or 400-year cycle.
        return year - 1, 12, 31
    leap = years == 3 and (cycles4 != 24 or cycles100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


_UNSET = object()  # replace()'s "not given": None is a value there, which must be an int


def _index(value):
    """The int value of an argument that must be an integer (as CPython's date and time constructors take)."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    fold = _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _round_half_even(numerator, denominator):
    """numerator/denominator rounded to an int, ties to even (any signs)."""
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    q, r = divmod(numerator, denominator)
    if 2 * r > denominator or (2 * r == denominator and q % 2 == 1):
        q += 1
    return q



def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalized; days may be negative."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # CPython's delta_new: each component's whole part counted exactly; the fractions of a microsecond that
        # float components leave are summed as floats and rounded once, half to even
        total = 0
        leftover = 0.0
        for value, scale, component in ((microseconds, 1, "microseconds"), (milliseconds, 1000, "milliseconds"),
                                        (seconds, 1000000, "seconds"), (minutes, 60000000, "minutes"),
                                        (hours, 3600000000, "hours"), (days, 86400000000, "days"),
                                        (weeks, 604800000000, "weeks")):
            if isinstance(value, int):
                total += int(value) * scale
            elif isinstance(value, float):
                if not _math.isfinite(value):
                    raise (OverflowError("cannot convert float infinity to integer") if not _math.isnan(value)
                           else ValueError("cannot convert float NaN to integer"))
                fraction, whole = _math.modf(value)
                total += int(whole) * scale
                if fraction:
                    fraction, whole = _math.modf(float(scale) * fraction)
                    total += int(whole)
                    leftover += fraction
            else:
                raise TypeError(f"unsupported type for timedelta {component} component: {type(value).__name__}")
        if leftover:
            whole_us = _math.copysign(_math.floor(abs(leftover) + 0.5), leftover)  # C's round(): half away from 0
            if abs(whole_us - leftover) == 0.5:
                odd = total & 1
                half = (leftover + odd) * 0.5
                whole_us = 2.0 * _math.copysign(_math.floor(abs(half) + 0.5), half) - odd
            total += int(whole_us)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        seconds, us = divmod(us, 1000000)
        days, seconds = divmod(seconds, 86400)
        if abs(days) > 999999999:
            raise OverflowError(f"days={days}; must have magnitude <= 999999999")
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        if not args:
            args.append("0")
        return f"{_qualified_name(self)}({', '.join(args)})"

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            text = f"{self._days} day{plural}, " + text
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(self._to_microseconds() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        us = self._to_microseconds()
        if isinstance(other, timedelta):
            return us // other._to_microseconds()
        return timedelta._from_microseconds(us // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        us = self._to_microseconds()
        if isinstance(other, timedelta):
            return us / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_round_half_even(us, other))
        n, d = other.as_integer_ratio()
        return timedelta._from_microseconds(_round_half_even(d * us, n))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, self._key())


def _state_bytes(state):
    """The bytes of a pickled date/time state (given as bytes, or as str by Python 2 pickles)."""
    return state.encode("latin-1") if isinstance(state, str) else bytes(state)


def _is_state(value, size, month_index=None, hour_index=None):
    """Whether a constructor's first argument is the packed state CPython's pickles hold."""
    if not isinstance(value, (bytes, str)) or len(value) != size:
        return False
    if month_index is not None:
        return 1 <= (ord(value[month_index:month_index + 1]) & 0x7F) <= 12
    return (ord(value[hour_index:hour_index + 1]) & 0x7F) < 24


def _pack_time(hour, minute, second, microsecond):
    return bytes([hour, minute, second, microsecond >> 16, (microsecond >> 8) & 0xFF, microsecond & 0xFF])


def _type_name(obj):
    """The name CPython's datetime types give themselves: datetime.date; a subclass's own __name__."""
    cls = type(obj)
    if cls.__module__ == "datetime":
        return f"datetime.{cls.__name__}"
    return cls.__name__


_qualified_name = _type_name


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# strftime

_SHORT_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_SHORT_MONTHS = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _format_offset(offset, sep=":"):
    """+HH:MM[:SS[.ffffff]] of a timedelta offset ('' for None)."""
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    hours, rest = divmod(offset, timedelta(hours=1))
    minutes, rest = divmod(rest, timedelta(minutes=1))
    seconds = rest.seconds
    microseconds = offset.microseconds
    text = f"{sign}{hours:02d}{sep}{minutes:02d}"
    if seconds or microseconds:
        text += f"{sep}{seconds:02d}"
        if microseconds:
            text += f".{microseconds:06d}"
    return text


def _strftime(fmt, year, month, day, hour, minute, second, microsecond, weekday, yday, offset, zone):
    """strftime as CPython's datetime does it: %f, %z, %:z and %Z filled in here, the rest by time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        if d == "f":
            out.append(f"{microsecond:06d}")
        elif d == "z":
            out.append(_format_offset(offset, ""))
        elif d == ":" and i + 2 < n and fmt[i + 2] == "z":
            out.append(_format_offset(offset, ":"))
            i += 1
        elif d == "Z":
            out.append((zone or "").replace("%", "%%"))
        else:
            out.append(fmt[i:i + 2])
        i += 2
    return _time.strftime("".join(out), (year, month, day, hour, minute, second, weekday, yday, -1))


def _iso_calendar(year, month, day):
    """(ISO year, ISO week, ISO weekday) of a date."""
    week1_monday = _iso_week1_monday(year)
    today = _ymd_to_ordinal(year, month, day)
    week, weekday = divmod(today - week1_monday, 7)
    if week < 0:
        year -= 1
        week1_monday = _iso_week1_monday(year)
        week, weekday = divmod(today - week1_monday, 7)
    elif week >= 52 and today >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, weekday + 1


def _iso_week1_monday(year):
    first_day = _ymd_to_ordinal(year, 1, 1)
    first_weekday = (first_day + 6) % 7
    week1_monday = first_day - first_weekday
    if first_weekday > 3:
        week1_monday += 7
    return week1_monday


class IsoCalendarDate(tuple):
    """(year, week, weekday) of date.isocalendar(), with those names."""

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return f"{_type_name(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})"


IsoCalendarDate.__module__ = "datetime"


# ISO 8601 parsing

def _parse_isoformat_date(text):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; ValueError otherwise."""
    if len(text) < 7 or not text[:4].isdigit() or not text[:4].isascii():
        raise ValueError
    year = int(text[:4])
    has_sep = text[4] == "-"
    pos = 5 if has_sep else 4
    if text[pos] == "W":
        pos += 1
        week_text = text[pos:pos + 2]
        pos += 2
        weekday = 1
        if len(text) > pos:
            if (text[pos] == "-") != has_sep:
                raise ValueError
            if has_sep:
                pos += 1
            weekday_text = text[pos:]
            if len(weekday_text) != 1 or not weekday_text.isdigit():
                raise ValueError
            weekday = int(weekday_text)
        if len(week_text) != 2 or not week_text.isdigit():
            raise ValueError
        return _from_iso_calendar(year, int(week_text), weekday)
    month_text = text[pos:pos + 2]
    pos += 2
    if has_sep:
        if len(text) <= pos or text[pos] != "-":
            raise ValueError
        pos += 1
    day_text = text[pos:]
    if len(month_text) != 2 or len(day_text) != 2 or not (month_text + day_text).isdigit() \
            or not (month_text + day_text).isascii():
        raise ValueError
    return year, int(month_text), int(day_text)


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd_to_ordinal(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    day_1 = _iso_week1_monday(year)
    ordinal = day_1 + (week - 1) * 7 + day - 1
    return _ordinal_to_ymd(ordinal)


def _parse_hh_mm_ss_ff(text):
    """[hour, minute, second, microsecond] of HH[:MM[:SS[.fff[fff]]]] or the basic form HH[MM[SS[.ffffff]]]."""
    length = len(text)
    components = [0, 0, 0, 0]
    pos = 0
    has_sep = None
    for comp in range(3):
        if length - pos < 2:
            raise ValueError("Incomplete time component")
        part = text[pos:pos + 2]
        if not part.isdigit() or not part.isascii():
            raise ValueError("Invalid time component")
        components[comp] = int(part)
        pos += 2
        if pos >= length or comp >= 2:
            break
        next_char = text[pos]
        if has_sep is None:
            has_sep = next_char == ":"
        if has_sep:
            if next_char != ":":
                if next_char in ".,":
                    break
                raise ValueError(f"Invalid time separator: {next_char}")
            pos += 1
        elif next_char in ".,":
            break
    if pos < length:
        if text[pos] not in ".,":
            raise ValueError("Invalid microsecond component")
        pos += 1
        digits = text[pos:]
        if not digits or not digits.isdigit() or not digits.isascii():
            raise ValueError("Invalid microsecond component")
        us = int(digits[:6].ljust(6, "0"))
        components[3] = us
    return components


def _parse_isoformat_time(text):
    """(hour, minute, second, microsecond, tzinfo or None) of an ISO time with an optional offset or Z."""
    if len(text) < 2:
        raise ValueError("Isoformat time too short")
    tz_pos = -1
    for i, c in enumerate(text):
        if c in "+-Z":
            tz_pos = i
            break
    time_text = text[:tz_pos] if tz_pos >= 0 else text
    hour, minute, second, microsecond = _parse_hh_mm_ss_ff(time_text)
    tz = None
    if tz_pos >= 0:
        tz_text = text[tz_pos + 1:]
        if text[tz_pos] == "Z":
            if tz_text:
                raise ValueError("Extra characters after Z")
            tz = timezone.utc
        else:
            if len(tz_text) not in (2, 4, 5) and len(tz_text) < 8:
                raise ValueError("Malformed time zone string")
            tz_hour, tz_minute, tz_second, tz_us = _parse_hh_mm_ss_ff(tz_text)
            if tz_hour == tz_minute == tz_second == tz_us == 0:
                tz = timezone.utc
            else:
                sign = -1 if text[tz_pos] == "-" else 1
                tz = timezone(sign * timedelta(hours=tz_hour, minutes=tz_minute, seconds=tz_second,
                                               microseconds=tz_us))
    return hour, minute, second, microsecond, tz


class date:
    """A calendar date of the proleptic Gregorian calendar, years 1 to 9999."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if month is None and _is_state(year, 4, month_index=2):
            state = _state_bytes(year)
            year, month, day = state[0] * 256 + state[1], state[2], state[3]
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of POSIX timestamp t."""
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Today's local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date with day number n, 0001-01-01 being 1."""
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """The date of an ISO 8601 string: 2024-01-05, 20240105, 2024-W01-5."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            fields = _parse_isoformat_date(date_string)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO year, week and weekday."""
        return cls(*_from_iso_calendar(year, week, day))

    def __repr__(self):
        return f"{_qualified_name(self)}({self._year}, {self._month}, {self._day})"

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return f"{_SHORT_DAYS[weekday - 1]} {_SHORT_MONTHS[self._month]} {self._day:2d} 00:00:00 {self._year:04d}"

    def timetuple(self):
        """The time.struct_time of this date (midnight, isdst -1)."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday(), -1))

    def _yday(self):
        return self.toordinal() - _ymd_to_ordinal(self._year, 1, 1) + 1

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(),
                         self._day_of_year(), None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def _day_of_year(self):
        return _days_before_month(self._year, self._month) + self._day

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def replace(self, year=_UNSET, month=_UNSET, day=_UNSET):
        if year is _UNSET:
            year = self._year
        if month is _UNSET:
            month = self._month
        if day is _UNSET:
            day = self._day
        return type(self)(year, month, day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _compare_date(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return op(self._date_key(), other._date_key())
        return NotImplemented

    def __eq__(self, other):
        return self._compare_date(other, _eq)

    def __le__(self, other):
        return self._compare_date(other, _le)

    def __lt__(self, other):
        return self._compare_date(other, _lt)

    def __ge__(self, other):
        return self._compare_date(other, _ge)

    def __gt__(self, other):
        return self._compare_date(other, _gt)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(("date", self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if 0 < ordinal <= _MAX_ORDINAL:
                return type(self).fromordinal(ordinal)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Monday is 0, Sunday 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """(ISO year, week number, weekday)."""
        return IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (self.__class__, (bytes([self._year >> 8, self._year & 0xFF, self._month, self._day]),))


def _eq(a, b):
    return a == b


def _le(a, b):
    return a <= b


def _lt(a, b):
    return a < b


def _ge(a, b):
    return a >= b


def _gt(a, b):
    return a > b


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """The abstract base of time zones: utcoffset, dst and tzname of a datetime."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        # CPython's tzinfo accepts and ignores any arguments
        return object.__new__(cls)

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        """The local time of the UTC time dt (whose tzinfo is self)."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) and "
                         f"timedelta(hours=24), not {offset!r}.")


class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(hour, 6, hour_index=0):
            state = _state_bytes(hour)
            tzinfo = minute if minute != 0 else None
            hour, minute, second = state[0], state[1], state[2]
            microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
            fold = 1 if hour > 127 else 0
            hour &= 0x7F
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._key(), other._key())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond), (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if not offset:
                self._hashcode = hash(self._key())
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - offset, timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second, self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def __repr__(self):
        if self._microsecond != 0:
            s = f", {self._second}, {self._microsecond}"
        elif self._second != 0:
            s = f", {self._second}"
        else:
            s = ""
        s = f"{_qualified_name(self)}({self._hour}, {self._minute}{s})"
        if self._tzinfo is not None:
            s = s[:-1] + f", tzinfo={self._tzinfo!r})"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """The time of an ISO 8601 string: 12:30, 12:30:15.5, 123015, T12:30+01:00."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        try:
            fields = _parse_isoformat_time(text)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {time_string!r}") from None
        return cls(*fields)

    def strftime(self, format):
        return _strftime(format, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1,
                         self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def replace(self, hour=_UNSET, minute=_UNSET, second=_UNSET, microsecond=_UNSET, tzinfo=True, *, fold=_UNSET):
        if hour is _UNSET:
            hour = self._hour
        if minute is _UNSET:
            minute = self._minute
        if second is _UNSET:
            second = self._second
        if microsecond is _UNSET:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is _UNSET:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce_ex__(self, protocol):
        hour = self._hour + 128 if self._fold and protocol > 3 else self._hour
        state = _pack_time(hour, self._minute, self._second, self._microsecond)
        return (self.__class__, (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _format_time(hh, mm, ss, us, timespec="auto"):
    specs = {
        "hours": "{:02d}",
        "minutes": "{:02d}:{:02d}",
        "seconds": "{:02d}:{:02d}:{:02d}",
        "milliseconds": "{:02d}:{:02d}:{:02d}.{:03d}",
        "microseconds": "{:02d}:{:02d}:{:02d}.{:06d}",
    }
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError("Unknown timespec value")
    return fmt.format(hh, mm, ss, us)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _utc_fields(t):
    """(year, month, day, hour, minute, second, microsecond) of POSIX timestamp t, in UTC, rounded half to even
    to the microsecond."""
    if isinstance(t, float):
        if not _math.isfinite(t):
            raise ValueError("Invalid value NaN (not a number)" if _math.isnan(t) else
                             "cannot convert float infinity to integer")
        n, d = t.as_integer_ratio()
        us = _round_half_even(n * 1000000, d)
    else:
        us = _index(t) * 1000000
    seconds, us = divmod(us, 1000000)
    days, seconds = divmod(seconds, 86400)
    ordinal = days + _ymd_to_ordinal(1970, 1, 1)
    if not 1 <= ordinal <= _MAX_ORDINAL:
        raise ValueError(f"year {_ordinal_to_ymd(max(ordinal, 1))[0] if ordinal > 0 else 0} is out of range")
    y, m, d = _ordinal_to_ymd(ordinal)
    hh, seconds = divmod(seconds, 3600)
    mm, ss = divmod(seconds, 60)
    return y, m, d, hh, mm, ss, us


_EPOCH_ORDINAL = 719163


class datetime(date):
    """A date and a time of day, optionally with a tzinfo (aware) or without (naive)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        if _is_state(year, 10, month_index=2):
            state = _state_bytes(year)
            tzinfo = month
            year, month, day = state[0] * 256 + state[1], state[2], state[3]
            fold = 1 if month > 127 else 0
            month &= 0x7F
            hour, minute, second = state[4], state[5], state[6]
            microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """The datetime of a POSIX timestamp: naive in local time, or converted to tz."""
        _check_tzinfo(tz)
        y, m, d, hh, mm, ss, us = _utc_fields(timestamp)
        if tz is None:
            seconds = (_ymd_to_ordinal(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mm * 60 + ss
            return cls._local_from_seconds(seconds, us)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return tz.fromutc(result)

    @classmethod
    def _local_from_seconds(cls, seconds, us):
        """The naive local datetime of whole POSIX seconds, with fold=1 when it is the second of two readings of a
        repeated local hour (found by looking a day back for a change of offset, as CPython does)."""
        result = cls(*_time.localtime(seconds)[:6], us)
        day = 24 * 3600
        earlier = cls(*_time.localtime(seconds - day)[:6], us)
        shift = result - earlier - timedelta(0, day)
        if shift.days < 0:
            probe = cls(*_time.localtime(seconds + shift // timedelta(0, 1))[:6], us)
            if probe == result:
                result._fold = 1
        return result

    def _local_seconds(self):
        """The whole POSIX seconds this naive local datetime stands for (fold picks the reading of a repeated hour,
        and the offset before (0) or after (1) a skipped one)."""
        return _time._time.local_to_utc(_time._tz, self._naive_seconds(), 2 if self._fold else -1)

    def _naive_seconds(self):
        return (self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def _local_timezone(self):
        if self._tzinfo is None:
            seconds = self._local_seconds()
        else:
            seconds = (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(seconds)
        return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of a POSIX timestamp."""
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        """The current date and time (naive local time, or in tz)."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (with time's tzinfo unless one is given)."""
        if not isinstance(date, _date_class):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of an ISO 8601 string: a date, then optionally a separator and a time with an offset."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            separator = _find_isoformat_datetime_separator(date_string)
            date_text = date_string[:separator]
            time_text = date_string[separator + 1:]
            year, month, day = _parse_isoformat_date(date_text)
            if separator < len(date_string):
                hour, minute, second, microsecond, tz = _parse_isoformat_time(time_text)
            else:
                hour = minute = second = microsecond = 0
                tz = None
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(year, month, day, hour, minute, second, microsecond, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime that date_string shows, read with a strftime format."""
        if not isinstance(date_string, str):
            raise TypeError(f"strptime() argument 1 must be str, not {_strptime_argument(date_string)}")
        if not isinstance(format, str):
            raise TypeError(f"strptime() argument 2 must be str, not {_strptime_argument(format)}")
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def timestamp(self):
        """POSIX timestamp; a naive datetime is taken as local time."""
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def timetuple(self):
        """The time.struct_time of this datetime; isdst from dst() (-1 when there is none)."""
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), self._yday(), isdst))

    def utctimetuple(self):
        """The time.struct_time of this datetime in UTC (a naive datetime is taken as UTC already); isdst 0."""
        offset = self.utcoffset()
        moment = self
        if offset:
            moment = self - offset
        return _time.struct_time((moment.year, moment.month, moment.day, moment.hour, moment.minute,
                                  moment.second, moment.weekday(), moment._yday(), 0))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=_UNSET, month=_UNSET, day=_UNSET, hour=_UNSET, minute=_UNSET, second=_UNSET,
                microsecond=_UNSET, tzinfo=True, *, fold=_UNSET):
        if year is _UNSET:
            year = self._year
        if month is _UNSET:
            month = self._month
        if day is _UNSET:
            day = self._day
        if hour is _UNSET:
            hour = self._hour
        if minute is _UNSET:
            minute = self._minute
        if second is _UNSET:
            second = self._second
        if microsecond is _UNSET:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is _UNSET:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        """The same moment in time zone tz (the local zone, as a fixed-offset timezone, when tz is None)."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mytz = self._tzinfo
        offset = None if mytz is None else mytz.utcoffset(self)
        if offset is None:
            # Naive (or no offset): local time, whose offset is the distance from the instant it stands for.
            naive = self.replace(tzinfo=None)
            offset = timedelta(seconds=naive._naive_seconds() - naive._local_seconds())
        elif tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=timezone.utc)
        if tz is None:
            tz = utc._local_timezone()
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (f"{_SHORT_DAYS[weekday - 1]} {_SHORT_MONTHS[self._month]} {self._day:2d} "
                f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}")

    def isoformat(self, sep="T", timespec="auto"):
        text = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        return text + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = f"{_qualified_name(self)}({', '.join(map(str, fields))})"
        if self._tzinfo is not None:
            s = s[:-1] + f", tzinfo={self._tzinfo!r})"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self.weekday(), self._day_of_year(), self.utcoffset(), self.tzname())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    def _naive_microseconds(self):
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + self._second) * 1000000 \
            + self._microsecond

    def _compare(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._naive_microseconds(), other._naive_microseconds())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, allow_mixed=True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) <= 0
        if not isinstance(other, date):
            return NotImplemented
        _cannot_compare(self, other)

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) < 0
        if not isinstance(other, date):
            return NotImplemented
        _cannot_compare(self, other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) >= 0
        if not isinstance(other, date):
            return NotImplemented
        _cannot_compare(self, other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) > 0
        if not isinstance(other, date):
            return NotImplemented
        _cannot_compare(self, other)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._naive_microseconds() + other._to_microseconds()
        seconds, us = divmod(us, 1000000)
        days, seconds = divmod(seconds, 86400)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        hh, seconds = divmod(seconds, 3600)
        mm, ss = divmod(seconds, 60)
        y, m, d = _ordinal_to_ymd(days)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = timedelta(microseconds=self._naive_microseconds() - other._naive_microseconds())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            if self._fold:
                t = self.replace(fold=0)
            else:
                t = self
            offset = t.utcoffset()
            if offset is None:
                self._hashcode = hash((self._naive_microseconds(),))
            else:
                self._hashcode = hash((self._naive_microseconds() - offset._to_microseconds(),))
        return self._hashcode

    def __reduce_ex__(self, protocol):
        month = self._month + 128 if self._fold and protocol > 3 else self._month
        state = bytes([self._year >> 8, self._year & 0xFF, month, self._day]) + \
            _pack_time(self._hour, self._minute, self._second, self._microsecond)
        return (self.__class__, (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time


def _cannot_compare(x, y):
    raise TypeError(f"can't compare {_type_name(x)} to {_type_name(y)}")


def _find_isoformat_datetime_separator(text):
    """Where the date part of an ISO datetime string ends (the index of the separator)."""
    length = len(text)
    if length == 7:
        return 7
    if text[4] == "-":
        # Extended date: YYYY-MM-DD or YYYY-Www or YYYY-Www-D.
        if text[5] == "W":
            if length < 8:
                raise ValueError("Invalid ISO string")
            if length > 8 and text[8] == "-":
                if length == 9:
                    raise ValueError("Invalid ISO string")
                if length > 10 and text[10].isdigit():
                    return 8
                return 10
            return 8
        return 10
    # Basic date: YYYYMMDD or YYYYWww or YYYYWwwD.
    if text[4] == "W":
        idx = 7
        while idx < length and text[idx].isdigit():
            if idx == 9:
                break
            idx += 1
        if idx < 9:
            return idx
        if idx % 2 == 0:
            return 7
        return 8
    return 8


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named: timezone.utc, timezone(timedelta(hours=1), 'CET')."""

    __slots__ = ("_offset", "_name")

    _Omitted = object()

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}")
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"{_qualified_name(self)}({self._offset!r})"
        return f"{_qualified_name(self)}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)

    def __reduce__(self):
        return (self.__class__, self.__getinitargs__())


timezone._maxoffset = timedelta(hours=24, microseconds=-1)
timezone._minoffset = -timezone._maxoffset
timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)


def _strptime_argument(value):
    """The name CPython's argument check gives a non-str argument: the type's, or None."""
    return "None" if value is None else type(value).__name__


