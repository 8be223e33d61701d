# types.coroutine: generator functions whose generators can be awaited, and wrapped callables.
import collections.abc
import types


@types.coroutine
def ticks(n):
    for i in range(n):
        received = yield ("tick", i)
        print("received", received)
    return n * 10


print(type(ticks).__name__, bool(ticks.__code__.co_flags & 0x100), bool(ticks.__code__.co_flags & 0x20))


async def main():
    result = await ticks(2)
    print("await result", result)
    return result + 1


coro = main()
print(coro.send(None))
print(coro.send("a"))
try:
    coro.send("b")
except StopIteration as e:
    print("main returned", e.value)


async def in_async_for():
    class Ticker:
        def __init__(self):
            self.i = 0

        def __aiter__(self):
            return self

        async def __anext__(self):
            if self.i == 2:
                raise StopAsyncIteration
            self.i += 1
            return await ticks(1)

    async for value in Ticker():
        print("async for got", value)


coro = in_async_for()
try:
    while True:
        print("yielded", coro.send(None))
except StopIteration:
    print("done")


def plain():
    yield 1
    return 5


try:
    async def awaits_plain():
        await plain()
    awaits_plain().send(None)
except TypeError as e:
    print(e)

wrapped = types.coroutine(lambda: plain())
g = wrapped()
print(type(g).__name__, g.__name__, g.gi_running, g.cr_running)


async def awaits_wrapped():
    return await wrapped()


coro = awaits_wrapped()
print(coro.send(None))
try:
    coro.send(None)
except StopIteration as e:
    print("done", e.value)


class GeneratorLike:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration(self.i)
        return self.i

    def send(self, value):
        return self.__next__()

    def throw(self, *args):
        raise args[0]

    def close(self):
        pass


collections.abc.Generator.register(GeneratorLike)
wrapped_like = types.coroutine(lambda: GeneratorLike())


async def awaits_like():
    return await wrapped_like()


coro = awaits_like()
print(coro.send(None), coro.send(None))
try:
    coro.send(None)
except StopIteration as e:
    print("done", e.value)


async def native():
    pass


print(types.coroutine(native) is native)
print(types.coroutine(ticks) is ticks)
print(types.coroutine(len)([1, 2, 3]))
try:
    types.coroutine(1)
except TypeError as e:
    print(e)
