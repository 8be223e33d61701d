# A builtin list/tuple + an instance of a subclass; generator.throw with a class whose __new__ returns a
# non-exception; math.pow and math.fmod at nan and infinities (C99 rules)
import math
from collections import namedtuple


class MyTuple(tuple):
    pass


class MyList(list):
    pass


class RightAdd(tuple):
    def __radd__(self, other):
        return "RightAdd.__radd__"


Pair = namedtuple("Pair", "a b")
t = (1, 2)
for result in [t + MyTuple((3, 4)), MyTuple((3, 4)) + t, t + Pair(5, 6), [1] + MyList([2]), MyList([2]) + [1],
               (1,) + RightAdd((2,)), t == MyTuple((1, 2)), [1] < MyList([2])]:
    print(repr(result), type(result).__name__)
for bad in [lambda: (1,) + MyList(), lambda: [1] + MyTuple()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class BadException(BaseException):
    def __new__(cls, *args, **kwargs):
        return 1


class Plain(Exception):
    pass


def gen():
    try:
        yield 1
    except Exception as e:
        print("generator caught", type(e).__name__, e.args)
        yield 2


for thrown in [(BadException,), (Plain,), (Plain("instance"),)]:
    g = gen()
    next(g)
    try:
        print(g.throw(*thrown))
    except TypeError as e:
        print("TypeError", e)

nan, inf = math.nan, math.inf
for x, y in [(1.0, nan), (nan, 0.0), (1.0, inf), (-1.0, inf), (-1.0, -inf), (0.0, -inf), (0.0, inf), (2.0, -inf),
             (0.5, -inf), (-inf, 3.0), (-inf, -3.0), (inf, 0.0), (nan, 1.0), (0.0, -1.0), (-8.0, 1 / 3), (10.0, 400.0)]:
    try:
        print("pow", x, y, math.pow(x, y))
    except (ValueError, OverflowError) as e:
        print("pow", x, y, type(e).__name__, e)
for x, y in [(nan, 0.0), (inf, nan), (1.0, 0.0), (inf, 1.0), (5.0, inf), (-5.0, -inf), (7.5, 2.0), (-7.5, 2.0), (nan, nan)]:
    try:
        print("fmod", x, y, math.fmod(x, y))
    except ValueError as e:
        print("fmod", x, y, type(e).__name__, e)
