# concurrent.futures: ThreadPoolExecutor submit/map/shutdown, Future states and callbacks, wait, as_completed
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


with cf.ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(square, i) for i in range(10)]
    print([f.result() for f in futures])
    print(list(pool.map(square, range(5))))
    print(list(pool.map(pow, [2, 3], [5, 2])))
    bad = pool.submit(fail, 1)
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e)
    print(bad.done(), bad.cancelled(), bad.running())
    done, not_done = cf.wait(futures)
    print(len(done), len(not_done))
    print(sorted(f.result() for f in cf.as_completed(futures)))
    names = set()
    for f in [pool.submit(lambda: threading.current_thread().name) for _ in range(6)]:
        names.add(f.result().rsplit("_", 1)[0])
    print(names)
    try:
        list(pool.map(fail, [1, 2]))
    except ValueError as e:
        print("map ValueError:", e)

try:
    pool.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

f = cf.Future()
print(f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(fut.result()))
f.set_result(5)
print(f.result(), calls)
f.add_done_callback(lambda fut: calls.append("late"))
print(calls)
try:
    f.set_result(6)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
g = cf.Future()
print(g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except cf.CancelledError:
    print("CancelledError")
h = cf.Future()
try:
    h.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError")
print(repr(h).endswith("state=pending>"), repr(f).endswith("state=finished returned int>"))
try:
    list(cf.as_completed([h], timeout=0.01))
except TimeoutError as e:
    print("TimeoutError:", e)
done, not_done = cf.wait([f, h], timeout=0.01)
print(len(done), len(not_done))
done, not_done = cf.wait([f, h], return_when=cf.FIRST_COMPLETED)
print(len(done), len(not_done))
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)

with cf.ThreadPoolExecutor(max_workers=1) as pool:
    slow = pool.submit(time.sleep, 0.05)
    queued = pool.submit(square, 3)
    print(queued.cancel(), slow.cancel())
print(queued.cancelled(), slow.done())

order = []
with cf.ThreadPoolExecutor(2, thread_name_prefix="worker", initializer=order.append, initargs=("init",)) as pool:
    print(pool.submit(lambda: threading.current_thread().name).result())
print(order[:1])
