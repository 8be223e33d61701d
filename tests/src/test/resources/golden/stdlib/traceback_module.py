# The bundled traceback and linecache modules: printing and formatting exceptions (chains, notes, folded recursion,
# position markers), extracting stacks and tracebacks, FrameSummary/StackSummary/TracebackException.
import sys
import traceback
import linecache

FILE = sys._getframe().f_code.co_filename
HERE = FILE.rpartition("/")[0] + "/" if "/" in FILE else ""


def clean(value):
    return str(value).replace(HERE, "")


def inner(x):
    return x[1] + 1

def outer():
    return inner({})

try:
    outer()
except KeyError:
    traceback.print_exc(file=sys.stderr)
    print(clean(repr(traceback.format_exc())))

try:
    1 / 0
except ZeroDivisionError as e:
    print(clean(traceback.format_exception(e)))
    print(traceback.format_exception_only(e))
    print(clean(traceback.format_exception(type(e), e, e.__traceback__)))
    for fs in traceback.extract_tb(e.__traceback__):
        print(clean(fs), fs.filename == FILE, fs.lineno, fs.name, fs.line, clean(list(fs)), len(fs))
    print(clean(traceback.format_tb(e.__traceback__)))
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])

def chained():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError("bad") from e

try:
    chained()
except ValueError as e:
    traceback.print_exception(e, file=sys.stderr)
    print(clean("".join(traceback.format_exception(e, chain=False))))

try:
    try:
        [][3]
    except IndexError:
        None.foo
except AttributeError as e:
    traceback.print_exception(e, file=sys.stderr)
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type, len(te.stack))
    print(''.join(te.format_exception_only()))

def show_stack():
    print(clean(''.join(traceback.format_stack()[-2:])))
    s = traceback.extract_stack()
    print(s[-1].name, s[-1].line, len(s) >= 2)

def caller():
    show_stack()

caller()
traceback.print_stack(file=sys.stderr)
print(traceback.format_exception_only(ValueError, ValueError('x')))
print(traceback.format_exception(None))
e = RuntimeError("no tb")
print(clean(traceback.format_exception(e)))
e.add_note("a note")
print(traceback.format_exception_only(e))
print(traceback.format_list([('f.py', 3, 'g', 'x = 1')]))
try:
    traceback.format_exception(5)
except TypeError as x:
    print(x)
def rec(n):
    if n == 0:
        raise RuntimeError('deep')
    rec(n - 1)
try:
    rec(10)
except RuntimeError:
    traceback.print_exc(file=sys.stderr)
class MyErr(Exception):
    pass
try:
    raise MyErr()
except MyErr:
    traceback.print_exc(file=sys.stderr)
try:
    exec_ = None
    x = 1 +  \
        undefined_name
except NameError:
    traceback.print_exc(file=sys.stderr)
print(traceback.FrameSummary('a.py', 1, 'f', line='z') == ('a.py', 1, 'f', 'z'))
print(repr(traceback.FrameSummary('a.py', 1, 'f', line='z')))
traceback.print_exc(file=sys.stderr)

print(repr(linecache.getline(FILE, 1)))
print(linecache.getline(FILE, 100000) == "", linecache.getlines("/no/such/file.py"), linecache.getline("<string>", 1) == "")
linecache.checkcache(FILE)
linecache.clearcache()
print(len(linecache.getlines(FILE)) > 100)
print(traceback.extract_tb(None), traceback.format_tb(None))
try:
    traceback.print_exception(ValueError, ValueError("v"))
except ValueError as error:
    print("ValueError", error)
traceback.print_exception(ValueError, ValueError("explicit"), None)
print(clean(traceback.format_exception(KeyError, KeyError("a"), None, chain=False)))
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second") from None
except ValueError as e:
    print(traceback.format_exception(e)[-1], len(traceback.format_exception(e)))
def limited(n):
    if n:
        limited(n - 1)
    else:
        raise IndexError("bottom")
try:
    limited(4)
except IndexError as e:
    print(len(traceback.extract_tb(e.__traceback__)), len(traceback.extract_tb(e.__traceback__, limit=2)),
          [fs.lineno for fs in traceback.extract_tb(e.__traceback__, limit=-2)])
    traceback.print_exc(limit=2)
    traceback.print_tb(e.__traceback__, limit=1)
    summary = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__), capture_locals=True)
    print(summary[1].locals, summary[1].name)
    print(clean(summary.format()[1]))
# SyntaxError's own last lines: location, source line and markers
print(traceback.format_exception_only(SyntaxError("invalid syntax", ("f.py", 3, 5, "    x = = 1\n", 3, 6))))
print(traceback.format_exception_only(SyntaxError("bad thing")))
print(traceback.format_exception_only(SyntaxError("msg", ("g.py", 1, 1, "\tabc\n", 1, 4))))


class IndentError(IndentationError):
    pass


print(traceback.format_exception_only(IndentError("unexpected indent", ("h.py", 2, 3, "  y\n", 2, 3))))
