# threading: threads, joins, locks, conditions, events, semaphores, barriers, timers, locals, names, errors
import sys
import threading
import time

# threads run their target and join
results = []
lock = threading.Lock()


def worker(n):
    for _ in range(200):
        with lock:
            results.append(n)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), sorted(set(results)), [results.count(i) for i in range(4)])
print([t.name for t in threads])
print(threads[0].is_alive(), threads[0].ident is not None, threads[0].daemon)
print(repr(threads[0]).startswith("<Thread(Thread-1 (worker), stopped "))

# the main thread
main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, threading.get_ident() == main.ident)
print(repr(threading.Thread(target=worker, name="later")))
print(threading.active_count(), threading.enumerate() == [main])

# subclassing Thread, kwargs, names
class Counter(threading.Thread):
    def __init__(self, limit):
        super().__init__(name=f"counter-{limit}")
        self.limit = limit
        self.total = 0

    def run(self):
        for i in range(self.limit):
            self.total += i


c = Counter(100)
c.start()
c.join()
print(c.name, c.total)
out = []
t = threading.Thread(target=lambda a, b=0: out.append(a + b), args=(1,), kwargs={"b": 2})
t.start()
t.join()
print(out)

# a thread that waits while the main thread works
ev = threading.Event()
log = []


def waiter():
    log.append("waiting")
    ev.wait()
    log.append("woke")


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.05)
log.append("setting")
print(ev.is_set())
ev.set()
t.join()
print(log, ev.is_set(), ev.wait(0))
ev.clear()
print(ev.wait(0.01))

# Condition: producer/consumer
cond = threading.Condition()
items = []


def consumer():
    with cond:
        while not items:
            cond.wait()
        log.append(("consumed", items.pop()))


t = threading.Thread(target=consumer)
t.start()
time.sleep(0.02)
with cond:
    items.append(42)
    cond.notify()
t.join()
print(log[-1])
with cond:
    print(cond.wait_for(lambda: True), cond.wait(0.01))

# Semaphore and BoundedSemaphore
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(blocking=False))
bsem = threading.BoundedSemaphore(1)
bsem.acquire()
bsem.release()
try:
    bsem.release()
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: threading.Semaphore(-1), lambda: sem.release(0), lambda: sem.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

# Barrier
barrier = threading.Barrier(3)
arrived = []


def party(n):
    arrived.append(barrier.wait() >= 0)


ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(arrived, barrier.parties, barrier.n_waiting, barrier.broken)
try:
    threading.Barrier(1, timeout=0.01).wait() and None
    b2 = threading.Barrier(2)
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=("never",))
tm2.start()
tm2.cancel()
tm2.join()
print(fired)

# thread-local data
data = threading.local()
data.x = "main"
seen = []


def use_local():
    seen.append(hasattr(data, "x"))
    data.x = "thread"
    seen.append(data.x)


t = threading.Thread(target=use_local)
t.start()
t.join()
print(seen, data.x)


class Defaults(threading.local):
    def __init__(self, start):
        self.value = start


d = Defaults(7)
d.value += 1
t = threading.Thread(target=lambda: seen.append(d.value))
t.start()
t.join()
print(d.value, seen[-1])
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)

# errors
t = threading.Thread(target=lambda: None)
for call in (t.join, lambda: threading.current_thread().join()):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

# an exception in a thread goes to threading.excepthook
caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="divider")
t.start()
t.join()
print(caught)
threading.excepthook = threading.__excepthook__

# a daemon thread does not keep the program alive
def forever():
    while True:
        time.sleep(0.01)


threading.Thread(target=forever, daemon=True).start()
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
print("done")
