# enum: members and classes — lookup, _missing_, aliases, __members__, custom __new__/__init__, enum.property,
# dir(), __init_subclass__, subclassing rules, the metaclass's errors, pickling and copying.
import copy
import enum
import pickle
import re
from enum import Enum, IntEnum, StrEnum, Flag, auto, unique


def attempt(title, make):
    try:
        result = make()
        print(title, "->", result)
    except Exception as e:
        print(title, "->", type(e).__name__ + ":", re.sub(r"0x[0-9a-f]+", "0x..", str(e)))
        if e.__context__ is not None:
            print("   context:", type(e.__context__).__name__, e.__context__)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color(1), Color["CRIMSON"])
print(Color.__members__, type(Color.__members__).__name__)
print(list(Color.__members__.items())[-1], list(reversed(Color)), bool(Color), bool(Color.RED))
print(Color._member_names_, Color._value2member_map_, Color._member_type_, Color._use_args_, Color._new_member_ is object.__new__)
print(1 in Color, 4 in Color, Color.RED in Color, "RED" in Color)
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_, Color.RED.__objclass__)
print(hash(Color.RED) == hash("RED"), Color.RED == 1, Color.RED != Color.GREEN, Color.RED < Color.GREEN
      if False else "")
attempt("Color(7)", lambda: Color(7))
attempt("Color['PINK']", lambda: Color["PINK"])
attempt("Color.PINK", lambda: Color.PINK)
attempt("Color([1])", lambda: Color([1]))
attempt("Color(Color.RED)", lambda: Color(Color.RED))
attempt("Color(1, 2)", lambda: Color(1, 2))


def reassign():
    Color.RED = 5


def delete():
    del Color.RED


def set_name():
    Color.RED.name = "x"


def set_value():
    Color.RED.value = 5


def del_value():
    del Color.RED.value


attempt("reassign", reassign)
attempt("delete", delete)
attempt("set name", set_name)
attempt("set value", set_value)
attempt("del value", del_value)
attempt("Color.name", lambda: Color.name)
Color.extra = "ok"
print(Color.extra)
Color.RED.note = "a note"
print(Color.RED.note)
del Color.extra
print(hasattr(Color, "extra"))


class Missing(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if value == "a":
            return cls.A
        if value == "wrong":
            return 5
        if value == "raise":
            raise KeyError("raised")
        if value == "value error":
            raise ValueError("own")
        return None


print(Missing("a"))
attempt("_missing_ None", lambda: Missing(9))
attempt("_missing_ wrong type", lambda: Missing("wrong"))
attempt("_missing_ raises", lambda: Missing("raise"))
attempt("_missing_ raises ValueError", lambda: Missing("value error"))


class Case(StrEnum):
    A = "a"

    @classmethod
    def _missing_(cls, value):
        for member in cls:
            if member.value == value.lower():
                return member


print(repr(Case("A")))

unhashable = Enum("Unhashable", [("L", [1]), ("M", [2]), ("N", [1])])
print(list(unhashable), unhashable([2]), unhashable.N is unhashable.L,
      unhashable._unhashable_values_)


@unique
class Fine(Enum):
    A = 1
    B = 2


def not_unique():
    @unique
    class Twice(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
    return Twice


print(list(Fine))
attempt("unique", not_unique)


class Coordinate(bytes, Enum):
    """A bytes mixin with a custom __new__ that sets _value_ and extra attributes."""

    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = bytes([value])
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")


print(repr(Coordinate.PY), Coordinate.PY.label, Coordinate(b"\x01"), Coordinate.PX.value, Coordinate.__new_member__.__qualname__)


class Status(Enum):
    def __new__(cls, code, text):
        member = object.__new__(cls)
        member._value_ = code
        member.text = text
        return member

    def __init__(self, code, text):
        self.seen = (code, text)

    OK = 200, "fine"
    GONE = 410, "gone"


print(Status(410), Status.OK.text, Status.OK.seen, Status.GONE.value, repr(Status.OK))


class NoValue(int, Enum):
    def __new__(cls, value):
        return int.__new__(cls, value * 10)

    A = 1
    B = 2


print(repr(NoValue.A), NoValue.A.value, NoValue(2), NoValue.B == 20)


def no_value_set():
    class Bad(Enum):
        def __new__(cls, value):
            return object.__new__(cls)
        A = 1
    return repr(Bad.A)


attempt("object __new__ without _value_", no_value_set)


def cannot_make_value():
    class WithInt(int, Enum):
        def __new__(cls, value):
            return int.__new__(cls, 3)
        A = "x"
    return WithInt.A


attempt("_value_ not set", cannot_make_value)


class Auto(Enum):
    def __init__(self, *args):
        self.args = args

    A = 1
    C = auto()
    B = 2, 3


print(Auto.A.args, Auto.B.args, Auto.C.args, Auto.C.value)


class Named(Enum):
    name = 1
    value = 2


print(Named.name, Named.value, Named.name.name, Named.name.value, Named.value.value, Named.value.name)


class WithProps(Enum):
    A = 1

    @enum.property
    def double(self):
        return self._value_ * 2

    @double.setter
    def double(self, value):
        self._value_ = value // 2


print(WithProps.A.double)
WithProps.A.double = 8
print(WithProps.A.value, WithProps.A.double)
attempt("enum.property on the class", lambda: WithProps.double)


class HasAttr:
    red = "mixin attribute"

    @property
    def blue(self):
        return "mixin property " + str(self.value)


class Shadow(HasAttr, Enum):
    red = 1
    blue = 2


print(Shadow.red, Shadow.blue, Shadow.red.red, Shadow.blue.blue, type(Shadow.__dict__["blue"]).__name__)
print(type(Shadow.__dict__["red"]).__name__)

print(dir(Color))
print(dir(Color.RED))
print(dir(Status.OK))
print(dir(WithProps.A))
print(dir(Named.name))


class Number(IntEnum):
    ONE = 1

    def describe(self):
        return "one"


print([n for n in dir(Number) if not n.startswith("_")][:8], "describe" in dir(Number.ONE))
print(dir(Enum))
print(dir(IntEnum)[:5], len(dir(IntEnum)) == len(set(dir(int)) | {"__members__", "__init_subclass__"}) or "")

log = []


class Registered(Enum):
    def __init_subclass__(cls, **kwds):
        log.append((cls.__name__, kwds, list(cls)))
        super().__init_subclass__()


class Sub(Registered, tag="x"):
    A = 1
    B = 2


print(log)


def extend():
    class More(Color):
        PINK = 4
    return More


def extend_functional():
    return Enum("More", "A", type=int) and Color("More", "A")


attempt("extend", extend)
attempt("extend functional", extend_functional)
attempt("extend via prepare", lambda: type(Enum).__prepare__("Deeper", (Sub,)))


def catch(make):
    try:
        make()
    except TypeError as e:
        return e


def mixin_after():
    class Wrong(Enum, int):
        A = 1
    return Wrong


def two_data_types():
    class Base1(int, Enum):
        pass

    class Base2(str, Enum):
        pass

    class Both(Base1, Base2):
        A = 1
    return Both


def repr_enum_without_type():
    class Plain(enum.ReprEnum):
        A = 1
    return Plain


attempt("mixin after Enum", mixin_after)
attempt("two data types", lambda: two_data_types() if False else re.sub("{.*}", "{...}", str(catch(two_data_types))))
attempt("ReprEnum without a data type", repr_enum_without_type)
attempt("Enum()", lambda: Enum())
attempt("Enum(1)", lambda: Enum(1))
attempt("IntEnum(1)", lambda: IntEnum(1))
attempt("Flag(1)", lambda: Flag(1))
attempt("Enum.__new__(Enum, 1)", lambda: Enum.__new__(Enum, 1))
attempt("member call", lambda: Color.RED())

for member in (Color.GREEN, Status.GONE, Number.ONE, Sub.B):
    copied = pickle.loads(pickle.dumps(member))
    print(copied is member, copy.copy(member) is member, copy.deepcopy(member) is member)
print(Color.RED.__reduce_ex__(4), Enum.__signature__(), Color.__signature__())


class Strings(StrEnum):
    A = "a"
    B = b"b", "utf-8"
    C = b"c", "ascii", "strict"


print(list(Strings), Strings.C == "c")
attempt("StrEnum int value", lambda: StrEnum("S", [("A", 1)]))
attempt("StrEnum bad encoding", lambda: StrEnum("S", [("A", (b"a", 1))]))
attempt("StrEnum bad errors", lambda: StrEnum("S", [("A", (b"a", "ascii", 2))]))
attempt("StrEnum too many", lambda: StrEnum("S", [("A", ("a", "b", "c", "d"))]))
attempt("IntEnum str value", lambda: IntEnum("I", [("A", "x")]))
print(Enum.__dict__["name"].__doc__, Color.__doc__)
print(type(Color), type(Color) is enum.EnumMeta, isinstance(Color.RED, Enum), issubclass(Color, Enum))
