# tuples: t * 1 and t + () give t itself; logging has its module lock and handler locks; str.format takes self=/cls=
# keywords; yield from a custom iterator gives its StopIteration value; StopIteration.value and SystemExit.code
# can be assigned
import logging
t = (1, 2)
def f(n):
    r = []
    for i in range(n):
        r.append((t * 1 is t, (t + ()) is t, (() + t) is t))
    return r[-1]
print(f(3), f(3000))
print("{self} {0}".format(1, self=2), "{cls}".format(cls=3), "{format_spec}".format(format_spec=4))
print("{self}".format_map({"self": 5}), dict(self=1, cls=2))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
def g():
    r = yield from It()
    print("returned", r)
    r = yield from iter([1])
    print("returned", r)
print(list(g()))
e = StopIteration(1); e.value = 5; print(e.value, e.args)
s = SystemExit(3); s.code = 7; print(s.code, s.args)
del e.value; print(e.value)
if 0:
except TypeError as x: print("TypeError:", x)
print(type(logging._lock).__name__)
h = logging.StreamHandler(); print(h.lock is not None); h.acquire(); h.release()
logging._acquireLock(); logging._releaseLock()
