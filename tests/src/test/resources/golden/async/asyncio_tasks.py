import asyncio

async def worker(name, n, delay):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return f"{name} done"

async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    t1 = asyncio.create_task(worker("a", 3, 0))
    t2 = asyncio.create_task(worker("b", 2, 0))
    print(t1.get_name(), t1.done())
    r = await asyncio.gather(t1, t2, worker("c", 2, 0.01))
    print(r)
    r = await asyncio.gather(failing(), worker("d", 1, 0), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(failing(), worker("e", 3, 0))
    except ValueError as e:
        print("caught", e)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.02)
    except TimeoutError:
        print("timeout")
    print(await asyncio.wait_for(worker("f", 1, 0), 1))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, 'x')), asyncio.create_task(asyncio.sleep(1))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending: p.cancel()
    for c in asyncio.as_completed([asyncio.sleep(0.6, 3), asyncio.sleep(0.2, 1), asyncio.sleep(0.4, 2)]):
        print("ac", await c)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    async with asyncio.TaskGroup() as tg:
        x = tg.create_task(worker("g", 2, 0))
        y = tg.create_task(worker("h", 2, 0))
    print(x.result(), y.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(worker("i", 5, 0.01))
    except* ValueError as eg:
        print("eg", eg.exceptions)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 42)
    print(await fut)
    print(asyncio.current_task().get_name())
    return 7

print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
loop = asyncio.new_event_loop()
loop.call_soon(print, "soon")
print(loop.run_until_complete(worker("z", 1, 0)))
loop.close()


# scheduling order: call_soon FIFO, tasks start in creation order, sleep(0) yields to the others
async def order():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(log.append, "soon1")
    loop.call_soon(log.append, "soon2")
    loop.call_later(0.5, log.append, "later")

    async def step(name, n):
        for i in range(n):
            log.append(f"{name}{i}")
            await asyncio.sleep(0)

    tasks = [asyncio.create_task(step(name, 2)) for name in "xyz"]
    log.append("created")
    await asyncio.sleep(0)
    log.append("main resumed")
    await asyncio.gather(*tasks)
    await asyncio.sleep(0.6)
    print(log)


# callbacks and cancellation details
async def details():
    loop = asyncio.get_running_loop()

    async def slow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print("slow cancelled with", e.args)
            raise

    t = asyncio.create_task(slow(), name="slowpoke")
    t.add_done_callback(lambda fut: print("done callback:", fut.get_name(), fut.cancelled()))
    await asyncio.sleep(0)
    print(t.cancel("stop it"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", type(e).__name__, e.args)
    print(t.cancel(), t.done())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    # a task that swallows its cancellation
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "refused"
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    # futures
    f = loop.create_future()
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_result("value")
    try:
        f.set_result("again")
    except asyncio.InvalidStateError:
        print("InvalidStateError on second set_result")
    print(f.result(), f.exception(), await f)
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(repr(g.exception()))
    try:
        await g
    except KeyError as e:
        print("await raised", repr(e))

    # task results and exceptions
    async def fails():
        raise OSError("disk")
    ft = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(ft.done(), repr(ft.exception()))

    # shield keeps the inner task running
    async def inner():
        await asyncio.sleep(0.01)
        return "inner finished"
    it = asyncio.create_task(inner())
    sh = asyncio.shield(it)
    sh.cancel()
    print(sh.cancelled(), await it)

    # wait with a timeout
    pending_task = asyncio.create_task(asyncio.sleep(1))
    done, pending = await asyncio.wait([pending_task], timeout=0.01)
    print(len(done), len(pending))
    pending_task.cancel()

    # ensure_future and errors
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    co = asyncio.sleep(0)
    try:
        await asyncio.wait([co])
    except TypeError as e:
        print("TypeError:", e)
    await co
    print(asyncio.iscoroutine(co), asyncio.isfuture(f), asyncio.isfuture(co))

    # a queue of work with gather
    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    results = []

    async def worker(name):
        while not q.empty():
            item = await q.get()
            await asyncio.sleep(0)
            results.append((name, item))
            q.task_done()
    await asyncio.gather(worker("w1"), worker("w2"))
    await q.join()
    print(results)


asyncio.run(order())
asyncio.run(details())

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)


async def nested_run():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

asyncio.run(nested_run())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
