# Frame objects: one per activation (sys._getframe, f_back, the frame a tracer gets, gi_frame), live f_lineno,
# clear(), and the attributes' errors.
import sys


def same_object():
    a = sys._getframe()
    b = sys._getframe()
    print("same frame:", a is b, sys._getframe() is sys._getframe())
    print("f_back:", a.f_back is sys._getframe(1), a.f_back.f_code.co_name)
    return a


def live_lineno():
    frame = sys._getframe()
    first = frame.f_lineno
    x = 1
    second = frame.f_lineno
    return first, second, helper_reads(frame)


def helper_reads(frame):
    return frame.f_lineno


frame = same_object()
print("finished frame back:", frame.f_back.f_code.co_name)
print("live lines:", live_lineno())


def outer():
    return inner()


def inner():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno, caller is sys._getframe().f_back


print("caller:", outer())

# the frame a trace function receives is the activation's own frame object
seen = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        seen.append((event, frame, frame.f_lineno))
    return tracer


def traced():
    mine = sys._getframe()
    step = 1
    return mine


sys.settrace(tracer)
mine = traced()
sys.settrace(None)
print("tracer frames are the activation's:", all(f is mine for _, f, _ in seen))
print("events:", [(e, line) for e, _, line in seen])
print("after return:", mine.f_lineno)


# clear(): refused while running, forgets the variables afterwards
def running():
    frame = sys._getframe()
    try:
        frame.clear()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        frame.f_back.clear()
    except RuntimeError as e:
        print("RuntimeError:", e)
    local_value = 42
    return frame


done = running()
print("locals before clear:", done.f_locals["local_value"])
done.clear()
print("locals after clear:", done.f_locals)
done.clear()


# generator frames: one object across resumes, the same as gi_frame
def gen():
    yield sys._getframe()
    yield sys._getframe()


g = gen()
unstarted = g.gi_frame
print("unstarted line:", unstarted.f_lineno == gen.__code__.co_firstlineno)
f1 = next(g)
f2 = next(g)
print("generator frame:", f1 is f2, f1 is g.gi_frame, f1 is unstarted)

# attribute errors
f = sys._getframe()
try:
    f.f_lineno = 1
except ValueError as e:
    print("ValueError:", e)
try:
    f.f_trace_lines = 0
except TypeError as e:
    print("TypeError:", e)
try:
    f.f_nonsense
except AttributeError as e:
    print("AttributeError:", e)
print(type(f).__name__, f.f_code.co_name, f.f_globals is globals())
