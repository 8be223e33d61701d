# logging: hierarchy, levels, basicConfig, handlers, formatters (%, {, $), filters, adapters, lastResort.
import logging, sys, io, os
HERE = os.path.dirname(os.path.abspath(sys._getframe(0).f_code.co_filename)) + os.sep

logging.warning("no config %s", "here")
logging.getLogger("quiet").info("not shown")
logging.getLogger("lib").error("lib error %d", 5)
print(logging.getLevelName(10), logging.getLevelName(25), logging.getLevelName("ERROR"), logging.getLevelName("nope"))
root = logging.getLogger()
print(root, root is logging.root, logging.getLogger("root") is root)
a = logging.getLogger("a")
abc = logging.getLogger("a.b.c")
ab = logging.getLogger("a.b")
print(abc.parent.name, ab.parent.name, a.parent.name, a.getChild("b") is ab)
print(a, abc, a.getEffectiveLevel())

stream = io.StringIO()
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(module)s %(filename)s | %(message)s", stream=stream)
def work():
    logging.info("inside work")
    ab.debug("debug from %s", "ab")
work()
logging.log(logging.WARNING, "log %(x)s", {"x": 1})
logging.basicConfig(level=logging.ERROR)   # ignored: root has a handler
logging.debug("still debug")
print(stream.getvalue(), end="")

stream2 = io.StringIO()
logging.basicConfig(force=True, stream=stream2, format="{levelname}|{name}|{message}", style="{", level="INFO")
logging.debug("hidden")
logging.info("shown")
a.setLevel(logging.ERROR)
abc.warning("filtered by a's level? no: own effective level")
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING))
abc.setLevel(logging.DEBUG)
abc.debug("abc debug")
print(stream2.getvalue(), end="")

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("[%(levelname)s] %(name)s: %(message)s"))
h.setLevel(logging.WARNING)
svc = logging.getLogger("svc")
svc.addHandler(h)
svc.propagate = False
svc.setLevel(logging.DEBUG)
svc.info("below handler level")
svc.warning("warn %s %s", 1, [2])
try:
    1 / 0
except ZeroDivisionError:
    svc.exception("failed")
try:
    {}["k"]
except KeyError as e:
    svc.error("with exc", exc_info=e)
svc.critical("crit")
adapter = logging.LoggerAdapter(svc, {"user": "bob"})
h.setFormatter(logging.Formatter("%(user)s %(funcName)s %(message)s"))
def adapted():
    adapter.warning("adapted %d", 3)
adapted()
print(adapter)
svc.removeHandler(h)
svc.warning("lost: no handlers, propagate off -> lastResort? ")
print(out.getvalue().replace(HERE, ""), end="")

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.lineno % 2 == 1
f_out = io.StringIO()
h2 = logging.StreamHandler(f_out)
h2.addFilter(lambda r: "secret" not in r.getMessage())
svc.addHandler(h2)
svc.warning("public")
svc.warning("secret stuff")
flt = logging.Filter("svc.sub")
print(flt.filter(logging.makeLogRecord({"name": "svc.sub.x"})), flt.filter(logging.makeLogRecord({"name": "svc.subx"})))
logging.disable(logging.WARNING)
svc.warning("disabled")
svc.error("error passes")
logging.disable(logging.NOTSET)
print(f_out.getvalue(), end="")
nh = logging.getLogger("nulled")
nh.addHandler(logging.NullHandler())
nh.propagate = False
nh.error("swallowed")
print(logging.getLogger("x.y").hasHandlers())
try:
    svc.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    svc.setLevel(None)
except TypeError as e:
    print("TypeError:", e)
try:
    logging.Formatter("no fields")
except ValueError as e:
    print("ValueError:", e)
try:
    svc.log("x", "m")
except TypeError as e:
    print("TypeError:", e)
try:
    svc.warning("m", extra={"message": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename="x")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print("ValueError:", e)
r = logging.LogRecord("n", logging.INFO, "/p/mod.py", 7, "m %s", ("a",), None)
print(r, r.getMessage(), r.filename, r.module, r.levelname)
fmt = logging.Formatter("%(message)s %(extra_field)s", defaults={"extra_field": "D"})
print(fmt.format(r))
print(logging.Formatter("$levelname $message", style="$").format(r))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
path = "logging_basics_output.txt"
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
fl = logging.getLogger("file")
fl.addHandler(fh)
fl.warning("to file")
fl.log(25, "notice")
fh.close()
with open(path) as f:
    print(f.read(), end="")
os.remove(path)
logging.basicConfig(force=True, stream=sys.stdout)
logging.warning("finally %s", "stdout")
logging.getLogger("m.n").error("child")
for bad in ("{levelname!x}", "{levelname:zz}", "{a b}", "{levelname", "plain"):
    try:
        logging.Formatter(bad, style="{")
    except ValueError as e:
        print("ValueError:", e)
print(repr(logging.StreamHandler(io.StringIO())), repr(logging.NullHandler()))
print(logging.getLogger(), logging.getLogger("a.b"))
bad = logging.getLogger("badfmt")
bad.propagate = False
bad.addHandler(logging.StreamHandler(io.StringIO()))
print(logging.getLevelNamesMapping()["WARN"], logging.INFO, logging.FATAL)
