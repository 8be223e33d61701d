# sys.setprofile: call/return for Python frames (yields too), c_call/c_return/c_exception for builtin functions
# and methods called from Python code; calls of classes are not reported.
import sys


def describe(frame, event, arg):
    if event.startswith("c_"):
        what = getattr(arg, "__name__", "?")
    else:
        what = repr(arg) if isinstance(arg, (int, str, type(None))) else type(arg).__name__
    print("%-11s %-10s %3d %s" % (event, frame.f_code.co_name, frame.f_lineno, what))


def work(values):
    total = sum(values)
    values.append(total)
    return max(values)


def gen():
    yield 1
    yield 2


def failing():
    return int("nope")


def builtin_raises():
    try:
        len(5)
    except TypeError:
        return "caught"


sys.setprofile(describe)
work([1, 2])
list(gen())
try:
    failing()
except ValueError:
    pass
builtin_raises()
sorted([3, 1], key=abs)


class Made:
    size = len("abc")


"-".join(["a", "b"])
sys.setprofile(None)
print("profile now", sys.getprofile())


# a profile function's result is ignored, and it sees no 'line' events
def counting(frame, event, arg):
    counts[event] = counts.get(event, 0) + 1
    return counting


counts = {}
sys.setprofile(counting)
work([5])
sys.setprofile(None)
print(sorted(counts.items()))


# an exception in the profile function propagates and removes it
def broken(frame, event, arg):
    if event == "call":
        raise RuntimeError("profile failed")


sys.setprofile(broken)
try:
    work([1])
except RuntimeError as e:
    print("caught", e, sys.getprofile())
sys.setprofile(None)


# profile and trace functions together
def tracer(frame, event, arg):
    print("trace", event, frame.f_code.co_name)
    return tracer


def both(frame, event, arg):
    print("profile", event, frame.f_code.co_name)


def small():
    return 1


sys.setprofile(both)
sys.settrace(tracer)
small()
sys.settrace(None)
sys.setprofile(None)
