def f(): pass
def f(a, b=1, *args, c, d=2, **kwargs): return a
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c, d=4): pass
def f(*, a): pass
def f(**kw): pass
def f(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: dict) -> None: pass
def f(*args: *Ts): pass
def f[T, U: int, *Ts, **P](x: T) -> U: pass
@dec
def g(): pass
@dec1
@dec2(arg)
@a.b.c
@x[0]
@(lambda f: f)
def g(): pass
async def h():
    await x
    async for a in b:
        pass
    async with c as d:
        pass
    return [i async for i in aiter()]
@decorator
async def h2(): pass
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield from other()
    return
class A: pass
class B(A): pass
class C(A, B, metaclass=M, **kw): x = 1
@dataclass
class D[T](Generic[T], *bases):
    a: int
    def m(self):
        return super().m()
class E():
    pass
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner
lambda: 0
lambda x: x
lambda x, y=1, *a, z, w=2, **k: x
lambda x, /, y: 0
lambda *, k: k
lambda *a, **k: 0
f(a)(b)(c)
f(*a, *b, **c, **d)
f(a, *b, c=1, *d, **e)
f(x for x in y)
f(a=1, b=2)
f(x, )
