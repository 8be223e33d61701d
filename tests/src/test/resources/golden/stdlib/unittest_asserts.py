# The bundled unittest's assert methods: each passing case, and the message of each failing one (CPython's
# wording, msg= with longMessage on and off, long reprs shortened), assertRaises in both forms.
import unittest


class Case(unittest.TestCase):
    def runTest(self):
        pass


t = Case()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as error:
        print(name, "->", type(error).__name__ + ":", error)
    except Exception as error:
        print(name, "raised", type(error).__name__ + ":", error)
    else:
        print(name, "passed")


check("assertEqual", 1, 1)
check("assertEqual", 1, 2)
check("assertEqual", 1, 2, "custom")
check("assertEqual", 1.5, 2, msg="with msg")
check("assertEqual", "x" * 100, "x" * 99 + "y")
check("assertEqual", [1, 2], (1, 2))
check("assertNotEqual", 3, 4)
check("assertNotEqual", 3, 3)
check("assertTrue", [1])
check("assertTrue", [])
check("assertTrue", 0, "zero")
check("assertFalse", "")
check("assertFalse", "text")
check("assertIs", None, None)
check("assertIs", [], [])
check("assertIsNot", t, t)
check("assertIsNone", None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 1, [1])
check("assertIn", "z", "abc")
check("assertNotIn", "a", "abc")
check("assertIsInstance", 1, int)
check("assertIsInstance", 1, str)
check("assertIsInstance", 1, (str, list))
check("assertNotIsInstance", 1, int)
check("assertGreater", 2, 1)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=3)
check("assertAlmostEqual", 1.0, 1.5, delta=0.1)
check("assertAlmostEqual", 1.0, 1.05, delta=0.1)
check("assertAlmostEqual", 1.0, 1.5, places=1, delta=0.1)
check("assertNotAlmostEqual", 1.0, 1.1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.05, delta=0.1)
check("assertCountEqual", [1, 2, 2], [2, 1, 2])
check("assertCountEqual", [1, 2, 2, "a"], [2, 1, 1, "b"])
check("assertCountEqual", [[1], [2]], [[2], [3]])
check("assertSetEqual", {1, 2}, {2, 1})
check("assertSetEqual", {1, 2}, {2, 3})
check("assertSetEqual", {1}, set())
check("assertSetEqual", 1, {1})
check("assertEqual", {1, 2}, {1, 2, 3})
check("assertEqual", frozenset([1]), frozenset([2]))
check("assertListEqual", [1], (1,))
check("assertTupleEqual", (1,), [1])
check("assertSequenceEqual", [1, 2], (1, 2))
check("assertDictEqual", [], {})
check("assertMultiLineEqual", 1, "a")
check("fail")
check("fail", "because")
check("assertEqual", [1, 2], [1, 2])
check("assertEqual", {"a": 1}, {"a": 1})
check("assertEqual", (1, [2]), (1, [2]))
check("assertEqual", "same", "same")

t.longMessage = False
check("assertEqual", 1, 2, "only this")
check("assertEqual", 1, 2)
t.longMessage = True

# assertRaises as a context manager and with a callable
with t.assertRaises(ZeroDivisionError) as caught:
    1 / 0
print(type(caught.exception).__name__, caught.exception, caught.exception.__traceback__)
with t.assertRaises((KeyError, IndexError)) as caught:
    [][1]
print(type(caught.exception).__name__)
print(t.assertRaises(ValueError, int, "x"))


def raiser(value, *, kind=TypeError):
    raise kind(value)


t.assertRaises(KeyError, raiser, "k", kind=KeyError)
for body in (lambda: None, lambda: raiser("wrong type")):
    try:
        t.assertRaises(ValueError, body)
    except AssertionError as error:
        print("AssertionError", error)
    except TypeError as error:
        print("TypeError propagates:", error)
try:
    with t.assertRaises(ValueError, msg="needs a ValueError"):
        pass
except AssertionError as error:
    print("AssertionError", error)
try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as error:
    print("AssertionError", error)
for bad in (5, [ValueError], (ValueError, 3)):
    try:
        t.assertRaises(bad)
    except TypeError as error:
        print("TypeError", error)
try:
    t.assertRaises(ValueError, wrong=1)
except TypeError as error:
    print("TypeError", error)


class Custom(unittest.TestCase):
    failureException = RuntimeError
    longMessage = False

    def runTest(self):
        self.assertEqual(1, 2, "custom failure type")


result = unittest.TestResult()
Custom().run(result)
print(len(result.failures), len(result.errors), result.failures[0][1].splitlines()[-1])
