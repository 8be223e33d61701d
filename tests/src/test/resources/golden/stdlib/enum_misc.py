# enum: _convert_, inspect.signature of enum classes, custom _missing_ on flags, data types with their own
# __str__/__format__, auto() in mixins and IntFlag, the module's namespace.
import enum
import inspect
import re
import sys
import types
from enum import Enum, IntEnum, IntFlag, Flag, StrEnum, ReprEnum, auto


def attempt(title, make):
    try:
        result = make()
        print(title, "->", result)
    except Exception as e:
        print(title, "->", type(e).__name__ + ":", re.sub(r"0x[0-9a-f]+", "0x..", str(e)))


consts = types.ModuleType("consts")
consts.C_ONE = 1
consts.C_TWO = 2
consts.C_UNO = 1
consts.OTHER = 5
sys.modules["consts"] = consts
Converted = IntEnum._convert_("Converted", "consts", lambda name: name.startswith("C_"))
print(list(Converted), Converted.C_UNO, consts.Converted is Converted, consts.C_TWO, type(consts.C_TWO).__name__)
print(Converted.__module__, Converted._boundary_ if hasattr(Converted, "_boundary_") else "no boundary")
FlagConverted = IntFlag._convert_("FlagConverted", "consts", lambda name: name.startswith("C_"), as_global=True)
print(repr(consts.C_TWO), repr(FlagConverted(3)), FlagConverted._boundary_)


class Color(Enum):
    RED = 1


print(inspect.signature(Color), inspect.signature(Enum))


class Lenient(Flag):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if value == 99:
            return cls.A
        return super()._missing_(value)


print(Lenient(99), Lenient(3), repr(Lenient(0)))
attempt("Lenient(8)", lambda: Lenient(8))


class Level(IntFlag):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print([m.value for m in Level], repr(Level.LOW | 16), ~Level.LOW, Level(-1), repr(Level(-8)))


class LowerMixin:
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + "!"


class Mixed(LowerMixin, Enum):
    A = auto()


print(Mixed.A.value)


class Temperature(float, ReprEnum):
    HOT = 100.0

    def __str__(self):
        return "really hot"


print(str(Temperature.HOT), format(Temperature.HOT, ".1f"), repr(Temperature.HOT), f"{Temperature.HOT}")


class Point(tuple, Enum):
    ORIGIN = (0, 0)
    X = (1, 0)


print(repr(Point.X), Point.X[0], Point((1, 0)), Point.X.value, type(Point.X.value).__name__)


class Answer(IntEnum):
    YES = 1
    NO = 0

    def __format__(self, spec):
        return self.name.lower()


print(f"{Answer.YES}", str(Answer.NO), repr(Answer.YES), "%s" % Answer.NO, "{:d}".format(Answer.YES))


class Hex(IntEnum):
    A = 10

    def __repr__(self):
        return "Hex(%#x)" % self.value


print(repr(Hex.A), str(Hex.A), [Hex.A])


class WithDoc(Enum):
    """Documented."""
    A = 1


print(WithDoc.__doc__, Color.__doc__, WithDoc.A.__doc__)
print(enum.EnumType.__name__, enum.EnumMeta is enum.EnumType, enum.Enum.__module__, enum.property.__module__)
print(type(enum.UNIQUE).__name__, enum.EnumCheck.__module__, enum.verify.__module__, "UNIQUE" in dir(enum))
print(type(Color.__members__).__name__, Color.__members__["RED"], dict(Color.__members__))
attempt("write __members__", lambda: Color.__members__.__setitem__("X", 1))
print(isinstance(Enum.__dict__["name"], enum.property), isinstance(Enum.__dict__["name"], property))
print(Color.RED.__class__, Color.RED.__objclass__, Color.RED._sort_order_, Color._value_repr_)
print(Level._value_repr_ is int.__repr__, StrEnum._value_repr_ is str.__repr__, IntEnum._member_type_)
print(sorted(k for k in vars(Level) if k.startswith("_") and k.endswith("_") and not k.startswith("__")))
print(sorted(k for k in vars(Color) if k.startswith("_") and k.endswith("_") and not k.startswith("__")))
print(sorted(k for k in vars(Color) if k.startswith("__")))
