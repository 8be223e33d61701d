# call / line / return events for plain functions, nested functions, recursion, lambdas and class bodies.
import sys
from _show import run_traced, make_tracer


def simple(a, b):
    c = a + b
    d = c * 2
    return d


def nested(x):
    def inner(y):
        return y + 1
    z = inner(x)
    return inner(z)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def one_line(): return 42


def several_per_line():
    a = 1; b = 2; c = 3
    return a + b + c


def with_doc():
    "A docstring is no statement."
    global GLOBAL_VALUE
    GLOBAL_VALUE = 5
    return GLOBAL_VALUE


def only_doc():
    "Nothing else."


def lambdas():
    add = lambda p, q: p + q
    return add(1, 2) + (lambda: 3)()


def classes():
    class Point:
        """A point."""
        x = 1
        y = 2

        def norm(self):
            return self.x + self.y
    return Point().norm()


def conditional(v):
    if v > 10:
        r = "big"
    elif v > 5:
        r = "medium"
    else:
        r = "small"
    return r


for case in (lambda: simple(1, 2), lambda: nested(3), lambda: fact(3), one_line, several_per_line,
             with_doc, only_doc, lambdas, classes, lambda: conditional(7), lambda: conditional(20),
             lambda: conditional(1)):
    print("--", run_traced(case))

print(sys.gettrace())
