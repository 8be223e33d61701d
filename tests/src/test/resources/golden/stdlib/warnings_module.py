# The warnings module: warn with categories and stacklevel, the default filters (once per location; deprecation
# warnings shown only when triggered in __main__), filterwarnings/simplefilter/resetwarnings, catch_warnings,
# the showwarning/formatwarning hooks, warn_explicit, and unittest's assertWarns. Warnings go to stderr.
import io
import sys
import unittest
import warnings

import _warnings_helper


def attempt(function, *args, **kwargs):
    try:
        print(repr(function(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print("-- default filters")
print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)
warnings.warn("plain user warning")
for i in range(3):
    warnings.warn("in a loop: shown once")
warnings.warn("a runtime problem", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn("deprecated in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
_warnings_helper.deprecated_here()
_warnings_helper.old_api()
_warnings_helper.user_warning()
_warnings_helper.user_warning()


def level_two():
    warnings.warn("blame the caller", stacklevel=2)


level_two()
warnings.warn("far up the stack", stacklevel=50)
warnings.warn(123)
print(sorted(str(k) for k in __warningregistry__)[:3])
sys.stderr.flush()

print("-- bad arguments")
attempt(warnings.warn, "x", int)
attempt(warnings.warn, "x", "notaclass")
attempt(warnings.filterwarnings, "bogus")
attempt(warnings.filterwarnings, "ignore", 5)
attempt(warnings.filterwarnings, "ignore", category=int)
attempt(warnings.filterwarnings, "ignore", lineno=-1)
attempt(warnings.simplefilter, "nope")

print("-- catch_warnings(record=True)")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn("first")
    _warnings_helper.old_api()
print(len(log))
for w in log:
    print(type(w).__name__, w.category.__name__, str(w.message), type(w.message).__name__,
          w.filename.endswith(".py"), w.lineno, w.line, w.file, w.source)
print(str(log[0]).replace(log[0].filename, "FILE"))
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))
cw = warnings.catch_warnings()
attempt(cw.__exit__, None, None, None)
cw.__enter__()
attempt(cw.__enter__)
cw.__exit__(None, None, None)
print(warnings.filters == [f for f in warnings.filters])

print("-- filters")
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.simplefilter("always", UserWarning, append=True)
    print([(a, m.pattern if m else m, c.__name__, mod, ln) for a, m, c, mod, ln in warnings.filters])
    warnings.warn("skip me please")
    warnings.warn("SKIP is case-insensitive")
    warnings.warn("kept")
    warnings.warn("kept")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    warnings.filterwarnings("ignore", module="_warnings_hel")
    _warnings_helper.user_warning()
    warnings.simplefilter("ignore", lineno=1)
    warnings.simplefilter("ignore", lineno=1)
    print(len(warnings.filters))
print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once only")
        warnings.warn("once only")
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("module-wide")
    warnings.warn("module-wide")
print([str(w.message) for w in log])
with warnings.catch_warnings(action="ignore"):
    warnings.warn("never shown")
with warnings.catch_warnings(record=True, action="always", category=RuntimeWarning) as log:
    warnings.warn("runtime", RuntimeWarning)
    warnings.warn("runtime", RuntimeWarning)
print(len(log))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    attempt(warnings.warn, "boom", SyntaxWarning)
print(warnings.filters[0][0], len(warnings.filters))

print("-- hooks")
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3, line="  code()  ")))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3, line="")))
warnings.showwarning("shown directly", UserWarning, "somefile.py", 7)
warnings.showwarning("to stdout", UserWarning, "somefile.py", 7, file=sys.stdout, line="the line")
sys.stderr.flush()
saved = warnings.showwarning


def my_showwarning(message, category, filename, lineno, file=None, line=None):
    print("HOOK:", category.__name__, message, lineno, line)


warnings.showwarning = my_showwarning
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("through the hook")
    with warnings.catch_warnings(record=True) as log:
        warnings.warn("recorded despite the hook")
    print(len(log))
warnings.showwarning = saved
saved_format = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: f"[{category.__name__}] {message}\n"
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("custom format")
warnings.formatwarning = saved_format
warnings.showwarning = 42
with warnings.catch_warnings():
    warnings.simplefilter("always")
    attempt(warnings.warn, "bad hook")
warnings.showwarning = saved
sys.stderr.flush()

print("-- warn_explicit")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    registry = {}
    warnings.warn_explicit("explicit", UserWarning, "virtual.py", 10, registry=registry)
    warnings.warn_explicit("explicit", UserWarning, "virtual.py", 10, registry=registry)
    warnings.warn_explicit("explicit", UserWarning, "virtual.py", 11, registry=registry)
    warnings.warn_explicit(RuntimeWarning("as instance"), UserWarning, "virtual.py", 12, module="mod")
    attempt(warnings.warn_explicit, "bad line", UserWarning, "virtual.py", "12")
    print(sorted(str(k) for k in registry))
print([(str(w.message), w.category.__name__, w.filename, w.lineno) for w in log])
warnings.warn_explicit("straight to stderr", UserWarning, "virtual.py", 3, source=object())
sys.stderr.flush()

print("-- unittest.assertWarns")


class WarnTests(unittest.TestCase):
    def test_context(self):
        with self.assertWarns(DeprecationWarning) as cm:
            _warnings_helper.old_api()
        print("caught", cm.warning, cm.filename.endswith("warnings_module.py"), cm.lineno > 0)

    def test_callable(self):
        self.assertWarns(UserWarning, warnings.warn, "called")

    def test_regex(self):
        with self.assertWarnsRegex(RuntimeWarning, "r.n"):
            warnings.warn("a run of luck", RuntimeWarning)

    def test_missing(self):
        with self.assertRaises(AssertionError) as cm:
            with self.assertWarns(UserWarning):
                pass
        print(cm.exception)

    def test_wrong_text(self):
        with self.assertRaises(AssertionError) as cm:
            with self.assertWarnsRegex(UserWarning, "xyz"):
                warnings.warn("abc")
        print(cm.exception)


suite = unittest.defaultTestLoader.loadTestsFromTestCase(WarnTests)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print(result.wasSuccessful(), result.testsRun, result.failures, result.errors)
