# A trace function moves the frame by setting f_lineno: CPython's checks of where it may go (what the evaluation
# stack holds at both places), then the frame goes on at that line
import sys

def make_tracer(func, frm, to, event='line'):
    done = []
    def tr(frame, ev, arg):
        if not done and frame.f_code is func.__code__ and ev == event and frame.f_lineno == func.__code__.co_firstlineno + frm:
            done.append(1)
            try:
                frame.f_lineno = func.__code__.co_firstlineno + to
            except ValueError as e:
                print("ValueError:", e)
        return tr
    return tr

class tracecontext:
    def __init__(self, output, value): self.output = output; self.value = value
    def __enter__(self): self.output.append(self.value)
    def __exit__(self, *exc_info): self.output.append(-self.value)

def forwards(o):
    o.append(1)
    o.append(2)
    o.append(3)
def backwards(o):
    o.append(1)
    if len(o) < 4:
        o.append(3)
    o.append(4)
def into_for(o):
    o.append(1)
    for i in range(2):
        o.append(3)
def out_of_for(o):
    for i in range(3):
        o.append(2)
        o.append(3)
    o.append(4)
def for_header(o):
    for i in range(3):
        o.append(i)
        o.append(-1)
def into_except(o):
    o.append(1)
    try:
        o.append(3)
    except ValueError:
        o.append(5)
def into_try(o):
    o.append(1)
    try:
        o.append(3)
        o.append(4)
    except ValueError:
        o.append(6)
def out_of_finally_body(o):
    try:
        o.append(2)
    finally:
        o.append(4)
    o.append(5)
def out_of_with(o):
    with tracecontext(o, 1):
        o.append(2)
    o.append(3)
def into_with(o):
    o.append(1)
    with tracecontext(o, 2):
        o.append(3)
def into_if_branch(o):
    o.append(1)
    if o:
        o.append(3)
    else:
        o.append(5)
        o.append(6)
    o.append(7)
def while_loop(o):
    n = 0
    while n < 3:
        n += 1
        o.append(n)
        o.append(-n)
    o.append(7)
def no_code_line(o):
    o.append(1)

    # a comment
    o.append(5)
def edges(o):
    o.append(1)
    o.append(2)

cases = [(forwards, 1, 3), (backwards, 3, 1), (into_for, 1, 3), (out_of_for, 2, 4), (for_header, 3, 1),
         (into_except, 1, 5), (into_try, 1, 4), (out_of_finally_body, 2, 5), (out_of_with, 2, 3), (into_with, 1, 3),
         (into_if_branch, 1, 6), (while_loop, 5, 2), (no_code_line, 1, 3), (edges, 1, 9), (edges, 1, -3),
         (forwards, 0, 2, 'call'), (forwards, 3, 1, 'return')]
for func, frm, to, *event in cases:
    out = []
    sys.settrace(make_tracer(func, frm, to, *event))
    try:
        func(out)
    except Exception as e:
        print(type(e).__name__, e)
    sys.settrace(None)
    print(func.__name__, frm, to, out)

def not_tracing():
    try:
        sys._getframe().f_lineno = 3
    except ValueError as e:
        print("ValueError:", e)
not_tracing()

def bad_values(o):
    o.append(1)
def tr(frame, ev, arg):
    if frame.f_code is bad_values.__code__ and ev == 'line':
        for value in ["x", 1.5, None]:
            try:
                frame.f_lineno = value
            except (ValueError, TypeError) as e:
                print(type(e).__name__, e)
        try:
            del frame.f_lineno
        except AttributeError as e:
            print("AttributeError:", e)
    return tr
sys.settrace(tr); bad_values([]); sys.settrace(None)
