# With sys.stderr replaced, tracebacks and an uncaught SystemExit's message go to the replacement.
import sys


class Cleaned:
    """Writes to stdout, with this file's path shortened (the path differs between machines)."""

    def write(self, text):
        return sys.stdout.write(text.replace(__file__, "FILE"))

    def flush(self):
        sys.stdout.flush()


sys.stderr = Cleaned()
print("before")
try:
    1 / 0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
print("sys.last_exc" if hasattr(sys, "last_exc") else "no last_exc yet")
raise SystemExit("bye via stdout")
