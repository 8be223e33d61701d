# sys.excepthook's default writes to the current sys.stderr, honouring sys.tracebacklimit; an uncaught exception
# goes through sys.excepthook, and a failing hook is reported with the original exception.
import contextlib
import io
import sys


def recurse(n):
    if n == 0:
        raise RuntimeError("PANIC!!!")
    recurse(n - 1)


def shown(limit=None):
    if limit is not None:
        sys.tracebacklimit = limit
    with io.StringIO() as err, contextlib.redirect_stderr(err):
        try:
            recurse(4)
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        text = err.getvalue()
    if hasattr(sys, "tracebacklimit"):
        del sys.tracebacklimit
    return text.replace(__file__, "FILE")


print(shown())
print(shown(2))
print(shown(0))
print(shown(-5))
print(shown(10**30))
sys.excepthook(int, 5, None)

# the unraisable hook's report goes to sys.stderr too
class Noisy:
    def __del__(self):
        1 / 0

with io.StringIO() as err, contextlib.redirect_stderr(err):
    Noisy()
    text = err.getvalue()
print(text.replace(__file__, "FILE").splitlines()[0].split(" at ")[0])

# sys.excepthook replaced: it gets the uncaught exception
seen = []
def hook(exc_type, value, tb):
    seen.append((exc_type.__name__, str(value), tb.tb_lineno))
    print("hook:", exc_type.__name__, value, file=sys.stderr)
    raise ValueError("the hook failed")

sys.excepthook = hook
print("last line", flush=True)
{}["missing"]
