# Struct sequences: os.stat_result, os.terminal_size, time.struct_time, sys.* — construction, errors, repr, pickling, match
import os, time, sys, pickle, copy, posix
x = os.stat_result(range(10))
print(x, x.st_atime, x.st_mtime_ns, x.__reduce__())
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields, os.stat_result.__match_args__)
y = pickle.loads(pickle.dumps(x)); print(y == x, type(y), y.st_atime)
print(copy.copy(x) == x)
for bad in [lambda: os.stat_result((1,)), lambda: os.stat_result((1,) * 30), lambda: os.terminal_size(42),
            lambda: os.terminal_size((), ""), lambda: os.terminal_size(), lambda: type(sys.flags)(),
            lambda: type(sys.version_info)((1,2,3,4,5))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
t = os.terminal_size((80, 24)); print(t, t.columns, t.lines, t.__reduce__(), os.terminal_size.__doc__, os.terminal_size.columns.__doc__)
try:
    class S(os.terminal_size): pass
except TypeError as e: print(e)
try: t.columns = 3
except AttributeError as e: print(e)
try: t.foo = 3
except AttributeError as e: print(e)
match t:
    case os.terminal_size(c, l): print("match", c, l)
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s.tm_gmtoff, s.__reduce__())
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0), {"tm_zone": "UTC"}); print(s.tm_zone)
g = time.gmtime(0); print(g, g.tm_zone, g.tm_gmtoff)
print(time.strftime("%Y", g), time.mktime(time.localtime(100)))
print(sys.version_info[:2] == (3, 12), sys.version_info >= (3, 8), sys.version_info + (1,) == tuple(sys.version_info) + (1,))
print(type(sys.flags).n_fields, sys.float_info.max, sys.hash_info.width, sys.int_info.bits_per_digit, type(sys.version_info).__match_args__)
print(os.stat_result.__module__, os.uname_result.__module__, type(posix.uname()).__name__, len(posix.uname()))
st = os.stat(".")
print(type(st.st_atime), type(st.st_atime_ns), st[7] == int(st.st_atime), st.st_atime_ns // 10**9 == st[7])
print(os.times_result((1,2,3,4,5)))
import pwd
print(pwd.struct_passwd.n_fields, pwd.getpwuid(os.getuid()).pw_uid == os.getuid())
