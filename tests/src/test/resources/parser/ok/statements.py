x = 1
x = y = z = 2
a, b = b, a
[a, *b] = c
(a, b), c = d
x.y = 1
x[0] = 1
x[1:2] = y
x[1:2, ::3] = y
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= m
x: int
x: int = 5
(y): int = 6
x.a: str = "s"
x[0]: float
del a
del a, b.c, d[0]
del (a, b), [c]
pass
assert x
assert x, "msg"
import os
import os.path as p, sys
from . import a
from .. import b as c
from ...pkg.mod import (x, y as z,)
from mod import *
global g1, g2
nonlocal_ = 1
raise
raise E
raise E("x") from None
if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass
while True:
    break
else:
    continue
for i in range(10):
    print(i)
else:
    pass
for a, b in items: pass
for (a, b), *c in items: pass
with open(f) as g: pass
with a, b as c, d as (e, f): pass
with (a, b): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
with (yield): pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass
x = yield
x = yield from y
x = yield a, b
type X = int
type Y[T] = list[T]
type Z[T: int, *Ts, **P] = dict
type = 5
print(type)
