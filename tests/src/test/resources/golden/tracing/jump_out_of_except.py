# A trace function's jump out of an except block: the exception it was handling is no longer the current one
# (sys.exc_info() shows the one handled before it, if any), whatever the block held on the stack
import sys


def make_tracer(func, frm, to):
    done = []
    def tr(frame, ev, arg):
        if not done and frame.f_code is func.__code__ and ev == 'line' and frame.f_lineno == func.__code__.co_firstlineno + frm:
            done.append(1)
            try:
                frame.f_lineno = func.__code__.co_firstlineno + to
            except ValueError as e:
                print("ValueError:", e)
        return tr
    return tr


def plain(out):
    try:
        1/0
    except ZeroDivisionError:
        out.append(4)
        out.append(5)
    out.append(6)
    out.append(sys.exc_info()[0])


def named(out):
    try:
        1/0
    except ZeroDivisionError as e:
        out.append(4)
        out.append(5)
    out.append(6)
    out.append(sys.exc_info()[0])


def nested(out):
    try:
        raise KeyError(1)
    except KeyError:
        try:
            1/0
        except ZeroDivisionError:
            out.append(7)
            out.append(8)
        out.append(sys.exc_info()[0])


def loop_in_handler(out):
    try:
        1/0
    except ZeroDivisionError:
        for i in range(3):
            out.append(i)
        out.append(6)
    out.append(sys.exc_info()[0])


for f, a, b in [(plain, 4, 7), (named, 4, 7), (nested, 7, 9), (loop_in_handler, 5, 7)]:
    out = []
    sys.settrace(make_tracer(f, a, b))
    try:
        f(out)
    except Exception as e:
        print(type(e).__name__, e)
    sys.settrace(None)
    print(f.__name__, out, sys.exc_info()[0])
