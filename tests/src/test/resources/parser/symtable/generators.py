def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
def delegate():
    yield from gen(3)
async def coro(x):
    await x
    async for y in x:
        pass
    async with x as z:
        pass
    return z
async def agen():
    yield 1
lam = lambda a, *b, c=1, **d: (a, b, c, d)
g = (i * j for i in range(3) for j in range(i) if j)
def closure_in_genexpr(n):
    return (i + n for i in range(n))
def walrus():
    if (m := 10) > 5:
        return m
