# dis of match statements: value, singleton, capture, wildcard, or, as, sequence (with stars), mapping (with **rest),
# class patterns (positional and keyword), guards, and the default case
from _disutil import show


def literals(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5 | 2j:
            return "number"
        case None:
            return "none"
        case True:
            return "true"
        case "text" if x:
            return "guarded"
        case _:
            return "other"


def sequences(x):
    match x:
        case []:
            return 0
        case [a]:
            return a
        case [a, b]:
            return (a, b)
        case [a, *rest]:
            return rest
        case [*_]:
            return "any sequence"
        case [_, *_, last]:
            return last
        case (a, (b, c)):
            return c


def mappings(x):
    match x:
        case {}:
            return "mapping"
        case {"a": 1, "b": b}:
            return b
        case {"k": v, **rest}:
            return rest


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def classes(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(a, b) if a == b:
            return "diagonal"
        case int(n) | float(n):
            return n
        case str() as s:
            return s
        case (a, b) | (b, a, _):
            return a, b
        case {"x": (1 | 2) as v}:
            return v
        case other:
            return other


def single_default(x):
    match x:
        case _:
            return 1


for function in (literals, sequences, mappings, classes, single_default):
    print("=====", function.__name__)
    show(function)
    print()

for value in (1, -1, 2j, None, True, "text", [], [1], [1, 2], [1, 2, 3], (1, (2, 3)), {}, {"a": 1, "b": 2},
              {"k": 1, "z": 2}, Point(0, 0), Point(2, 2), 4, 2.5, "s", (1, 2), (1, 2, 3), {"x": 2}, object):
    print(repr(value)[:30], literals(value), sequences(value), mappings(value), classes(value) is not None)
