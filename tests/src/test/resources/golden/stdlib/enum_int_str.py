# IntEnum, StrEnum and IntFlag: members that are ints and strs.
from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, auto
class Color(IntEnum):
    RED = 1
    GREEN = 2
print(Color.RED, repr(Color.RED), Color.RED == 1, Color.RED + 1, hash(Color.RED) == hash(1), f"{Color.GREEN}", Color(2), Color.RED < Color.GREEN)
print(sorted([Color.GREEN, Color.RED]), [1, 2, 3][Color.RED], isinstance(Color.RED, int), Color.RED.name, Color.RED.value, list(Color))
class Shade(StrEnum):
    DARK = auto()
    LIGHT = "light!"
print(Shade.DARK, repr(Shade.DARK), Shade.DARK == "dark", Shade.LIGHT.upper(), f"{Shade.LIGHT:>8}|", Shade("dark"))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R, repr(Perm.R | Perm.W), Perm.R | Perm.W, int(Perm.R | 1), Perm.R & 4, repr(Perm(6)), Perm.W in (Perm.R | Perm.W), repr(~Perm.R))
class Mode(Flag):
    A = auto()
    B = auto()
print(repr(Mode.A | Mode.B), Mode.B.value)
class Num(IntEnum):
    ONE = auto()
    TWO = auto()
print(Num.TWO.value, Num.ONE * 10)
