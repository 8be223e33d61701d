import calendar, datetime
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2024), calendar.leapdays(0, 400), calendar.leapdays(-100, 100))
print(repr(calendar.weekday(2024, 3, 5)), calendar.weekday(2024, 3, 5), calendar.weekday(12000, 1, 1), calendar.weekday(-5, 1, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1900, 2), calendar.monthrange(2000, 12))
print(repr(calendar.MONDAY), str(calendar.SUNDAY), repr(calendar.JANUARY), f"{calendar.DECEMBER}", calendar.Day.FRIDAY + 1)
print(list(calendar.Month)[:3], list(calendar.Day)[-2:], calendar.Month(5), repr(calendar.Day(2)))
print(calendar.mdays, calendar.EPOCH, calendar.error)
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(calendar.month_name[-1], calendar.month_name[2:5], calendar.day_abbr[::2], len(calendar.month_name), len(calendar.day_name))
for bad in (13, 0, -1):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, ValueError))
try:
    calendar.month_name[13]
except IndexError as e:
    print("IndexError", e)
for bad in (7, -1, 10):
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e, e.weekday)
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print("ValueError", e)
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2))
print(calendar.month(2024, 9, 4, 2))
calendar.prmonth(1999, 12)
calendar.prmonth(2021, 2, w=1)
print(repr(calendar.weekheader(3)), repr(calendar.weekheader(9)), repr(calendar.weekheader(1)))
print(calendar.week([(1, 0), (2, 1), (0, 2)], 3) + "|")
calendar.prweek([(5, 0), (0, 1)], 2); print("|")
print(calendar.calendar(2024))
calendar.prcal(2023, w=3, l=1, c=2, m=4)
print(calendar.calendar(2025, m=2, c=1))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 3))
print(calendar.monthcalendar(2024, 3))
calendar.setfirstweekday(0)
print(calendar.timegm((2024, 3, 5, 14, 7, 9)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)), calendar.timegm((2024, 1, 40, 0, 0, 0)))
c = calendar.Calendar(firstweekday=6)
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
c.firstweekday = 9
print(c.firstweekday, list(c.iterweekdays()))
c.setfirstweekday(2)
print(list(c.itermonthdates(2024, 2))[:3], list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 12))[-5:], list(c.itermonthdays4(2024, 1))[:3])
print(list(calendar.Calendar().itermonthdays3(9999, 12))[-3:], list(calendar.Calendar().itermonthdays3(1, 1))[:2])
print(calendar.Calendar().monthdatescalendar(2024, 2)[0])
print(calendar.Calendar().monthdays2calendar(2024, 2)[-1])
print(calendar.Calendar().monthdayscalendar(2026, 2))
y = calendar.Calendar().yeardayscalendar(2024, 4)
print(len(y), [len(r) for r in y], y[0][0])
y = calendar.Calendar().yeardays2calendar(2024)
print(len(y), y[3][2][-1])
y = calendar.Calendar(6).yeardatescalendar(2024, 5)
print(len(y), [len(r) for r in y], y[2][1][0])
t = calendar.TextCalendar(calendar.SUNDAY)
print(t.formatmonth(2024, 7))
print(repr(t.formatweekday(0, 5)), repr(t.formatday(7, 0, 4)), repr(t.formatday(0, 0, 3)), repr(t.formatmonthname(2024, 1, 20)), repr(t.formatmonthname(2024, 1, 20, False)))
print(t.formatyear(2024, 2, 2, 3, 6))
t.pryear(2020)
h = calendar.HTMLCalendar(calendar.SUNDAY)
print(h.formatmonth(2024, 3))
print(h.formatmonth(2024, 3, withyear=False))
print(h.formatyear(2024, 4)[:400])
print(h.formatyearpage(2024, css=None)[:300])
print(len(h.formatyearpage(2024)), len(h.formatyear(2024, 0)))
print(calendar.formatstring(["a", "b", "c"], 5, 2) + "|")
calendar.format(["x", "yy"], 4, 1)
class Mine(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "empty"
print(Mine().formatweek([(0, 0), (1, 1), (2, 2)]))
l = calendar.LocaleTextCalendar(locale="C")
print(l.formatmonth(2024, 1))
print(sorted(calendar.__all__))
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(calendar.January, calendar.February)
print([(w.category.__name__, str(w.message)) for w in caught])
try:
    calendar.March
except AttributeError as e:
    print("AttributeError", e)
for bad in [lambda: calendar.setfirstweekday("x"), lambda: calendar.monthrange(2024, "1"), lambda: calendar.isleap("x"), lambda: calendar.weekday(2024, 13, 1), lambda: calendar.month_name["x"],
            lambda: calendar.TextCalendar().formatmonth(2024, 13), lambda: calendar.timegm((2024, 1)), lambda: list(calendar.Calendar().itermonthdates(9999, 12)), lambda: list(calendar.Calendar().itermonthdates(1, 1))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(calendar.Day.MONDAY + 1, calendar.Month.MAY * 2, calendar.Day(0) is calendar.MONDAY, calendar.MONDAY == 0, hash(calendar.MONDAY) == hash(0), [d.name for d in calendar.Day], calendar.Month["MAY"])
import pickle
print(pickle.loads(pickle.dumps(calendar.TUESDAY)) is calendar.TUESDAY)
