# A coroutine's __await__() is an iterator over it (coroutine_wrapper): what awaitable wrappers delegate to.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * 2


c = compute(5)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("finished with", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError", e)


class Deferred:
    """An awaitable object whose __await__ hands over to a coroutine's."""

    def __init__(self, x):
        self.x = x

    def __await__(self):
        return compute(self.x).__await__()


async def main():
    print(await Deferred(21))
    results = await asyncio.gather(Deferred(1), Deferred(2))
    print(results)


asyncio.run(main())

c2 = compute(1)
w2 = c2.__await__()
print(w2.send(None))
try:
    w2.throw(ValueError("thrown in"))
except ValueError as e:
    print("ValueError", e)
c3 = compute(1)
w3 = c3.__await__()
w3.close()
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
