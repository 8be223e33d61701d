# Async generators: async def with yield, __anext__/asend/athrow/aclose, async comprehensions, anext/aiter.


class Tick:
    """An awaitable that suspends once (the event loop would see `tag`)."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        sent = yield self.tag
        return sent


def run(coro):
    """A tiny driver: sends None until the coroutine finishes; prints what reaches the 'event loop'."""
    while True:
        try:
            out = coro.send(None)
        except StopIteration as e:
            return e.value
        print("   loop saw", out)


async def countdown(n):
    print("countdown starts")
    while n > 0:
        await Tick(("tick", n))
        yield n
        n -= 1
    print("countdown ends")


ag = countdown(2)
print(type(ag).__name__, repr(ag).startswith("<async_generator object countdown at 0x"))
print(ag.__name__, ag.__qualname__, ag.ag_running, ag.ag_await)
print(aiter(ag) is ag, type(ag.__anext__()).__name__)


async def consume():
    out = []
    async for v in countdown(3):
        out.append(v)
    return out


print(run(consume()))


# asend: the value sent comes back from the yield
async def echo():
    received = None
    while True:
        received = yield f"echo {received}"
        if received == "stop":
            return


async def talk():
    e = echo()
    print(await e.__anext__())
    print(await e.asend("hello"))
    print(await e.asend("world"))
    try:
        await e.asend("stop")
    except StopAsyncIteration:
        print("StopAsyncIteration after stop")
    try:
        await e.asend("again")
    except StopAsyncIteration:
        print("StopAsyncIteration again")


run(talk())


# athrow and aclose
async def careful():
    try:
        yield 1
        yield 2
    except ValueError as exc:
        print("careful caught", repr(exc))
        yield "after error"
    finally:
        print("careful cleanup")


async def throwing():
    g = careful()
    print(await anext(g))
    print(await g.athrow(ValueError("bad")))
    await g.aclose()
    print("closed; next gives:", await anext(g, "default"))

    g2 = careful()
    print(await anext(g2))
    try:
        await g2.athrow(KeyError("k"))
    except KeyError as e:
        print("KeyError propagated", e)

    g3 = careful()
    await g3.aclose()
    print("closing an unstarted generator runs nothing")


run(throwing())


# a generator that yields in finally when closed
async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def close_stubborn():
    g = stubborn()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


run(close_stubborn())


# reusing an awaitable
async def reuse():
    g = countdown(1)
    nxt = g.__anext__()
    print(await nxt)
    try:
        await nxt
    except RuntimeError as e:
        print("RuntimeError:", e)
    await g.aclose()


run(reuse())


# async comprehensions
async def arange(n):
    for i in range(n):
        await Tick(("arange", i))
        yield i


async def comprehensions():
    print([x async for x in arange(3)])
    print({x % 2 async for x in arange(4)})
    print({x: x * x async for x in arange(3)})
    print([x async for x in arange(6) if x % 2 == 0])
    print([(x, y) async for x in arange(2) for y in range(2)])
    print([x * y for x in range(3) async for y in arange(2)] if False else "skip")
    gen = (x * 10 async for x in arange(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    return "comprehensions done"


print(run(comprehensions()))


# StopAsyncIteration raised inside an async generator
async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


async def check_stop():
    g = raises_stop_async()
    await anext(g)
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e)


run(check_stop())


# anext and aiter errors
for bad in [1, "x"]:
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(bad)
    except TypeError as e:
        print("TypeError:", e)


# an async iterator class
class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def use_class():
    print([v async for v in Countdown(3)])
    print(await anext(Countdown(0), "empty"))
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it))


run(use_class())
