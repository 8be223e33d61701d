import time, datetime
cases = [
    ("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"),
    ("05/03/24", "%d/%m/%y"),
    ("69", "%y"), ("68", "%y"),
    ("Tue Mar  5 14:07:09 2024", "%a %b %d %H:%M:%S %Y"),
    ("Tuesday March 5 2024", "%A %B %d %Y"),
    ("12:30 AM", "%I:%M %p"), ("12:30 PM", "%I:%M %p"), ("01:30 pm", "%I:%M %p"),
    ("366 2024", "%j %Y"), ("060", "%j"),
    ("2024-03-05T14:07:09.123+0530", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("2024-03-05T14:07:09.5-05:00", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("2024 Z", "%Y %z"),
    ("2024 UTC", "%Y %Z"), ("2024 GMT", "%Y %Z"),
    ("100%", "%d%%"),
    ("  2024", "%Y"),
    ("2024", " %Y"),
    ("Feb 29", "%b %d"),
    ("2024 10 1", "%Y %W %w"), ("2024 10 1", "%Y %U %w"),
    ("2024-W10-2", "%G-W%V-%u"),
    ("12/31/99", "%x"), ("23:59:59", "%X"), ("Sun Dec 31 23:59:59 2000", "%c"),
    ("2024-03-05 junk", "%Y-%m-%d"),
    ("2024-13-05", "%Y-%m-%d"),
    ("2024-02-30", "%Y-%m-%d"),
    ("x", "%Q"),
    ("2024", "%Y%"),
    ("1", "%G"),
    ("1 2", "%V %Y"),
    ("5 1 3", "%G %V %j"),
    ("2024 +25:00", "%Y %z"),
    ("abc", "abc"),
    ("", ""),
]
for s, f in cases:
    for fn in (time.strptime, datetime.datetime.strptime):
        try:
            print(repr(fn(s, f)))
        except Exception as e:
            print(type(e).__name__, e)
for bad in [(1, "%Y"), ("1", 2), ("1", None)]:
    for fn in (time.strptime, datetime.datetime.strptime):
        try:
            fn(*bad)
        except Exception as e:
            print(type(e).__name__, e)
print(time.strptime("Tue Mar  5 14:07:09 2024"))
d = datetime.datetime.strptime("2024-03-05T14:07:09+0200", "%Y-%m-%dT%H:%M:%S%z")
print(d, d.tzinfo, repr(d.tzinfo))
d = datetime.datetime.strptime("2024 UTC", "%Y %Z"); print(repr(d))
import _strptime
print(_strptime._strptime_time("2024", "%Y"))
print(repr(_strptime._strptime_datetime(datetime.datetime, "2024", "%Y")))
r = time.strptime("2024-03-05 +0100", "%Y-%m-%d %z"); print(r.tm_gmtoff, r.tm_zone)
for s, f in [("+05:3000", "%z"), ("+0130:15", "%z"), ("-01:30:15.5", "%z"), ("61", "%S"), ("2020 53 7", "%G %V %u"),
             ("2024 53 7", "%G %V %u"), ("1 2024", "%j %G"), ("2024 3", "%G %u"), ("Mon", "%a"), ("2024 0 0", "%Y %U %w"),
             ("2023 0 6", "%Y %W %w"), ("+0000 UTC", "%z %Z"), ("MARCH 1", "%B %d"), ("30 feb 2023", "%d %b %Y"),
             ("2023-01-01T00:00:00.000001", "%Y-%m-%dT%H:%M:%S.%f"), ("1234567", "%f"), ("\t2024\n1", "\t%Y %m")]:
    for fn in (time.strptime, datetime.datetime.strptime):
        try:
            r = fn(s, f)
            print(repr(r), getattr(r, "tm_gmtoff", ""))
        except Exception as e:
            print(type(e).__name__, e)
for s, f in [("2024 1 1 1", "%Y %G %V %u"), ("1 1 2024", "%V %u %Y"), ("1 1 1 2024", "%V %U %u %Y"), ("2024 1 1", "%G %V %j")]:
    try:
        print(time.strptime(s, f))
    except Exception as e:
        print(type(e).__name__, e)
