# anext(it, default)'s awaitable hands throw() and close() to the inner iterator with their arguments as given
class Awaitable:
    def __await__(self): return self
    def __iter__(self): return self
    def __next__(self): raise StopAsyncIteration
    def send(self, *args): return "send", args
    def throw(self, *args): return "throw", args
    def close(self, *args): return "close", args
class AsyncIterator:
    def __anext__(self): return Awaitable()
awaitable = anext(AsyncIterator(), 42)
print(type(awaitable).__name__)
print(awaitable.__await__() is awaitable, iter(awaitable) is awaitable)
print(awaitable.send("value"))
print(awaitable.throw(ValueError))
print(awaitable.throw(ValueError, "error"))
print(awaitable.throw(ValueError, "error", None))
print(awaitable.close())
try: next(awaitable)
except StopIteration as e: print("StopIteration", e.value)
import asyncio
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def main():
    g = agen()
    print(await anext(g, "end"), await anext(g, "end"))
    aw = anext(g, "end")
    try:
        aw.throw(KeyError("k"))
    except KeyError as e:
        print("KeyError", e)
    print(await anext(g, "end"))
    empty = agen()
    await empty.aclose()
    print(await anext(empty, "default after close"))
asyncio.run(main())
