# A jump in code exec runs: its frames' f_code is the compiled code object; the target line reports no 'line' event
import sys
code = compile("""
# Comments don't count.
output.append(2)  # firstlineno is here.
output.append(3)
output.append(4)
""", "<fake module>", "exec")
seen = []
jumped = []
def tr(frame, event, arg):
    if frame.f_code is code:
        seen.append((event, frame.f_lineno))
        if event == 'line' and frame.f_lineno == 4 and not jumped:
            jumped.append(1)
            frame.f_lineno = 1
    return tr
ns = {"output": []}
sys.settrace(tr)
exec(code, ns)
sys.settrace(None)
print(ns["output"], seen)
print(sys._getframe().f_code is not None)
def func(o):
    o.append(1)
    o.append(2)
    o.append(3)
    o.append(4)
events = []
def tr2(frame, event, arg):
    if frame.f_code is func.__code__:
        events.append((event, frame.f_lineno - func.__code__.co_firstlineno))
        if event == 'line' and frame.f_lineno == func.__code__.co_firstlineno + 1 and len(events) < 3:
            frame.f_lineno = func.__code__.co_firstlineno + 3
    return tr2
out = []
sys.settrace(tr2); func(out); sys.settrace(None)
print(out, events)
