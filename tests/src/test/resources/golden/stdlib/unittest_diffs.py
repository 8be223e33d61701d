# The bundled unittest's failure messages with diffs (through the bundled difflib and pprint): lists, tuples,
# dicts, sets, multi-line strings, long values, maxDiff.
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
        print("-" * 20)
    else:
        print(name, "passed")


check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", [1, 2, 3], [1, 2])
check("assertEqual", [1], [1, 2, 3])
check("assertEqual", (1, "a"), (1, "b"))
check("assertEqual", [], [0])
check("assertEqual", {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("assertEqual", {"b": 1}, {"a": [1, 2], "c": {"x": None}})
check("assertEqual", "hello", "hallo")
check("assertEqual", "one\ntwo\nthree\n", "one\nTWO\nthree\n")
check("assertEqual", "first line\nsecond", "first line\nsecond line\nthird")
check("assertEqual", "abc", "xyz")
check("assertEqual", "", "x")
check("assertEqual", "trailing\n", "trailing")
check("assertMultiLineEqual", "a\nb\nc\nd\ne\n", "a\nc\nd\nX\ne\n")
check("assertEqual", list(range(30)), list(range(29)) + [99])
check("assertEqual", {i: str(i) * 3 for i in range(12)}, {i: str(i) * 3 for i in range(1, 13)})
check("assertEqual", ["x" * 50, "y" * 50], ["x" * 50, "z" * 50])
check("assertSequenceEqual", "abc", "abd")
check("assertEqual", [[1, 2], {"k": (3, 4)}], [[1, 2], {"k": (3, 5)}])
check("assertEqual", "line\n" * 200, "line\n" * 199 + "other\n")
t.maxDiff = None
check("assertEqual", [str(i) * 10 for i in range(12)], [str(i) * 10 for i in range(12) if i != 5])
check("assertDictEqual", {"key": "value " * 20}, {"key": "value " * 19})
check("assertCountEqual", ["a", "b"] * 3, ["a", "c"] * 3)
