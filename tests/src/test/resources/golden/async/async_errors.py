# Errors around coroutines: syntax errors CPython's compiler reports, and runtime errors of the protocols.
import asyncio

sources = [
    "await x",
    "def f():\n    await x",
    "class C:\n    await x",
    "async with a:\n    pass",
    "def f():\n    async with a:\n        pass",
    "async for x in y:\n    pass",
    "def f():\n    async for x in y:\n        pass",
    "def f():\n    return [x async for x in y]",
    "[x async for x in y]",
    "async def f():\n    yield from g()",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    return lambda: await x",
    "def f():\n    return (await x for x in y)",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    class C:\n        await x",
    "async def f():\n    x = [await y for y in z]\n    return {k: await v async for k, v in w}",
    "async def f():\n    return (x async for x in y)",
    "def f():\n    return (x async for x in y)",
    "async def f(x=await y):\n    pass",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("ok:", src.replace("\n", " / "))
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno}) <- {src.splitlines()[-1].strip()}")


# exceptions inside coroutines carry their context and cause
async def fail_inner():
    await asyncio.sleep(0)
    raise ValueError("inner")


async def fail_outer():
    try:
        await fail_inner()
    except ValueError as e:
        raise RuntimeError("outer") from e


async def main():
    try:
        await fail_outer()
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)

    # exceptions in tasks are kept until retrieved
    async def boom():
        raise KeyError("boom")
    task = asyncio.create_task(boom())
    await asyncio.sleep(0)
    try:
        task.result()
    except KeyError as e:
        print("task raised", e)

    # TimeoutError from wait_for keeps the CancelledError as context
    try:
        await asyncio.wait_for(asyncio.sleep(5), 0.01)
    except TimeoutError as e:
        print(type(e).__name__, type(e.__context__).__name__)

    # a TaskGroup gathers the errors of its tasks into an ExceptionGroup
    async def raises(exc):
        await asyncio.sleep(0)
        raise exc
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raises(ValueError(1)))
            tg.create_task(raises(TypeError(2)))
    except ExceptionGroup as eg:
        print(eg.message, sorted(type(e).__name__ for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raises(ValueError(3)))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(eg.message, [type(e).__name__ for e in eg.exceptions])

    # gather without return_exceptions gives the first error
    try:
        await asyncio.gather(raises(ValueError("first")), asyncio.sleep(0.01))
    except ValueError as e:
        print("gather raised", e)

    # the task that awaits itself
    async def await_self():
        await asyncio.sleep(0)
        return await me
    me = asyncio.create_task(await_self())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

    # await on a bare yield outside a task is fine; a Future awaited without a loop raises
    class Bad:
        def __await__(self):
            yield "not a future"
    try:
        await Bad()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
