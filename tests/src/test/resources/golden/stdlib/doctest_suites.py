# DocTestSuite and DocFileSuite run by unittest; testfile; the __test__ dict of another module.
import doctest
import io
import os
import sys
import tempfile
import types
import unittest

module = types.ModuleType("sample_mod")
module.__file__ = "sample_mod.py"
exec('''
"""Module docstring.

>>> double(2)
4
"""

def double(x):
    """
    >>> double(3)
    6
    >>> double('a')
    'aa'
    """
    return 2 * x

def wrong():
    """
    >>> wrong()
    1
    >>> wrong() + 1
    2
    """
    return 0

def nothing():
    pass

__test__ = {"text": """
>>> double(10)
20
"""}
''', module.__dict__)
sys.modules["sample_mod"] = module


def report(suite):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
    print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
    for test, trace in result.failures:
        print("FAIL", str(test).replace(tempdir, "TMP"), "|", test.id(), "|", test.shortDescription())
        message = trace[trace.index("AssertionError: ") + len("AssertionError: "):]
        print(message.replace(tempdir, "TMP"), end="")


tempdir = tempfile.mkdtemp()
suite = doctest.DocTestSuite(module)
print(suite.countTestCases(), sorted(t.id() for t in suite))
report(suite)
report(doctest.DocTestSuite("sample_mod", optionflags=doctest.REPORT_NDIFF))
seen = []
report(doctest.DocTestSuite(module, setUp=lambda t: seen.append(("up", t.name)),
                            tearDown=lambda t: seen.append(("down", t.name))))
print(sorted(seen))
old = doctest.set_unittest_reportflags(doctest.REPORT_ONLY_FIRST_FAILURE)
print(old, doctest.set_unittest_reportflags(old))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as error:
    print("ValueError", error.args)

path = os.path.join(tempdir, "example.txt")
with open(path, "w") as stream:
    stream.write("""A text file with examples.

    >>> x = 3
    >>> x * 2
    6
    >>> print(x)
    4
    >>> __name__
    '__main__'
""")
report(doctest.DocFileSuite(path, module_relative=False))
saved = sys.stdout
sys.stdout = captured = io.StringIO()
try:
    result = doctest.testfile(path, module_relative=False)
    verbose = doctest.testfile(path, module_relative=False, verbose=True, name="named")
    globs = doctest.testfile(path, module_relative=False, globs={"x": 1}, report=False)
finally:
    sys.stdout = saved
print(captured.getvalue().replace(tempdir, "TMP"), end="")
print(result, verbose, globs)
try:
    doctest.testfile("/abs/path.txt")
except ValueError as error:
    print("ValueError", error)
try:
    doctest.testfile("x.txt", module_relative=False, package="os")
except ValueError as error:
    print("ValueError", error)

sys.stdout = captured = io.StringIO()
try:
    result = doctest.testmod(module, verbose=True)
finally:
    sys.stdout = saved
print(captured.getvalue(), end="")
print(result)
os.remove(path)
os.rmdir(tempdir)
