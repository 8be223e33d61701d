# enum: the functional API, repr/str/format of each kind of enum, mixins, global_enum and its reprs.
import dataclasses
import enum
import pickle
import re
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto


def attempt(title, make):
    try:
        result = make()
        print(title, "->", result)
    except Exception as e:
        print(title, "->", type(e).__name__ + ":", re.sub(r"0x[0-9a-f]+", "0x..", str(e)))


Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.__module__, Animal.__qualname__, pickle.loads(pickle.dumps(Animal.BEE)) is Animal.BEE)
print(list(Enum("Commas", "A, B,C")), list(Enum("Listed", ["X", "Y"], start=10)), list(Enum("Tup", ("P", "Q"))))
print(list(Enum("Pairs", [("A", "a"), ("B", "b")])), list(Enum("Mapping", {"ONE": 1, "TWO": 2})))
print(list(IntEnum("Ints", "A B")), list(Flag("Flags", "R W X")), list(StrEnum("Strs", "Alpha Beta")))
Typed = Enum("Typed", "A B", type=int, module="somewhere", qualname="Outer.Typed")
print(list(Typed), Typed.__module__, Typed.__qualname__, Typed.A + 1, Typed.__mro__)
Kept = Flag("Kept", "A B", boundary=enum.KEEP)
print(repr(Kept(7)), Kept._boundary_)
Empty = Enum("Empty", ())
print(list(Empty), len(Empty), repr(Empty))
attempt("Enum('X')", lambda: Enum("X"))
attempt("Enum('X', 5)", lambda: Enum("X", 5))
attempt("Enum('X', 'A A')", lambda: Enum("X", "A A"))
attempt("Enum('X', 'mro')", lambda: Enum("X", "mro"))
attempt("Enum('X', '_x_')", lambda: Enum("X", "_x_"))
Floats = Enum("Floats", [("HALF", 0.5)], type=float)
print(repr(Floats.HALF), str(Floats.HALF), format(Floats.HALF, ">8"), Floats.HALF * 2)
print(Animal.__reduce_ex__(4))


class Number(IntEnum):
    ONE = 1
    TWO = 2


class Text(StrEnum):
    HELLO = "hello"


class Mixed(int, Enum):
    A = 1


class Mixed2(str, Enum):
    A = "a"


class FloatRepr(float, ReprEnum):
    PI = 3.25


class Plain(Enum):
    A = 1
    B = "b"


for member in (Number.ONE, Text.HELLO, Mixed.A, Mixed2.A, FloatRepr.PI, Plain.A, Plain.B, Open := IntFlag("Open", "R W").R,
               Flag("F", "X Y").X | Flag("F", "X Y").X):
    print(repr(member), str(member), format(member), f"{member:>12}|", "%s" % member)

print(Number.ONE + Number.TWO, Number.TWO * 2, Number.ONE == 1, int(Number.TWO), Number(2), Number.TWO in Number)
print(Text.HELLO.upper(), Text.HELLO + "!", len(Text.HELLO), Text("hello"), Text.HELLO == "hello")
print("%d %s %r" % (Number.ONE, Number.ONE, Number.ONE), "{} {!r} {:d}".format(Number.TWO, Number.TWO, Number.TWO))
print(str(Mixed.A), format(Mixed.A), Mixed.A + 1, hash(Mixed.A) == hash(1), f"{Mixed2.A}")


@dataclasses.dataclass
class Point:
    x: int
    y: int


class Corner(Point, Enum):
    ORIGIN = 0, 0
    UNIT = 1, 1


print(repr(Corner.UNIT), Corner.UNIT.x, Corner.ORIGIN.value, str(Corner.UNIT))


@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int


class UsesNoRepr(NoRepr, Enum):
    A = 5


print(re.sub(r"0x[0-9a-f]+", "0x..", repr(UsesNoRepr.A)))


class CustomStr(Enum):
    A = 1

    def __str__(self):
        return "custom"

    def __format__(self, spec):
        return "formatted:" + spec


print(str(CustomStr.A), format(CustomStr.A, "x"), f"{CustomStr.A}", repr(CustomStr.A))


class Version(str, Enum):
    V1 = "1"

    def __repr__(self):
        return "Version(%s)" % self.value


print(repr(Version.V1), str(Version.V1), format(Version.V1))


@enum.global_enum
class Signal(IntEnum):
    SIGA = 1
    SIGB = 2


print(SIGA, repr(SIGB), str(SIGA), Signal(2), repr(Signal.SIGA), SIGA is Signal.SIGA)


@enum.global_enum
class Mode(Enum):
    MODE_A = "a"


print(repr(MODE_A), str(MODE_A), format(MODE_A))


@enum.global_enum
class Bits(IntFlag):
    BIT_A = 1
    BIT_B = 2


print(repr(BIT_A), repr(BIT_A | BIT_B), repr(Bits(8)), repr(Bits(9)), repr(Bits(0)), str(BIT_A | BIT_B))


class Strict(Flag):
    S_ONE = 1
    S_TWO = 2


enum.global_enum(Strict)
print(repr(S_ONE | S_TWO), repr(Strict(0)), str(S_ONE), str(Strict(0)))


@enum.global_enum
class Shown(StrEnum):
    SHOWN = "shown"


enum.global_enum(Number, update_str=True)
print(repr(SHOWN), str(SHOWN), str(Number.ONE), repr(Number.TWO))
print(enum.global_str(Plain.A), enum.global_enum_repr(Plain.B))


class ByName(Enum):
    A = 1
    __reduce_ex__ = enum.pickle_by_enum_name


print(ByName.A.__reduce_ex__(4), pickle.loads(pickle.dumps(ByName.A)) is ByName.A,
      enum.pickle_by_global_name(ByName.A, 4))
print(sorted(enum.__all__))
print([name for name in ("EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "auto",
                         "unique", "property", "verify", "member", "nonmember", "FlagBoundary", "STRICT", "CONFORM",
                         "EJECT", "KEEP", "global_flag_repr", "global_enum_repr", "global_str", "global_enum",
                         "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "pickle_by_global_name",
                         "pickle_by_enum_name", "show_flag_values", "bin") if not hasattr(enum, name)])
