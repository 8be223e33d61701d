# 'exception' events: raised and caught, propagating through frames, uncaught, re-raised, finally, with.
import sys
from _show import run_traced


def caught():
    try:
        x = 1 / 0
    except ZeroDivisionError as e:
        x = str(e)
    return x


def second_handler():
    try:
        {}["missing"]
    except ValueError:
        return "value"
    except KeyError:
        return "key"


def bare_except():
    try:
        int("x")
    except:
        pass
    return "bare"


def raiser(kind):
    raise kind("from raiser")


def propagates():
    try:
        raiser(TypeError)
    except TypeError as e:
        return e.args


def uncaught_inner():
    raiser(RuntimeError)
    return "never"


def finally_runs():
    try:
        try:
            raise ValueError("inner")
        finally:
            cleanup = True
    except ValueError:
        return cleanup


def with_handler():
    class Swallow:
        def __enter__(self):
            return self

        def __exit__(self, kind, value, tb):
            return kind is not None

    with Swallow():
        n = 1
    with Swallow():
        raise KeyError("swallowed")
    return n


def stop_iteration_in_loop():
    class Countdown:
        def __init__(self):
            self.n = 2

        def __iter__(self):
            return self

        def __next__(self):
            if self.n == 0:
                raise StopIteration
            self.n -= 1
            return self.n

    items = []
    for i in Countdown():
        items.append(i)
    return items


def generator_with_value():
    def gen():
        yield 1
        return "result"

    out = []
    for v in gen():
        out.append(v)
    return out


for case in (caught, second_handler, bare_except, propagates, finally_runs, with_handler,
             stop_iteration_in_loop, generator_with_value):
    print("--", run_traced(case))

try:
    run_traced(uncaught_inner)
except RuntimeError as e:
    print("-- uncaught:", e)


def failing_tracer(frame, event, arg):
    if event == "line" and frame.f_lineno == failing_target.__code__.co_firstlineno + 2:
        raise LookupError("tracer failed")
    print("tracer", event, frame.f_code.co_name)
    return failing_tracer


def failing_target():
    a = 1
    b = 2
    return a + b


sys.settrace(failing_tracer)
try:
    failing_target()
except LookupError as e:
    print("caught", repr(e), "trace now", sys.gettrace())
sys.settrace(None)
