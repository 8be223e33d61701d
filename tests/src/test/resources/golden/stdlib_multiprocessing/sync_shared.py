# multiprocessing's locks, semaphores, events, conditions, barriers and shared Value/Array across processes.
import multiprocessing as mp


def add_many(counter, numbers, lock, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    with lock:
        for i in range(len(numbers)):
            numbers[i] += 1


def handshake(ready, go, cond, box, barrier, sem, results):
    ready.set()                      # tell the parent we are running
    go.wait()                        # and wait for its answer
    with cond:
        cond.wait_for(lambda: box.value == 1)
        box.value = 2
        cond.notify_all()
    index = barrier.wait()
    with sem:
        results.put(("barrier index in range", 0 <= index < 2))
    results.put(("sem value seen", sem.get_value() in (0, 1)))


if __name__ == "__main__":
    mp.set_start_method("spawn")

    counter = mp.Value("i", 0)
    numbers = mp.Array("d", [0.5, 1.5, 2.5])
    lock = mp.Lock()
    workers = [mp.Process(target=add_many, args=(counter, numbers, lock, 25)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("counter", counter.value, "numbers", numbers[:], [w.exitcode for w in workers])

    ready, go = mp.Event(), mp.Event()
    cond = mp.Condition()
    box = mp.Value("i", 0, lock=False)
    barrier = mp.Barrier(2)
    sem = mp.BoundedSemaphore(1)
    results = mp.Queue()
    p = mp.Process(target=handshake, args=(ready, go, cond, box, barrier, sem, results))
    p.start()
    print("child ready:", ready.wait(120))
    go.set()
    with cond:
        box.value = 1
        cond.notify_all()
        print("wait_for:", cond.wait_for(lambda: box.value == 2, 120), box.value)
    print("parent barrier index in range", 0 <= barrier.wait(120) < 2)
    print(results.get(timeout=60))
    print(results.get(timeout=60))
    p.join()
    print("exitcode", p.exitcode, barrier.parties, barrier.n_waiting, barrier.broken)

    # in one process: reprs, values and errors
    lk = mp.Lock()
    print(lk, lk.acquire(), lk, lk.acquire(False), lk.acquire(timeout=0.01))
    lk.release()
    try:
        lk.release()
    except ValueError as e:
        print("ValueError", e)
    rl = mp.RLock()
    rl.acquire()
    rl.acquire()
    print(rl)
    rl.release()
    rl.release()
    print(rl)
    try:
        rl.release()
    except AssertionError as e:
        print("AssertionError", e)
    s = mp.Semaphore(2)
    print(s, s.acquire(), s.acquire(), s.acquire(False), s.get_value())
    s.release()
    s.release()
    s.release()
    print(s)
    b = mp.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    print(b)
    c = mp.Condition(mp.Lock())
    print(c)
    for action in (c.wait, c.notify, c.notify_all):
        try:
            action()
        except AssertionError as e:
            print("AssertionError", e)
    with c:
        print("wait timeout ->", c.wait(0.01))
    e = mp.Event()
    print(e.is_set(), e.wait(0.01))
    e.set()
    print(e.is_set(), e.wait(0.01))
    e.clear()
    print(e.is_set())

    v = mp.Value("i", 7)
    print(v, v.value, v.get_lock(), v.get_obj())
    v.value = 2 ** 31 + 5
    print(v.value)
    for bad in ("x", 1.5, None):
        try:
            v.value = bad
        except TypeError as e:
            print("TypeError", e)
    print(mp.Value("d", 1), mp.Value("c", b"z").value, mp.Value("B", -1).value, mp.Value("h", 40000).value,
          mp.Value("f", 0.1).value)
    print(mp.RawValue("q", 9), mp.Value("i", lock=False), mp.Value("L", 3, lock=mp.RLock()).get_lock())
    try:
        mp.Value("x", 1)
    except TypeError as e:
        print("TypeError", e)
    try:
        mp.Value("i", 1, lock=5)
    except AttributeError as e:
        print("AttributeError", e)
    a = mp.Array("i", range(6))
    print(a[:], a[2], a[-1], a[1:4], a[::2], len(a), list(a))
    a[0] = -1
    a[1:3] = [10, 20]
    print(a[:], sum(a))
    for action in (lambda: a[6], lambda: a.__setitem__(6, 0), lambda: a.__setitem__(slice(0, 2), [1])):
        try:
            action()
        except (IndexError, ValueError) as e:
            print(type(e).__name__, e)
    ca = mp.Array("c", b"hello")
    print(ca.value, ca.raw, ca[1], ca[:2])
    ca.value = b"hi"
    print(ca.value, ca.raw)
    print(mp.Array("d", 3)[:], mp.RawArray("b", [1, -1, 300])[:], mp.Array("i", 4, lock=False)[:])
