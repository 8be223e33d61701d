# The time module: struct_time, gmtime/localtime/mktime, asctime/ctime, strftime/strptime, the local zone (fixed
# with TZ and tzset so the output does not depend on the machine), the clocks, and datetime's use of local time.
import os
import time
import datetime


def attempt(function, *args):
    try:
        print(repr(function(*args)))
    except Exception as e:
        print(type(e).__name__, e)


print("-- struct_time")
st = time.gmtime(0)
print(st, type(st).__name__, type(st).__module__, len(st))
print(st.tm_zone, st.tm_gmtoff, st.tm_year, st[0], st[-1], st[:3])
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(isinstance(st, tuple), st == (1970, 1, 1, 0, 0, 0, 3, 1, 0), hash(st) == hash(tuple(st)))
for arg in [(1, 2, 3), "abc", 5, (2020, 1, 1, 0, 0, 0, 0, 1, 0, "X", 3600), list(range(12)), range(9)]:
    attempt(time.struct_time, arg)
s = time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, "X", 3600))
print(s.tm_zone, s.tm_gmtoff, time.struct_time(range(9)).tm_zone)
try:
    st.tm_year = 5
except AttributeError as e:
    print("AttributeError", e)

print("-- gmtime")
for value in [1, 1.7, -1.5, 86399, 951782400, 1709211909, 4102444800, -62135596800, 253402300799]:
    print(value, time.gmtime(value))
for value in [1e20, float("nan"), float("inf"), "x", 2 ** 70, -1e20, None.__class__]:
    attempt(time.gmtime, value)
print(type(time.gmtime()).__name__, time.gmtime(None).tm_year >= 2024)

print("-- strftime")
fmt = ("%a %A %b %B %c %d %e %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %z %Z %% %D %T %F %R %r %C %g %G %V %u "
       "%h %k %l %s %n %t %f %Q %P %+")
print(repr(time.strftime(fmt, st)))
for isdst in (0, 1, -1):
    print(repr(time.strftime(fmt, (2024, 2, 29, 13, 5, 9, 3, 60, isdst))))
print(repr(time.strftime("%-d %_d %0e %^a %#b %#p %-H %5Y %10d %3a|%", (2024, 2, 9, 3, 5, 9, 4, 40, 0))))
print(repr(time.strftime("%", st)), repr(time.strftime("", st)), repr(time.strftime("plain", st)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 0, 0, 0, 0, 0, 0, 0, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 61, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 7, 1, 0), (2024, 1, 1, 0, 0, 0, -1, 1, 0),
            (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 1, 1, 0, 0, 0, 0, 1, 5),
            (-5, 1, 1, 0, 0, 0, 0, 1, 0), (1, 2), "x", (2024.5, 1, 1, 0, 0, 0, 0, 1, 0),
            (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0)]:
    attempt(time.strftime, "%Y-%m-%d %H:%M:%S %a %j %U", bad)
for bad in [1, None, b"x"]:
    attempt(time.strftime, bad)
attempt(time.strftime, "a\0b")
print("ISO weeks and week numbers")
for year in [2020, 2021, 2024, 2026, 1999]:
    for month, day in [(1, 1), (1, 4), (12, 28), (12, 31)]:
        print(time.strftime("%Y %C %y %G %g %V %U %W %u %w %j", datetime.date(year, month, day).timetuple()))
print(time.strftime("%Y %C %y %G %g", (-5, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%Y %C", (12345, 1, 1, 0, 0, 0, 0, 1, 0)))

print("-- asctime and ctime")
print(time.asctime(st), "|", time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)), "|", time.asctime((2024, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0), (1, 2), 5]:
    attempt(time.asctime, bad)
print(type(time.asctime()).__name__, len(time.ctime()))

print("-- strptime")
for args in [("2024-02-29 13:05:09", "%Y-%m-%d %H:%M:%S"), ("Thu Feb 29 13:05:09 2024",),
             ("x", "%Y"), ("2024", "%Q"), ("2024 x", "%Y"), (1, "%Y"), ("x", 5), ("2023-02-29", "%Y-%m-%d"),
             ("2024", "%"), ("99 5", "%y %j"), ("68 5", "%y %j"), ("  2024\t7  ", " %Y %m "),
             ("2024-07-04T10:11:12.5+02:00", "%Y-%m-%dT%H:%M:%S.%f%z"), ("Z", "%z"), ("-0930", "%z"),
             ("monday JULY 4", "%A %B %d"), ("2024 10 3", "%G %V %u"), ("07/04/24 10:11:12", "%x %X"),
             ("Thu Jul  4 10:11:12 2024", "%c"), ("Feb 29", "%b %d"), ("2024 5 1", "%Y %U %w"),
             ("2024 5 1", "%Y %W %w"), ("2024 0 3", "%Y %U %w"), ("12 pm", "%I %p"), ("12 AM", "%I %p"),
             ("7 PM", "%I %p"), ("UTC", "%Z"), ("2024 366", "%Y %j"), ("%2024", "%%%Y")]:
    try:
        r = time.strptime(*args)
        print(r, r.tm_zone, r.tm_gmtoff)
    except Exception as e:
        print(type(e).__name__, e)

print("-- local time zones")
for tz in ["America/New_York", "Europe/Paris", "Australia/Sydney", "Asia/Kolkata", "UTC"]:
    os.environ["TZ"] = tz
    time.tzset()
    print(tz, time.timezone, time.altzone, time.daylight, time.tzname)
    for t in [0, 1720000000, 1710054000, 1710053999, 1730613600]:
        lt = time.localtime(t)
        print(lt, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.ctime(t))
        print(time.strftime("%z %Z %c", lt), "|", time.strftime("%z %Z", tuple(lt)), "|",
              time.strftime("%z %Z %s", (2024, 7, 1, 0, 0, 0, 0, 183, 1)))
    print(time.mktime((2024, 3, 10, 2, 30, 0, 0, 0, -1)), time.mktime((2024, 11, 3, 1, 30, 0, 0, 0, 0)),
          time.mktime((2024, 11, 3, 1, 30, 0, 0, 0, 1)), time.mktime((2024, 11, 3, 1, 30, 0, 0, 0, -1)))
    print(time.mktime((2024, 13, 35, 25, 61, 0, 0, 0, 0)), time.mktime((2024, 1, 1, 0, 0, 0, 0, 0, -1)))
    print(time.strptime("EST", "%Z") if tz == "America/New_York" else time.strptime(time.tzname[0], "%Z"))

print("-- mktime errors")
for bad in [(1e20, 1, 1, 0, 0, 0, 0, 1, 0), (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0), (-2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0),
            "x", (1, 2), None]:
    attempt(time.mktime, bad)

print("-- datetime in local time")
for tz in ["America/New_York", "Australia/Sydney", "UTC"]:
    os.environ["TZ"] = tz
    time.tzset()
    for t in [0, 1720000000.25, 1730611800, 1730615400, 1730613600.5]:
        d = datetime.datetime.fromtimestamp(t)
        print(repr(d), d.timestamp(), d.astimezone(), datetime.date.fromtimestamp(t))
        print(d.timetuple(), d.utctimetuple())
        a = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
        print(a.astimezone(), a.timetuple(), a.utctimetuple())
    for d in [datetime.datetime(2024, 3, 10, 2, 30), datetime.datetime(2024, 3, 10, 2, 30, fold=1),
              datetime.datetime(2024, 11, 3, 1, 30), datetime.datetime(2024, 11, 3, 1, 30, fold=1)]:
        print(d.timestamp(), d.astimezone(), d.astimezone(datetime.timezone.utc))
print(datetime.date(2024, 12, 31).timetuple())
print(time.strftime("%Y-%m-%d %j %a", datetime.date(2024, 12, 31).timetuple()))
now = datetime.datetime.now()
print(type(now).__name__, abs(now.timestamp() - time.time()) < 5)
print(datetime.date.today() == datetime.datetime.now().date())

print("-- clocks")
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    a, b = getattr(time, name)(), getattr(time, name)()
    an, bn = getattr(time, name + "_ns")(), getattr(time, name + "_ns")()
    print(name, type(a).__name__, type(an).__name__, a <= b, an <= bn)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)
start = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - start >= 0.009)
attempt(time.sleep, -1)

print("-- centuries and signs")
for year in [-1000, -101, -100, -99, -5, 0, 5, 50, 99, 100, 999, 1000, 12345]:
    print(year, repr(time.strftime("%C|%Y|%G|%y|%g|%_C|%-C|%4C|%F", (year, 1, 5, 0, 0, 0, 0, 5, 0))))

print("-- datetime.strftime through time.strftime")
d = datetime.datetime(2024, 2, 9, 3, 5, 9, 1234,
                      tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30), "IST%x"))
for f in ["%-d %e %k %l %P %s|%f %z %:z %Z %% %G %V %u %j %U %W %C %y", "%c %x %X %D %T %F %R %r",
          "%#b %^a %10Y", "%", "%:", "%Q"]:
    print(repr(d.strftime(f)), repr(d.date().strftime(f)), repr(d.time().strftime(f)), repr(format(d, f)))
print(datetime.datetime(5, 1, 1).strftime("%Y %y %C %G"), datetime.date(1, 1, 1).strftime("%Y-%m-%d %a %U"))
attempt(d.strftime, 1)
