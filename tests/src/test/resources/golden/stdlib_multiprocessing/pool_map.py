# multiprocessing.Pool: workers started once and reused for map/imap/imap_unordered/starmap/apply/apply_async,
# callbacks, an initializer, worker exceptions raised again in the parent, close/join/terminate, the errors.
import multiprocessing as mp
import os

_setting = None


def init(value):
    global _setting
    _setting = value


def square(x):
    return x * x


def add(a, b=0):
    return a + b


def with_setting(x):
    return (_setting, x)


def worker_pid(_):
    return os.getpid()


def fails(x):
    if x == 3:
        raise ValueError("three is not allowed")
    return x


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2, initializer=init, initargs=("configured",)) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, []), pool.map(square, range(7), chunksize=3))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(list(pool.imap(square, range(6))), list(pool.imap(square, range(7), chunksize=2)))
        print(sorted(pool.imap_unordered(square, range(6))), sorted(pool.imap_unordered(square, range(5), 2)))
        print(pool.apply(add, (5,), {"b": 6}), pool.apply(with_setting, (1,)))
        r = pool.apply_async(square, (12,))
        print(r.get(timeout=60), r.ready(), r.successful())
        got = []
        r = pool.map_async(square, range(4), callback=got.append)
        r.wait(60)
        print(r.get(), got)
        errors = []
        r = pool.apply_async(fails, (3,), error_callback=lambda e: errors.append(repr(e)))
        r.wait(60)
        print(r.ready(), r.successful(), errors)
        try:
            r.get()
        except ValueError as e:
            print("ValueError", e, type(e.__cause__).__name__, "three is not allowed" in str(e.__cause__))
        try:
            pool.map(fails, range(6))
        except ValueError as e:
            print("map: ValueError", e)
        it = pool.imap(fails, range(5))
        print(next(it), next(it), next(it))
        try:
            next(it)
        except ValueError as e:
            print("imap: ValueError", e)
        print(next(it))
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__)
        pids = set(pool.map(worker_pid, range(20), chunksize=1))
        print("workers reused:", len(pids) <= 2, os.getpid() not in pids)
        print(sorted(pool.starmap_async(add, [(1, 1), (2, 2)]).get(60)))

    pool = mp.Pool(1, maxtasksperchild=2)
    print(pool.map(square, range(3), chunksize=1))
    pool.close()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError", e)
    pool.join()
    print(repr(pool))

    pool = mp.Pool(1)
    try:
        pool.join()
    except ValueError as e:
        print("ValueError", e)
    slow = pool.apply_async(square, (3,))
    print(slow.get(60))
    pool.terminate()
    pool.join()
    print(repr(pool))

    for bad in ({"processes": 0}, {"maxtasksperchild": 0}, {"initializer": 5}):
        try:
            mp.Pool(**bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
