# enum: Enum members (lookup by value and name, iteration, aliases, errors), auto, unique, Flag.
from enum import Enum, Flag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()} ({self.value})"


print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value, len(Color))
print(list(Color), [c.name for c in Color], Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1)
print(Color.BLUE.describe(), isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), Perm(6), list(rw))


class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()


print([m.value for m in Auto], {c: c.value for c in Color}[Color.GREEN], Color.__members__.keys())


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, list(Shape), Shape(2))
try:
    unique(Shape)
except ValueError as e:
    print("ValueError:", e)
