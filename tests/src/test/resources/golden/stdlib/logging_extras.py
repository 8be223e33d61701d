# logging: stacklevel, stack_info, and the report of an error raised while emitting a record.
import logging, io, sys
out = io.StringIO()
log = logging.getLogger("st")
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
log.addHandler(h)
def helper():
    log.warning("from helper, attributed to caller", stacklevel=2)
def outer():
    helper()
    log.warning("with stack", stack_info=True)
outer()
print(out.getvalue().replace(sys._getframe(0).f_code.co_filename, "FILE"), end="")
err = io.StringIO()
old = sys.stderr
sys.stderr = err
logging.basicConfig()
logging.warning("bad %s %s", 1)
sys.stderr = old
lines = err.getvalue().replace(sys._getframe(0).f_code.co_filename, "FILE").splitlines()
# The traceback's middle names logging's own source lines, which differ between implementations.
print(lines[0])
print("\n".join(lines[lines.index("Call stack:") - 1:]))
print("after")
