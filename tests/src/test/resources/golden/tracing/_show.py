# Helpers shared by the tracing programs: print trace events without addresses.
import sys


def fmt(value):
    if isinstance(value, tuple) and len(value) == 3 and isinstance(value[0], type):
        return "(%s, %r)" % (value[0].__name__, value[1])
    if isinstance(value, (int, str, float, type(None), bool, list, tuple)):
        return repr(value)
    return type(value).__name__


def make_tracer(log_lines=True, only=None):
    def tracer(frame, event, arg):
        name = frame.f_code.co_name
        if only is None or name in only:
            if event != "line" or log_lines:
                print("%-9s %-12s %3d %s" % (event, name, frame.f_lineno, fmt(arg)))
        return tracer
    return tracer


def run_traced(function, *args, **kwargs):
    tracer = kwargs.pop("tracer", None) or make_tracer()
    sys.settrace(tracer)
    try:
        return function(*args)
    finally:
        sys.settrace(None)
