"""strptime for Krait: reading a date and time out of a string with a strftime-style format (the C locale).

time.strptime and datetime.datetime.strptime both come here. A format is turned into one regular expression
(cached per format and local time zone names), matched case-insensitively against the whole string, and the named
groups are then combined into the fields of a time tuple: the year, the month and day or the day of the year, or a
week number with a weekday, the clock time, the UTC offset and the zone name.
"""

import time as _time

__all__ = []

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")


def _alternatives(names):
    """A regex alternation of names, longest first so that 'march' wins over 'mar'."""
    import re
    choices = set(names)
    choices.update(name[:3] for name in names)
    return "|".join(re.escape(name) for name in sorted(choices, key=len, reverse=True))


# The regex of each directive; the names are those of the named groups _fields reads.
_PATTERNS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "a": "(?P<a>" + _alternatives(_DAY_NAMES) + ")",
    "A": "(?P<A>" + _alternatives(_DAY_NAMES) + ")",
    "b": "(?P<b>" + _alternatives(_MONTH_NAMES) + ")",
    "B": "(?P<B>" + _alternatives(_MONTH_NAMES) + ")",
    "p": r"(?P<p>am|pm)",
    "%": "%",
}
# The C locale's date and time representations, spelled with the directives above.
_COMPOSITES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

_regex_cache = {}
_CACHE_MAX_SIZE = 5


def _getlang():
    """The language and encoding of the LC_TIME locale, as locale.getlocale reports them."""
    import locale
    return locale.getlocale(locale.LC_TIME)


class LocaleTime:
    """The C locale's names and formats that strptime matches, lower-cased (as CPython's _strptime exposes them):
    f_weekday/a_weekday (Monday first), f_month/a_month (index 0 is ''), am_pm, LC_date_time/LC_date/LC_time,
    timezone (the names without and with daylight saving time) and lang."""

    def __init__(self):
        self.lang = _getlang()
        self.f_weekday = [name for name in _DAY_NAMES]
        self.a_weekday = [name[:3] for name in _DAY_NAMES]
        self.f_month = [""] + [name for name in _MONTH_NAMES]
        self.a_month = [""] + [name[:3] for name in _MONTH_NAMES]
        self.am_pm = ["am", "pm"]
        self.LC_date_time = _COMPOSITES["c"]
        self.LC_date = _COMPOSITES["x"]
        self.LC_time = _COMPOSITES["X"]
        _time.tzset()
        self.tzname = _time.tzname
        self.daylight = _time.daylight
        no_saving = frozenset({"utc", "gmt", self.tzname[0].lower()})
        has_saving = frozenset({self.tzname[1].lower()}) if self.daylight else frozenset()
        self.timezone = (no_saving, has_saving)


def _zone_names():
    """The names %Z accepts: UTC, GMT and the local zone's two abbreviations, lower-cased."""
    return frozenset({"utc", "gmt", _time.tzname[0].lower(), _time.tzname[1].lower()})


def _pattern(format, zones):
    """The regex text of format."""
    import re
    parts = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%":
            if c.isspace():
                while i < n and format[i].isspace():
                    i += 1
                parts.append(r"\s+")
                continue
            parts.append(re.escape(c))
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError(f"stray % in format '{format}'")
        code = format[i + 1]
        i += 2
        if code in _COMPOSITES:
            parts.append(_pattern(_COMPOSITES[code], zones))
            continue
        if code == "Z":
            names = sorted(zones, key=len, reverse=True)
            text = "(?P<Z>" + "|".join(re.escape(name) for name in names) + ")"
        elif code in _PATTERNS:
            text = _PATTERNS[code]
        else:
            raise ValueError(f"'{code}' is a bad directive in format '{format}'")
        parts.append(text)
    return "".join(parts)


def _compiled(format):
    import re
    zones = _zone_names()
    key = (format, zones)
    regex = _regex_cache.get(key)
    if regex is None:
        regex = re.compile(_pattern(format, zones), re.IGNORECASE)
        if len(_regex_cache) >= _CACHE_MAX_SIZE:
            _regex_cache.clear()
        _regex_cache[key] = regex
    return regex


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _ordinal(year, month, day):
    """Days since 0001-01-01 of a date (proleptic Gregorian), 1 for that day."""
    import datetime
    return datetime.date(year, month, day).toordinal()


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    """The day of the year of a weekday (0 = Monday) in a week counted from the first Sunday (%U) or Monday (%W)."""
    first_weekday = (_ordinal(year, 1, 1) + 6) % 7
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _calc_julian_from_V(iso_year, iso_week, iso_weekday):
    """(year, day of the year) of an ISO year, week and weekday (1 = Monday); the day may be 0 or less."""
    jan4_weekday = (_ordinal(iso_year, 1, 4) + 6) % 7 + 1
    correction = jan4_weekday + 3
    julian = iso_week * 7 + iso_weekday - correction
    if julian < 1:
        iso_year -= 1
        julian += 366 if _is_leap(iso_year) else 365
    return iso_year, julian


def _utc_offset(text):
    """(seconds, microseconds) of a %z value such as '+0530', '-05:00:30.5' or 'Z'."""
    if text == "Z":
        return 0, 0
    z = text
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError(f"Inconsistent use of : in {text}")
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    remainder = z[8:]
    micro = int(remainder + "0" * (6 - len(remainder)))
    if z.startswith("-"):
        return -seconds, -micro
    return seconds, micro


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """((year, month, day, hour, minute, second, weekday, yday, isdst, zone, gmtoff), microsecond,
    gmtoff microseconds) of data_string read with format."""
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {index} must be str, not {type(arg)}")
    found = _compiled(format).match(data_string)
    if found is None:
        raise ValueError(f"time data {data_string!r} does not match format {format!r}")
    if len(data_string) != found.end():
        raise ValueError(f"unconverted data remains: {data_string[found.end():]}")
    values = found.groupdict()
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    weekday = julian = week_of_year = iso_year = iso_week = None
    week_starts_monday = False
    isdst = -1
    zone = gmtoff = None
    gmtoff_fraction = 0
    for key, value in values.items():
        if value is None:
            continue
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key in ("b", "B"):
            lowered = value.lower()
            month = next(i for i, name in enumerate(_MONTH_NAMES) if name == lowered or name[:3] == lowered) + 1
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = (values.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key in ("a", "A"):
            lowered = value.lower()
            weekday = next(i for i, name in enumerate(_DAY_NAMES) if name == lowered or name[:3] == lowered)
        elif key == "w":
            weekday = (int(value) - 1) % 7
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key in ("U", "W"):
            week_of_year = int(value)
            week_starts_monday = key == "W"
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            gmtoff, gmtoff_fraction = _utc_offset(value)
        elif key == "Z":
            zone = value
            lowered = value.lower()
            tzname = _time.tzname
            if lowered in ("utc", "gmt"):
                isdst = 0
            elif tzname[0] != tzname[1] or not _time.daylight:
                if lowered == tzname[0].lower():
                    isdst = 0
                elif lowered == tzname[1].lower():
                    isdst = 1
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_year_fix = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_starts_monday)
        elif iso_year is not None and iso_week is not None:
            import datetime
            found_date = datetime.date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = found_date.year, found_date.month, found_date.day
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    import datetime
    if julian is None:
        ordinal = datetime.date(year, month, day).toordinal()
        julian = ordinal - datetime.date(year, 1, 1).toordinal() + 1
    else:
        found_date = datetime.date.fromordinal(julian - 1 + datetime.date(year, 1, 1).toordinal())
        year, month, day = found_date.year, found_date.month, found_date.day
    if weekday is None:
        weekday = datetime.date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, isdst, zone, gmtoff), fraction,
            gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time (with tm_zone and tm_gmtoff) of data_string read with format."""
    return _time.struct_time(_strptime(data_string, format)[0])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime: an instance of cls from data_string read with format; %z gives a timezone."""
    import datetime
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    zone, gmtoff = fields[-2:]
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        delta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (datetime.timezone(delta, zone) if zone else datetime.timezone(delta),)
    return cls(*args)
