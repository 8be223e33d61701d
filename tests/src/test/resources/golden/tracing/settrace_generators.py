# Generators and coroutines: 'call' on every resume, 'return' on every yield (with the yielded value).
import sys
from _show import run_traced


def counter(limit):
    n = 0
    while n < limit:
        received = yield n
        if received:
            n += received
        n += 1
    return "finished"


def drive_with_next():
    g = counter(2)
    first = next(g)
    second = next(g)
    try:
        next(g)
    except StopIteration as e:
        return first, second, e.value


def drive_with_send():
    g = counter(5)
    values = [next(g), g.send(2), g.send(None)]
    g.close()
    return values


def drive_with_throw():
    def guarded():
        try:
            yield 1
        except KeyError:
            yield "handled"

    g = guarded()
    next(g)
    return g.throw(KeyError("k"))


def delegating():
    def inner():
        yield "a"
        yield "b"

    def outer():
        yield from inner()
        yield "c"

    return list(outer())


def frame_of_generator():
    def gen():
        yield sys._getframe()
        yield sys._getframe()

    g = gen()
    f1 = next(g)
    f2 = next(g)
    return f1 is f2, f1 is g.gi_frame, f1.f_code.co_name


def coroutine_run():
    async def leaf():
        return 7

    async def main():
        v = await leaf()
        return v * 2

    c = main()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


for case in (drive_with_next, drive_with_send, drive_with_throw, delegating, frame_of_generator, coroutine_run):
    print("--", run_traced(case))
