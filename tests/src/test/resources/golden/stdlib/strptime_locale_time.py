# _strptime's LocaleTime: the C locale's names and formats strptime matches, lower-cased.
import _strptime
import time

lt = _strptime.LocaleTime()
print(lt.f_weekday, lt.a_weekday)
print(lt.f_month, lt.a_month)
print(lt.am_pm, lt.LC_date_time, lt.LC_date, lt.LC_time, lt.lang == _strptime._getlang())
magic = (1999, 3, 17, 22, 44, 55, 2, 76, 0)
print(time.strftime(lt.LC_date_time, magic) == time.strftime("%c", magic), time.strftime(lt.LC_date, magic),
      time.strftime(lt.LC_time, magic))
print("utc" in lt.timezone[0], "gmt" in lt.timezone[0], type(lt.timezone[1]).__name__)
print(_strptime._strptime_time("1999 076", "%Y %j")[:7], _strptime._strptime("+01:30", "%z")[0][-1])
