# asyncio's synchronization primitives: Lock, Event, Condition, Semaphore, Queue, in CPython's wake-up order.
import asyncio

log = []


async def locked_section(lock, name):
    log.append(f"{name} wants")
    async with lock:
        log.append(f"{name} has")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(f"{name} leaves")


async def locks():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(*(locked_section(lock, n) for n in "abc"))
    print(log)
    log.clear()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()

    # a waiter cancelled while waiting for the lock
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    print("waiter cancelled:", waiter.cancelled())
    lock.release()
    print(lock.locked())


async def events():
    event = asyncio.Event()
    print(event.is_set())

    async def waiter(n):
        log.append(f"waiter {n} waits")
        await event.wait()
        log.append(f"waiter {n} woke")

    tasks = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    log.append("setting")
    event.set()
    await asyncio.gather(*tasks)
    print(log)
    log.clear()
    print(event.is_set(), await event.wait())
    event.clear()
    print(event.is_set())


async def conditions():
    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f"consumer {n} got {items.pop(0)}")

    tasks = [asyncio.create_task(consumer(n)) for n in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.append("first")
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append("second")
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(log)
    log.clear()
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


async def semaphores():
    sem = asyncio.Semaphore(2)

    async def job(n):
        async with sem:
            log.append(f"job {n} starts")
            await asyncio.sleep(0)
            log.append(f"job {n} ends")

    await asyncio.gather(*(job(n) for n in range(5)))
    print(log)
    log.clear()
    print(sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


async def queues():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())

    async def producer():
        for i in range(5):
            await q.put(i)
            log.append(f"put {i}")
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            log.append(f"got {item}")
            await asyncio.sleep(0)

    await asyncio.gather(producer(), consumer())
    print(log)
    log.clear()
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait())
    try:
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for v in [3, 1, 2]:
        lifo.put_nowait(v)
        prio.put_nowait(v)
    print([lifo.get_nowait() for _ in range(3)], [prio.get_nowait() for _ in range(3)])

    # join waits for every task_done
    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)

    async def slow_worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(0.001)
            log.append(f"processed {item}")
            jq.task_done()

    w = asyncio.create_task(slow_worker())
    await jq.join()
    log.append("joined")
    w.cancel()
    print(log)


async def main():
    await locks()
    await events()
    await conditions()
    await semaphores()
    await queues()


asyncio.run(main())
