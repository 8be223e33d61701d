"""Time access and conversions (Krait's implementation) over the _time module.

The clocks and sleep are _time's (Java). Calendar arithmetic, struct_time, strftime (the C locale's directives, as
the GNU C library formats them) and strptime are written here; _time answers the two questions about the local time
zone: the UTC offset, daylight-saving flag and abbreviation in force at an instant (zone_at), and the instant a
local wall-clock time stands for (local_to_utc). Local time is the zone named by the TZ environment variable
(an IANA name such as "Europe/Paris", read again by tzset()), else the JVM's default zone.
"""

import builtins as _builtins
import _time
from operator import index as _index
from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns, process_time,
                   process_time_ns, thread_time, thread_time_ns, sleep, get_clock_info)
import posix as _posix
from _krait_structseq import structseq as _structseq

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_TIME_T_MIN = -(1 << 63)
_TIME_T_MAX = (1 << 63) - 1
_INT_MIN = -(1 << 31)
_INT_MAX = (1 << 31) - 1


struct_time = _structseq("time", "struct_time", _FIELDS + ("tm_zone", "tm_gmtoff"), """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers.""", sequence_fields=9)


# Calendar arithmetic (proleptic Gregorian)

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_from_civil(year, month, day):
    """Days since 1970-01-01 of a date (month 1..12; day may run past the month)."""
    y = year - 1 if month <= 2 else year
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(days):
    """(year, month, day) of a count of days since 1970-01-01."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return (yoe + era * 400 + (1 if month <= 2 else 0), month, day)


def _fields(seconds):
    """The nine broken-down fields of a count of seconds since the epoch read as UTC (isdst 0)."""
    days, rest = divmod(seconds, 86400)
    year, month, day = _civil_from_days(days)
    yday = days - _days_from_civil(year, 1, 1) + 1
    return (year, month, day, rest // 3600, rest // 60 % 60, rest % 60, (days + 3) % 7, yday, 0)


def _to_time_t(value):
    """A timestamp argument as whole seconds (floats rounded toward minus infinity), as CPython converts them."""
    if value is None:
        return int(time() // 1)
    if isinstance(value, float):
        if value != value:
            raise ValueError("Invalid value NaN (not a number)")
        if value in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        seconds = int(value // 1)
    else:
        try:
            index = type(value).__index__
        except AttributeError:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None
        seconds = index(value)
    if not _TIME_T_MIN <= seconds <= _TIME_T_MAX:
        raise OverflowError("timestamp out of range for platform time_t")
    return seconds


def _check_year(fields):
    if not _INT_MIN <= fields[0] - 1900 <= _INT_MAX:
        raise OSError(75, "Value too large for defined data type")
    return fields


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a. GMT)."""
    fields = _check_year(_fields(_to_time_t(seconds)))
    return struct_time(fields + ("GMT", 0))


def localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    seconds = _to_time_t(seconds)
    if not -(1 << 56) <= seconds <= (1 << 56):
        raise OSError(75, "Value too large for defined data type")
    offset, isdst, zone = _time.zone_at(_tz, seconds)
    fields = _check_year(_fields(seconds + offset))
    return struct_time(fields[:8] + (isdst, zone, offset))


def _as_c_int(value):
    """An item of a time tuple, converted as C's int."""
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None
    number = index(value)
    if number > _INT_MAX:
        raise OverflowError("signed integer is greater than maximum")
    if number < _INT_MIN:
        raise OverflowError("signed integer is less than minimum")
    return number


def _time_tuple(value, function):
    """(nine ints, zone or None, gmtoff) of a struct_time or 9-tuple argument."""
    if not isinstance(value, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(value) != 9:
        raise TypeError(f"{function}(): illegal time tuple argument")
    items = [_as_c_int(item) for item in value]
    zone, gmtoff = None, 0
    if isinstance(value, struct_time):
        zone = value.tm_zone
        if value.tm_gmtoff is not None:
            gmtoff = value.tm_gmtoff
    return items, zone, gmtoff


def _checked(items):
    """The fields C's struct tm gets (month 0..11, weekday 0 = Sunday, yday 0..365), checked as CPython does;
    returned as (year, month 1..12, mday, hour, minute, second, C weekday, yday 1..366, isdst)."""
    year, month, mday, hour, minute, second, wday, yday, isdst = items
    if month == 0:
        month = 1
    elif not 1 <= month <= 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= second <= 61:
        raise ValueError("seconds out of range")
    c_wday = wday + 1
    c_wday = c_wday - 7 * int(c_wday / 7)
    if c_wday < 0:
        raise ValueError("day of week out of range")
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    isdst = -1 if isdst < -1 else (1 if isdst > 1 else isdst)
    return (year, month, mday, hour, minute, second, c_wday, yday, isdst)


def _mktime_seconds(items):
    """The POSIX time of local time fields (any out-of-range fields carried over, as C's mktime does)."""
    year, month, mday, hour, minute, second = items[:6]
    isdst = items[8]
    months = year * 12 + month - 1
    days = _days_from_civil(months // 12, months % 12 + 1, 1) + mday - 1
    naive = days * 86400 + hour * 3600 + minute * 60 + second
    if not -(1 << 56) <= naive <= (1 << 56):
        raise OverflowError("mktime argument out of range")
    return _time.local_to_utc(_tz, naive, 1 if isdst > 0 else (-1 if isdst < 0 else 0))


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    items, _, _ = _time_tuple(t, "mktime")
    return float(_mktime_seconds(items))


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    items, _, _ = _time_tuple(t, "asctime")
    year, month, mday, hour, minute, second, c_wday, _, _ = _checked(items)
    return (f"{_DAY_NAMES[(c_wday + 6) % 7][:3]} {_MONTH_NAMES[month - 1][:3]}{mday:3d} "
            f"{hour:02d}:{minute:02d}:{second:02d} {year}")


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))


# strftime

def _iso_week_days(yday, wday):
    """Days since the Monday starting the ISO year's first week (yday from 0, wday 0 = Sunday)."""
    return yday - (yday - wday + 4 + 378) % 7 + 3


def _iso_year_week(year, yday0, c_wday):
    days = _iso_week_days(yday0, c_wday)
    if days < 0:
        year -= 1
        days = _iso_week_days(yday0 + (366 if _is_leap(year) else 365), c_wday)
    else:
        following = _iso_week_days(yday0 - (366 if _is_leap(year) else 365), c_wday)
        if following >= 0:
            year += 1
            days = following
    return year, days // 7 + 1


def _pad(number, width, flag, pad="0"):
    """A number formatted like glibc's strftime: zero- or space-padded to width, or unpadded with the '-' flag."""
    if flag == "-":
        return str(number)
    if flag == "_":
        pad = " "
    elif flag == "0":
        pad = "0"
    text = str(abs(number))
    sign = "-" if number < 0 else ""
    if pad == "0":
        return sign + text.rjust(width - len(sign), "0")
    return (sign + text).rjust(width)


def _strftime_directive(code, flag, tm, zone, gmtoff):
    year, month, mday, hour, minute, second, c_wday, yday, isdst = tm
    hour12 = hour % 12 or 12
    if code == "a":
        return _DAY_NAMES[(c_wday + 6) % 7][:3]
    if code == "A":
        return _DAY_NAMES[(c_wday + 6) % 7]
    if code in "bh":
        return _MONTH_NAMES[month - 1][:3]
    if code == "B":
        return _MONTH_NAMES[month - 1]
    if code == "c":
        return _strftime("%a %b %e %H:%M:%S %Y", tm, zone, gmtoff)
    if code == "C":
        return _pad(year // 100, 1, flag)
    if code == "d":
        return _pad(mday, 2, flag)
    if code == "D":
        return _strftime("%m/%d/%y", tm, zone, gmtoff)
    if code == "e":
        return _pad(mday, 2, flag, " ")
    if code == "F":
        return _strftime("%Y-%m-%d", tm, zone, gmtoff)
    if code in "gGV":
        iso_year, week = _iso_year_week(year, yday - 1, c_wday)
        if code == "G":
            return _pad(iso_year, 1, flag)
        if code == "g":
            return _pad(iso_year % 100, 2, flag)
        return _pad(week, 2, flag)
    if code == "H":
        return _pad(hour, 2, flag)
    if code == "I":
        return _pad(hour12, 2, flag)
    if code == "j":
        return _pad(yday, 3, flag)
    if code == "k":
        return _pad(hour, 2, flag, " ")
    if code == "l":
        return _pad(hour12, 2, flag, " ")
    if code == "m":
        return _pad(month, 2, flag)
    if code == "M":
        return _pad(minute, 2, flag)
    if code == "n":
        return "\n"
    if code == "p":
        return "PM" if hour >= 12 else "AM"
    if code == "P":
        return "pm" if hour >= 12 else "am"
    if code == "r":
        return _strftime("%I:%M:%S %p", tm, zone, gmtoff)
    if code == "R":
        return _strftime("%H:%M", tm, zone, gmtoff)
    if code == "s":
        return str(_mktime_seconds(tm))
    if code == "S":
        return _pad(second, 2, flag)
    if code == "t":
        return "\t"
    if code == "T" or code == "X":
        return _strftime("%H:%M:%S", tm, zone, gmtoff)
    if code == "u":
        return str(c_wday or 7)
    if code == "U":
        return _pad((yday - 1 + 7 - c_wday) // 7, 2, flag)
    if code == "w":
        return str(c_wday)
    if code == "W":
        return _pad((yday - 1 + 7 - (c_wday - 1) % 7) // 7, 2, flag)
    if code == "x":
        return _strftime("%m/%d/%y", tm, zone, gmtoff)
    if code == "y":
        return _pad(year % 100, 2, flag)
    if code == "Y":
        return _pad(year, 1, flag)
    if code == "z":
        if isdst < 0:
            return ""
        sign = "-" if gmtoff < 0 else "+"
        minutes = abs(gmtoff) // 60
        return f"{sign}{minutes // 60:02d}{minutes % 60:02d}"
    if code == "Z":
        if zone is not None:
            return zone
        return "" if isdst < 0 else tzname[1 if isdst else 0]
    if code == "%":
        return "%"
    return None


def _strftime(format, tm, zone, gmtoff):
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        start = i
        i += 1
        flag = ""
        upper = swap = False
        while i < n and format[i] in "-_0^#":
            if format[i] == "^":
                upper = True
            elif format[i] == "#":
                swap = True
            else:
                flag = format[i]
            i += 1
        width = ""
        while i < n and format[i].isdigit():
            width += format[i]
            i += 1
        if i >= n:
            out.append(format[start:])
            break
        code = format[i]
        i += 1
        text = _strftime_directive(code, flag, tm, zone, gmtoff)
        if text is None:
            out.append(format[start:i])
            continue
        if swap and code in "aAbBh":
            text = text.upper()
        elif swap and code in "pZ":
            text = text.lower()
        elif upper:
            text = text.upper()
        if width and int(width) > len(text):
            fill = " " if flag == "_" or (flag == "" and code in "aAbBhpPZekl") else "0"
            if fill == "0" and text[:1] in "+-":
                text = text[0] + text[1:].rjust(int(width) - 1, "0")
            else:
                text = text.rjust(int(width), fill)
        out.append(text)
    return "".join(out)


def _type_name(value):
    return "None" if value is None else type(value).__name__


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {_type_name(format)}")
    if t is None:
        t = localtime()
    items, zone, gmtoff = _time_tuple(t, "strftime")
    tm = _checked(items)
    if "\0" in format:
        raise ValueError("embedded null character")
    return _strftime(format, tm, zone, gmtoff)


# strptime (the C locale): written in _strptime, as in CPython

def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string to a time tuple according to a format specification."""
    import _strptime
    return _strptime._strptime_time(string, format)


# clock_gettime and its clock ids (Linux's numbers). The JVM reads CLOCK_MONOTONIC for its own clock, which also
# stands in for CLOCK_MONOTONIC_RAW and CLOCK_BOOTTIME (they differ only by NTP slewing and time suspended), and
# CLOCK_TAI reads as CLOCK_REALTIME, as it does on Linux until the kernel is told the TAI offset.

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11
_STRUCT_TM_ITEMS = 11

_CLOCKS_NS = {CLOCK_REALTIME: time_ns, CLOCK_MONOTONIC: monotonic_ns, CLOCK_PROCESS_CPUTIME_ID: process_time_ns,
              CLOCK_THREAD_CPUTIME_ID: thread_time_ns, CLOCK_MONOTONIC_RAW: monotonic_ns, CLOCK_BOOTTIME: monotonic_ns,
              CLOCK_TAI: time_ns}


def _clock(clk_id):
    clk_id = _index(clk_id)
    if not -(1 << 63) <= clk_id < (1 << 63):
        raise OverflowError("Python int too large to convert to C long")
    try:
        return _CLOCKS_NS[clk_id]
    except KeyError:
        raise OSError(22, "Invalid argument") from None


def clock_gettime_ns(clk_id):
    """clock_gettime_ns(clk_id) -> int

Return the time of the specified clock clk_id as nanoseconds."""
    return _clock(clk_id)()


def clock_gettime(clk_id):
    """clock_gettime(clk_id) -> float

Return the time of the specified clock clk_id."""
    return _clock(clk_id)() / 1e9


def clock_getres(clk_id):
    """clock_getres(clk_id) -> floating point number

Return the resolution (precision) of the specified clock clk_id."""
    _clock(clk_id)
    return 1e-09


# The local time zone

def _read_tz():
    value = _posix.environ.get("TZ")
    return value if isinstance(value, str) else None


def _describe_zone():
    """timezone, altzone, daylight and tzname as C's tzset leaves them: read from January and July of this year."""
    global timezone, altzone, daylight, tzname, _tz
    year = _fields(int(time()))[0]
    jan = _time.zone_at(_tz, _days_from_civil(year, 1, 1) * 86400)
    jul = _time.zone_at(_tz, _days_from_civil(year, 7, 1) * 86400)
    jan_zone, jul_zone = -jan[0], -jul[0]
    if jan_zone < jul_zone:
        timezone, altzone, tzname = jul_zone, jan_zone, (jul[2], jan[2])
    else:
        timezone, altzone, tzname = jan_zone, jul_zone, (jan[2], jul[2])
    daylight = int(jan_zone != jul_zone)


def tzset():
    """Initialize, or reinitialize, the local timezone to the value of the environment variable TZ."""
    global _tz
    import os
    value = os.environ.get("TZ")
    _tz = value if isinstance(value, str) else None
    _describe_zone()


_tz = _read_tz()
_describe_zone()
