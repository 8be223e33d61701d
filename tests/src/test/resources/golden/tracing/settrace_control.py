# Which frames a trace function sees: local trace functions, f_trace switching, f_trace_lines, settrace(None),
# f_trace set by hand on running frames (as bdb does), and gettrace.
import sys
from _show import fmt


def target():
    a = 1
    b = 2
    c = a + b
    return c


def log(tag):
    def tracer(frame, event, arg):
        print(tag, event, frame.f_code.co_name, frame.f_lineno, fmt(arg))
        return tracer
    return tracer


# the global function decides per frame; its result is that frame's local trace function
def choose(frame, event, arg):
    print("global", event, frame.f_code.co_name)
    return log("local") if frame.f_code.co_name == "target" else None


def caller():
    x = target()
    return x


sys.settrace(choose)
caller()
sys.settrace(None)


# a local function returning None keeps the frame's trace function; returning another switches to it
def switching(frame, event, arg):
    print("switching", event, frame.f_lineno)
    if event == "line" and frame.f_lineno == target.__code__.co_firstlineno + 2:
        return log("second")
    return None


sys.settrace(lambda frame, event, arg: switching if frame.f_code.co_name == "target" else None)
target()
sys.settrace(None)


# f_trace_lines = False: no 'line' events for that frame, the rest still come
def no_lines(frame, event, arg):
    print("no_lines", event, frame.f_code.co_name, frame.f_lineno)
    frame.f_trace_lines = False
    return no_lines


sys.settrace(no_lines)
target()
sys.settrace(None)


# settrace(None) inside a traced function stops every event at once
def stopper():
    x = 1
    sys.settrace(None)
    y = 2
    return x + y


sys.settrace(log("stop"))
stopper()
print("after stop:", sys.gettrace())


# f_trace assigned to running frames (as bdb's set_trace does) gets their later events
def manual():
    frame = sys._getframe()
    frame.f_trace = log("manual")
    sys.settrace(log("new-frames"))
    a = 1
    inner()
    return a


def inner():
    return "inner"


def outer():
    outer_frame = sys._getframe()
    outer_frame.f_trace = log("outer")
    manual()
    done = True
    sys.settrace(None)
    return done


outer()

# gettrace returns the function set; settrace(None) clears it
tracer = log("unused")
sys.settrace(tracer)
same = sys.gettrace() is tracer
sys.settrace(None)
print("gettrace", same, sys.gettrace())
print(sys.gettrace.__name__, sys.settrace.__name__)

# f_trace reads back what was set; deleting it is setting None
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
f.f_trace = tracer
print(f.f_trace is tracer)
f.f_trace = None
print(f.f_trace)
for bad in (1, "yes", None):
    try:
        f.f_trace_lines = bad
    except TypeError as e:
        print("TypeError", e)
f.f_trace_opcodes = True
print(f.f_trace_opcodes)
f.f_trace_opcodes = False
