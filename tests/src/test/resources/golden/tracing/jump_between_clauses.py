# A trace function's jump from one except clause into another of the same try, and into the finally block
import sys
def make_tracer(func, frm, to):
    done = []
    def tr(frame, ev, arg):
        if not done and frame.f_code is func.__code__ and ev == 'line' and frame.f_lineno == func.__code__.co_firstlineno + frm:
            done.append(1)
            try: frame.f_lineno = func.__code__.co_firstlineno + to
            except ValueError as e: print("ValueError:", e)
        return tr
    return tr
def between(output):
    try:
        1/0
    except ZeroDivisionError:
        output.append(4)
        output.append(5)
    except FloatingPointError:
        output.append(7)
    output.append(8)
def to_finally(output):
    try:
        1/0
    except ZeroDivisionError:
        output.append(4)
        output.append(5)
    finally:
        output.append(7)
    output.append(8)
for f, a, b in [(between, 5, 7), (to_finally, 5, 7)]:
    out = []
    sys.settrace(make_tracer(f, a, b))
    try: f(out)
    except Exception as e: print(type(e).__name__, e)
    sys.settrace(None); print(f.__name__, out)
