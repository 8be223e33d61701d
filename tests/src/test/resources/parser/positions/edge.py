def f():
    return *a, b
def g():
    yield *a, b
    x = yield *a, b
for x in *a, b: pass
x = a[*b, c:d]
x = a[b:c, *d]
del (a), [b], (c, d)
s = ("implicit"
     "concatenation"
     f"{with_} fstring")
b = (b"a" b"b"
     rb"c")
async def h():
    r = [await x async for x in aiter() if await x]
    s = {k: await v for k, v in items}
    t = f"{await x}"
    async with a as b, c as d:
        pass
    return await (await x)
x = lambda: (yield)
x = lambda *, a=1: a
x = lambda a=lambda: 0: a
x = a if b else lambda: c
x = [*range(3), *[4, 5]]
x = {**a, 'b': 1, **c}
x = (*a, *b)
print(*a, *b, sep='', **kw)
x = a < b > c != d
x = not a in b
x = a is not b is c
x = -a ** -b ** c
x = ~-+a
x = a @ b @ c
x = a // b % c * d / e
x = a << b >> c
x = a and not b or c and d
x = (a := 1, b := 2)
x = [y := 1, y ** 2]
x = f(a)(b)[c].d(e=f)
x = a.b.c.d
x = ...
x = a[...]
x = a[:, :]
x = a[1:2:3, ::, :]
x = 1_000.000_1e1_0j
x = 0xDEAD_BEEF
x = 0o7_7
x = 0b_1_0
x = 1if 1else 2
x = [1for x in y]
if (n := len(a)) > 10: pass
while (line := f.readline()): pass
assert (x := 1), (y := 2)
with (a as b):
    pass
with (a, b as c, d):
    pass
with (open(x) as f, open(y) as g,):
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as b.c, d as e[0]:
    pass
try:
    pass
except (A, B):
    pass
except C as d:
    pass
class A(B, C, metaclass=M, **kw):
    """doc"""
    x: int = 1
    y: 'str'
    def __init__(self, /, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.__private = 1
@a.b(c)
@d[e]
@(f or g)
class H: pass
type X = int | str
type Y[T, *Ts, **P] = Callable[P, tuple[T, *Ts]]
type Z[T: (int, str)] = T
def generic[T: int](x: T = 0): pass
match x:
    case {**rest}: pass
    case [1, 2, *_]: pass
    case (1 | 2) | 3: pass
    case -0.5 | 1.5j | -1 + 2j: pass
    case A.B.C: pass
    case A(b=B(c=C())): pass
    case [[a, b], [c, d]]: pass
    case str() | bytes(): pass
    case _ if x > 1: pass
global_var = 1
nonlocal_var = 2
match = case = type = _ = 0
match(x)
match[x]
match.x
type(x)
print(match, case, type, _)
