# datetime: timedelta normalization and arithmetic, date/time/datetime construction, reprs, str, isoformat and
# fromisoformat, strftime/strptime, calendar helpers, comparisons and fixed-offset time zones.
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR

# timedelta
for td in [timedelta(), timedelta(1), timedelta(hours=25), timedelta(seconds=-1), timedelta(microseconds=-1),
           timedelta(days=1, seconds=3600, microseconds=5), timedelta(weeks=2, minutes=90), timedelta(milliseconds=1500),
           timedelta(days=-2, hours=3), timedelta(hours=1.5), timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6),
           timedelta(days=0.1, seconds=0.1), timedelta(days=-1.25), timedelta(microseconds=2.5), timedelta(minutes=-0.25)]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(days=3, hours=4), timedelta(hours=10, seconds=30)
print(a + b, a - b, b - a, -a, +a, abs(b - a), a * 2, 3 * b, a * 0.5, a / 2, a / 3, a / b, a // b, a // 7, a % b, divmod(a, b))
print(a / 0.1, timedelta(seconds=1) / 3, timedelta(seconds=-1) * 0.3, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2)
print(a > b, a == timedelta(hours=76), a != b, sorted([a, b, timedelta(0)]), bool(timedelta(0)), bool(b), hash(a) == hash(timedelta(hours=76)))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
for bad in [lambda: timedelta(days=1e9), lambda: timedelta.max + timedelta(1), lambda: timedelta(days="1"),
            lambda: a / 0, lambda: a // timedelta(0), lambda: timedelta(seconds=float("nan"))]:
    try:
        print(bad())
    except (OverflowError, TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# date
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d.isocalendar().week, tuple(d.isocalendar()), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar(), date(2026, 12, 31).isocalendar())
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), date(2000, 1, 1) - d, d.replace(year=2028), d.replace(day=1))
print(date.fromordinal(1), date.fromordinal(738000), date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
print(date.fromisoformat("2024-03-15"), date.fromisoformat("20240315"), date.fromisoformat("2024-W10-5"), date.fromisoformat("2024W105"), date.fromisocalendar(2020, 53, 7))
print(d < date(2024, 3, 1), d == date(2024, 2, 29), d != date(2024, 2, 28), max(d, date(1999, 1, 1)), hash(d) == hash(date(2024, 2, 29)))
for bad in [lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(10000, 1, 1), lambda: date(2020, 13, 1),
            lambda: date(2020, 0, 1), lambda: date(2020, 1, 32), lambda: date(2020.0, 1, 1), lambda: date("2020", 1, 1),
            lambda: date.fromisoformat("2024-3-15"), lambda: date.fromisoformat("2024-02-30"), lambda: date.fromisoformat(20240101),
            lambda: date.max + timedelta(1), lambda: date.fromordinal(0), lambda: date.fromisocalendar(2021, 53, 1),
            lambda: date.fromisocalendar(2021, 1, 8)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

# time
for t in [time(), time(12, 30), time(12, 30, 15), time(1, 2, 3, 4), time(23, 59, 59, 999999), time(9, tzinfo=timezone.utc),
          time(9, 30, tzinfo=timezone(timedelta(hours=-5, minutes=-30)))]:
    print(repr(t), str(t), t.isoformat(), t.isoformat("minutes"), t.isoformat(timespec="milliseconds"), t.utcoffset(), t.tzname())
print(time(7, 5).isoformat("hours"), time(7, 5, 1, 500).isoformat("microseconds"), time(1) < time(2), time(3, 4) == time(3, 4, 0), time.min, time.max)
print(time.fromisoformat("12:30"), time.fromisoformat("12:30:15.25"), time.fromisoformat("T123015"), time.fromisoformat("04:23:01+01:00"),
      time.fromisoformat("04:23:01Z"), time.fromisoformat("04:23:01.000384"), time(12, 30).replace(minute=0), time(10).strftime("%I:%M %p"))
for bad in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 10**6), lambda: time(fold=2),
            lambda: time.fromisoformat("25:00"), lambda: time.fromisoformat("12:3"), lambda: time(tzinfo=1),
            lambda: time(1) < time(1, tzinfo=timezone.utc), lambda: time(1).isoformat("days")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# datetime
x = datetime(2024, 1, 5, 13, 45, 30, 250000)
print(x, repr(x), x.date(), x.time(), x.isoformat(), x.isoformat(" "), x.isoformat(timespec="seconds"), x.ctime(), x.weekday())
print(repr(datetime(2024, 1, 5)), repr(datetime(2024, 1, 5, 1)), repr(datetime(2024, 1, 5, 0, 0, 1)), repr(datetime(2024, 1, 5, tzinfo=timezone.utc)))
print(x + timedelta(hours=12), x - timedelta(days=5, microseconds=250001), x - datetime(2023, 12, 31), datetime(2023, 12, 31) - x)
print(x.replace(hour=0, microsecond=0), datetime.combine(date(2020, 5, 17), time(8, 15)), datetime.combine(d, time(1), timezone.utc))
print(datetime.fromisoformat("2024-01-05T13:45:30"), datetime.fromisoformat("2024-01-05"), datetime.fromisoformat("2024-01-05 13:45"),
      datetime.fromisoformat("2024-01-05T13:45:30.123+02:00"), datetime.fromisoformat("20240105T134530Z"), datetime.fromisoformat("2011-11-04T00:05:23.283+00:00"))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, dt.UTC), datetime.fromtimestamp(86400 * 365.25, timezone(timedelta(hours=9))))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(2000, 1, 1, 12, tzinfo=timezone(timedelta(hours=-3))).timestamp(), datetime(1970, 1, 2).timestamp())
fmt = "%Y-%m-%d %H:%M:%S.%f %a %A %b %B %d %j %U %W %w %u %y %I %p %% %G %V %C %e %D %F %T %R %r"
print(x.strftime(fmt))
print(x.strftime("%c | %x | %X"), date(5, 3, 9).strftime("%Y %y %C"), d.strftime("%H:%M:%S %z %Z"), format(x, "%d/%m/%Y"), f"{x:%H.%M}", format(d), f"{x}")
aware = datetime(2024, 6, 1, 12, tzinfo=timezone(timedelta(hours=2), "CEST"))
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.dst(), aware.strftime("%z %:z %Z"), aware.astimezone(timezone.utc), aware.timetz())
print(aware.astimezone(timezone(timedelta(hours=-4))), aware == datetime(2024, 6, 1, 10, tzinfo=timezone.utc), aware - datetime(2024, 6, 1, tzinfo=timezone.utc))
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc), datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) == datetime(2024, 1, 1))
print(datetime.strptime("2024-03-15 08:05:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("15 Mar 24 7:05PM", "%d %b %y %I:%M%p"),
      datetime.strptime("Friday, 05 January 2024", "%A, %d %B %Y"), datetime.strptime("2024-001.5", "%Y-%j.%f"), datetime.strptime("12:00 +0530", "%H:%M %z"))
for bad in [lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc), lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc),
            lambda: datetime(2024, 1, 1) < date(2024, 1, 1), lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: datetime.fromisoformat("2024-01-05X"),
            lambda: datetime.fromisoformat("2024-01-05T25:00"), lambda: datetime.strptime("2024-13-01", "%Y-%m-%d"), lambda: datetime.strptime("2024-01-01 x", "%Y-%m-%d"),
            lambda: datetime(2024, 2, 30), lambda: datetime.max + timedelta(1), lambda: datetime.combine(1, time())]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

# operand errors (CPython names the types datetime.date...; only the exception type is printed here)
for bad in [lambda: a + 1, lambda: a * a, lambda: d + 1, lambda: d < 5, lambda: x + x, lambda: 1 - d]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__)

# timezone and tzinfo
for tz in [timezone.utc, timezone(timedelta(hours=1)), timezone(timedelta(hours=-5, minutes=-30), "IST?"), timezone(timedelta(0), "Z0"),
           timezone(timedelta(seconds=3661)), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(0)) is timezone.utc, dt.UTC is timezone.utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x"), isinstance(timezone.utc, dt.tzinfo))
for bad in [lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: timezone(timedelta(0), 3)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Fixed(dt.tzinfo):
    def __init__(self, minutes, name):
        self._offset = timedelta(minutes=minutes)
        self._name = name

    def utcoffset(self, when):
        return self._offset

    def tzname(self, when):
        return self._name

    def dst(self, when):
        return timedelta(0)


f = datetime(2024, 3, 10, 12, 0, tzinfo=Fixed(-300, "EST"))
print(f, f.tzname(), f.utcoffset(), f.astimezone(timezone.utc), timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)),
      datetime(2024, 1, 1, 5, tzinfo=timezone.utc).astimezone(Fixed(90, "X")))


class MyDate(date):
    pass


print(repr(MyDate(2020, 1, 2)), type(MyDate(2020, 1, 2) + timedelta(1)).__name__, MyDate.fromisoformat("2020-01-02").__class__.__name__)
