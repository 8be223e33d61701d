# Small sys and signal functions: their results and CPython's argument errors.
import signal
import sys


def attempt(label, function, *args):
    try:
        print(label, repr(function(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("is_finalizing", sys.is_finalizing)
hooks = sys.get_asyncgen_hooks()
print(hooks, type(hooks), hooks.firstiter, hooks.finalizer, len(hooks))
print(type(hooks) is type(sys.get_asyncgen_hooks()))
attempt("setrecursionlimit huge", sys.setrecursionlimit, 2**64)
attempt("setrecursionlimit float", sys.setrecursionlimit, 2.0)
attempt("setrecursionlimit zero", sys.setrecursionlimit, 0)


class Sized:
    def __init__(self, size):
        self.size = size

    def __sizeof__(self):
        return self.size


attempt("getsizeof str result", sys.getsizeof, Sized("not an integer"), 42)
attempt("getsizeof negative", sys.getsizeof, Sized(-1), 7)
attempt("getsizeof huge", sys.getsizeof, Sized(2**80), 8)
attempt("getsizeof no default", sys.getsizeof, Sized("x"))
attempt("getsizeof negative no default", sys.getsizeof, Sized(-1))

attempt("siginterrupt", signal.siginterrupt, signal.SIGCHLD, True)
attempt("siginterrupt 0 flag", signal.siginterrupt, signal.SIGCHLD, 0)
attempt("siginterrupt big signal", signal.siginterrupt, 123456, True)
attempt("siginterrupt negative", signal.siginterrupt, -1, True)
attempt("siginterrupt zero", signal.siginterrupt, 0, True)
attempt("siginterrupt str signal", signal.siginterrupt, "invalid", True)
attempt("siginterrupt str flag", signal.siginterrupt, signal.SIGCHLD, "invalid")
attempt("siginterrupt huge flag", signal.siginterrupt, signal.SIGCHLD, 2**40)
attempt("alarm huge", signal.alarm, 2**40)
attempt("alarm float", signal.alarm, 1.5)
