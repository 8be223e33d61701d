# async with and async for, contextlib.asynccontextmanager and AsyncExitStack, run by asyncio.
import asyncio
import contextlib


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print(f"enter {self.name}")
        await asyncio.sleep(0)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, repr(exc) if exc else "")
        return self.suppress


async def with_statements():
    async with Resource("a") as value:
        print("body", value)
    async with Resource("b", suppress=True):
        raise ValueError("swallowed")
    print("after swallowed")
    try:
        async with Resource("c"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", e)
    async with Resource("outer") as o, Resource("inner") as i:
        print("both", o, i)
    for n in range(3):
        async with Resource(f"loop{n}"):
            if n == 0:
                continue
            if n == 2:
                break
            print("loop body", n)
    return await returns_inside()


async def returns_inside():
    async with Resource("ret"):
        return "returned value"


class NoAenter:
    async def __aexit__(self, *a):
        pass


class NoAexit:
    async def __aenter__(self):
        pass


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class BadEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


async def with_errors():
    for obj in [NoAenter(), NoAexit(), SyncOnly(), BadEnter(), 5]:
        try:
            async with obj:
                print("never")
        except TypeError as e:
            print("TypeError:", e)


class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def for_loops():
    async for i in Ticker(3):
        print("ticker", i)
    else:
        print("ticker else")
    async for i in agen(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("agen", i)
    else:
        print("not printed")
    async for a, b in pairs():
        print("pair", a, b)
    total = 0
    async for i in Ticker(4):
        async for j in agen(i):
            total += j
    print("total", total)


async def pairs():
    yield 1, 2
    yield 3, 4


class NoAnext:
    def __aiter__(self):
        return self


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


async def for_errors():
    for obj in [1, [1, 2], NoAnext(), BadAnext()]:
        try:
            async for x in obj:
                print("never")
        except TypeError as e:
            print("TypeError:", e)


@contextlib.asynccontextmanager
async def managed(name):
    print("acquire", name)
    await asyncio.sleep(0)
    try:
        yield name * 2
    except ZeroDivisionError:
        print("handled in manager")
    finally:
        await asyncio.sleep(0)
        print("release", name)


async def context_managers():
    async with managed("x") as v:
        print("using", v)
    async with managed("y"):
        1 / 0
    print("after handled")
    try:
        async with managed("z"):
            raise KeyError("z")
    except KeyError as e:
        print("manager re-raised", e)
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(managed("s1"))
        b = stack.enter_context(contextlib.nullcontext("sync"))
        stack.callback(print, "sync callback")

        async def async_cb(msg):
            await asyncio.sleep(0)
            print("async callback", msg)
        stack.push_async_callback(async_cb, "hello")
        print("stack holds", a, b)
    print("stack closed")
    async with contextlib.aclosing(agen(10)) as g:
        async for i in g:
            if i == 2:
                break
    print("aclosing done")


async def main():
    print(await with_statements())
    await with_errors()
    await for_loops()
    await for_errors()
    await context_managers()


asyncio.run(main())
