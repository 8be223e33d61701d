# multiprocessing.Manager's shared dict/list/Namespace/Value/Array/Queue/locks through proxies, handed to a child
# process; concurrent.futures.ProcessPoolExecutor on spawned workers, with its errors.
import concurrent.futures as cf
import multiprocessing as mp
import os
import signal


def update(d, l, ns, v, q, lock):
    with lock:
        d["child"] = os.getpid() != d["parent"]
        l.append(99)
        l.extend([100])
        ns.z = "set by the child"
        v.value += 10
    q.put("done")


def square(x):
    return x * x


def fail(key):
    raise KeyError(key)


def die():
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Manager() as m:
        d = m.dict(a=1)
        print(d, d.keys(), d.items(), list(d), len(d), "a" in d, d.get("b", "-"), type(d).__name__)
        l = m.list([1, 2])
        l.append(3)
        l += [4]
        print(l, len(l), l[0], l[1:], 2 in l, l.index(3), l.count(1), type(l).__name__)
        ns = m.Namespace(x=1)
        ns.y = 2
        print(ns, ns.x)
        v = m.Value("i", 3)
        v.value += 1
        print(v.value, v.get(), v)
        a = m.Array("i", [1, 2, 3])
        print(a[:], len(a), a)
        q = m.Queue()
        q.put(5)
        print(q.get(), q.qsize(), q.empty())
        lock = m.Lock()
        print(lock.acquire(), lock.release())
        e = m.Event()
        print(e.is_set(), e.wait(0.01))
        print(repr(l).startswith("<ListProxy object, typeid 'list' at 0x"), d.copy() == {"a": 1})
        for action in (lambda: d["missing"], lambda: l[10], lambda: l.missing_method()):
            try:
                action()
            except (KeyError, IndexError, AttributeError) as err:
                print(type(err).__name__, err)
        d["parent"] = os.getpid()
        p = mp.Process(target=update, args=(d, l, ns, v, q, lock))
        p.start()
        print(q.get(timeout=120))
        p.join()
        del d["parent"]
        print(d, l, ns, v.value, p.exitcode)

    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(square, i) for i in range(6)]
        print([f.result(timeout=120) for f in futures])
        print(list(ex.map(square, range(5))), list(ex.map(square, range(4), chunksize=2)))
        f = ex.submit(fail, "k")
        try:
            f.result(timeout=60)
        except KeyError as err:
            print("KeyError", err, type(err.__cause__).__name__)
        print(type(f.exception()).__name__)
        done = cf.as_completed([ex.submit(square, 3), ex.submit(square, 4)], timeout=60)
        print(sorted(f.result() for f in done))
    try:
        ex.submit(square, 1)
    except RuntimeError as err:
        print("RuntimeError", err)
    try:
        list(ex.map(square, [1], chunksize=0))
    except ValueError as err:
        print("ValueError", err)
    for kwargs in ({"max_workers": 0}, {"max_workers": -1}, {"initializer": 1}, {"max_tasks_per_child": 0},
                   {"max_tasks_per_child": "1"}):
        try:
            cf.ProcessPoolExecutor(**kwargs)
        except (ValueError, TypeError) as err:
            print(type(err).__name__, err)

    ex = cf.ProcessPoolExecutor(1)
    f = ex.submit(die)
    try:
        f.result(timeout=120)
    except cf.process.BrokenProcessPool as err:
        print("BrokenProcessPool", err)
    try:
        ex.submit(square, 2)
    except cf.process.BrokenProcessPool as err:
        print("BrokenProcessPool", err)
    ex.shutdown()
