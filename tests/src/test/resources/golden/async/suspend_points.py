# Suspension points in unusual places: await/yield in while conditions, in a yield's value, in match subjects,
# augmented assignments, f-strings and comprehensions.
import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    n = 0
    while await val(n) < 3:
        n += await val(1)
    print("n", n)
    try:
        try:
            await val(1)
            raise ValueError("v")
        except ValueError:
            r = await val("in except")
            print(r)
            raise
        finally:
            print(await val("in finally"))
    except ValueError as e:
        print("outer", e)
    match await val((1, 2)):
        case (a, b):
            print("match", a + await val(b))
    d = {"k": 1}
    d["k"] += await val(5)
    print(d)
    x = [await val(i) for i in range(3)] + [await val(9)]
    print(x)
    print(await val(1) + await val(2) * await val(3))
    print(*[await val(i) async for i in agen()], sep=",")
    print(await find())
    lam = lambda: val(7)
    print(await lam())
    print(f"{await val('f')}-{await val('g')}")
    print([i for i in range(await val(3))])

async def agen():
    for i in range(3):
        yield await val(i)

async def find():
    async for i in agen():
        if i == 1:
            return f"found {i}"

asyncio.run(main())


def g():
    x = yield (yield 1)
    print("x", x)
    n = 0
    while (yield n) != "stop":
        n += 1
    return n

it = g()
print(next(it), it.send("a"), it.send("b"), it.send(None), it.send(None))
try:
    it.send("stop")
except StopIteration as e:
    print("ret", e.value)


# return/break/continue through a finally block that suspends
class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del Obj", self.n)


def gen_loop():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            yield f"finally {i}"
    try:
        return Obj(7)
    finally:
        yield "last finally"


print(list(gen_loop())[:-1] if False else [v for v in gen_loop()])


async def coro_return():
    try:
        return Obj(8)
    finally:
        await asyncio.sleep(0)
        print("  finally done")


async def uses():
    r = await coro_return()
    print("  got", r.n)
    del r
    print("  after del")

asyncio.run(uses())


def overriding():
    try:
        return "first"
    finally:
        yield "suspend"
        return "second"


it = overriding()
next(it)
try:
    next(it)
except StopIteration as e:
    print("override", e.value)
