import os
x = (a + b) * c
y = [i for i in range(10) if i % 2]
def f(a, /, b=1, *args, c: int = 2, **kw) -> None:
    """doc"""
    return a.b[c](d, *e, f=g, **h)
class C(Base, metaclass=M):
    @property
    def p(self):
        return not self.x or (y and z)
if a < b <= c:
    pass
elif d:
    e = f if g else h
else:
    del i
for k, v in d.items():
    continue
while True:
    break
try:
    raise E from F
except (A, B) as err:
    pass
finally:
    pass
with open(p) as fh, ctx():
    s = f"a{b!r:>{w}}c" "d"
lam = lambda q, *r: q
t = 1, 2
u = {1: 2, **v}
w = {1, 2}
sl = a[1:2, ::3]
match m:
    case [1, *rest] | {"k": v}:
        pass
    case Point(x=0) as pt if pt:
        pass
async def af():
    async with a as b:
        await c
    async for d in e:
        yield d
type T[X] = list[X]
global_ = -1 ** 2
