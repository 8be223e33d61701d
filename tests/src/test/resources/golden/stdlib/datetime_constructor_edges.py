# timedelta's float rounding as CPython's delta_new does it, date/time/datetime argument rules, tzinfo and timezone.
from datetime import timedelta as td
cases = [dict(milliseconds=0.0005), dict(milliseconds=0.0015), dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5), dict(microseconds=-0.5), dict(microseconds=-1.5), dict(microseconds=-2.5),
         dict(seconds=1.9, microseconds=1.7), dict(days=0.1, hours=0.3, minutes=1e-7), dict(weeks=1.23456789, seconds=-0.0000005), dict(days=-1.5, microseconds=0.5), dict(seconds=0.1)]
for c in cases: print(c, repr(td(**c)))
for bad in (dict(seconds="1"), dict(days=1j), dict(hours=float("inf")), dict(minutes=float("nan"))):
    try: td(**bad)
    except Exception as e: print(type(e).__name__, e)
import datetime
for make in (lambda: datetime.date.fromordinal(9999 * 366), lambda: datetime.date.fromordinal(0),
             lambda: datetime.datetime.fromordinal(9999 * 366), lambda: datetime.time(fold=""),
             lambda: datetime.time(fold=2), lambda: datetime.time(hour=24, fold=""),
             lambda: datetime.time(1, 2).replace(hour=None), lambda: datetime.date(2020, 1, 1).replace(day=None),
             lambda: datetime.datetime(2020, 1, 1).replace(fold=None)):
    try:
        print(make())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(datetime.date(2020, 1, 1).replace(month=2), datetime.time(1, 2).replace(minute=5), datetime.datetime(2020, 1, 1).replace(tzinfo=None))
print(isinstance(datetime.tzinfo(1, 2, 3, 4), datetime.tzinfo), type(datetime.tzinfo(x=1)).__name__)
try:
    class MyTimezone(datetime.timezone):
        pass
except TypeError as e:
    print("TypeError:", e)
