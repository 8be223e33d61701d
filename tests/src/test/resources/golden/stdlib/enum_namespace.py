# enum: what the class body's namespace does at each assignment (members, auto(), reserved names, errors).
import enum
import re
import warnings
from enum import Enum, IntEnum, StrEnum, Flag, auto, member, nonmember


def attempt(title, make):
    try:
        result = make()
        print(title, "->", result)
    except Exception as e:
        print(title, "->", type(e).__name__ + ":", re.sub(r"0x[0-9a-f]+", "0x..", str(e)))


body_trace = []


def redefined_member():
    class C(Enum):
        red = 1
        body_trace.append("before")
        red = 4
        body_trace.append("after")
    return C


attempt("member twice", redefined_member)
print("body stopped at the assignment:", body_trace)


def method_then_member():
    class C(Enum):
        def red(self):
            return 1
        red = 2
    return C


def member_then_method():
    class C(Enum):
        red = 1

        def red(self):
            return 2
    return C


def member_then_property():
    class C(Enum):
        red = 1

        @property
        def red(self):
            return 2
    return C


attempt("method then member", method_then_member)
attempt("member then method", member_then_method)
attempt("member then property", member_then_property)


class Seen(Enum):
    a = auto()
    print("in the body a is", a, type(a).__name__)
    b = auto()
    c = 10
    d = auto()
    print("b, d:", b, d)
    e = auto(), "x"
    print("e:", e)
    f = auto(42)


print(list(Seen), Seen.e.value, Seen.f.value)
print(repr(auto()), repr(auto(3)))


class Named(StrEnum):
    ALPHA = auto()
    Beta = auto()


print([m.value for m in Named], repr(Named.ALPHA), str(Named.Beta), Named.ALPHA == "alpha")


class Words(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name}:{start}:{count}:{last_values}"

    ONE = auto()
    TWO = auto()
    THREE = 3
    FOUR = auto()


print([m.value for m in Words])
print(type(Words.__dict__["_generate_next_value_"]).__name__, "_generate_next_value_" in Seen.__dict__)


class Base(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name * 2


class Derived(Base):
    X = auto()
    Y = auto()


print([m.value for m in Derived])


def late_generate():
    class C(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 0
    return C


attempt("_generate_next_value_ after auto()", late_generate)


class Started(IntEnum):
    A = 5
    B = auto()
    C = auto()


print(list(Started))


def unsortable():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")

        class C(Enum):
            A = 3
            B = 1
            C = auto()
    return [m.value for m in C], [str(w.message).splitlines()[0] for w in caught], caught[0].category.__name__


attempt("auto() after a smaller value", unsortable)


class Ignoring(Enum):
    _ignore_ = "tmp helper"
    tmp = 5
    helper = [1, 2]
    A = tmp
    B = helper[1]


print(list(Ignoring), hasattr(Ignoring, "tmp"), "_ignore_" in Ignoring.__dict__)


class IgnoringList(Enum):
    _ignore_ = ["i"]
    for i in range(3):
        locals()["N%d" % i] = i


print(list(IgnoringList))


def ignore_after_set():
    class C(Enum):
        a = 1
        _ignore_ = "a b"
    return C


attempt("_ignore_ naming a member", ignore_after_set)


def sunder(name):
    def make():
        return Enum.__class__.__prepare__("C", (Enum,)).__setitem__(name, 1)
    return make


attempt("_foo_", sunder("_foo_"))
attempt("_value_", sunder("_value_"))


def sunder_in_body():
    class C(Enum):
        _foo_ = 1
    return C


attempt("_foo_ in a body", sunder_in_body)


class Ordered(Enum):
    _order_ = "A B C"
    A = 1
    B = 2
    C = 3


print(list(Ordered), "_order_" in Ordered.__dict__)


def bad_order():
    class C(Enum):
        _order_ = "A C B"
        A = 1
        B = 2
        C = 3
    return C


def bad_order_list():
    class C(Enum):
        __order__ = ["A", "B"]
        A = 1
        B = 2
        C = 3
    return C


def order_with_alias():
    class C(Enum):
        _order_ = "A B ALIAS"
        A = 1
        B = 2
        ALIAS = 1
    return list(C)


attempt("_order_ mismatch", bad_order)
attempt("__order__ mismatch", bad_order_list)
attempt("_order_ with an alias", order_with_alias)


class Private(Enum):
    A = 1
    __secret = 2
    __dunder__ = 3


print(list(Private), Private._Private__secret, Private.__dunder__)


def invalid_mro():
    class C(Enum):
        mro = 1
    return C


attempt("member named mro", invalid_mro)
attempt("member named ''", lambda: Enum("C", [("", 1)]))


class Wrapped(Enum):
    A = 1
    B = nonmember(2)
    C = member(lambda: "called")

    @member
    def D():
        return "d"

    @nonmember
    class Inner:
        pass

    E = nonmember([1, 2])


print(re.sub(r"0x[0-9a-f]+", "0x..", repr(list(Wrapped))), Wrapped.B, Wrapped.C.value(), Wrapped.D.value(), Wrapped.Inner, Wrapped.E)


class Descriptors(Enum):
    A = 1

    @property
    def double(self):
        return self.value * 2

    @classmethod
    def first(cls):
        return next(iter(cls))

    @staticmethod
    def helper():
        return "static"

    def method(self):
        return "method"

    size = enum.property(lambda self: 10)


print(list(Descriptors), Descriptors.A.double, Descriptors.first(), Descriptors.helper(), Descriptors.A.method(),
      Descriptors.A.size)


def nested_class():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")

        class C(Enum):
            A = 1

            class Inner:
                pass
    return list(C), [str(w.message) for w in caught], caught[0].category.__name__


attempt("a nested class", nested_class)


class Tuples(Enum):
    A = 1, 2
    B = (3, auto())
    C = [4, auto()]


print(Tuples.A.value, Tuples.B.value, Tuples.C.value)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.radius, Planet.MERCURY.value)


class Updated(Enum):
    pass


namespace = type(Enum).__prepare__("X", (Enum,))
print(type(namespace).__name__, isinstance(namespace, dict), list(namespace))
namespace.update({"A": 1}, B=2)
namespace.update([("C", 3)])
print(namespace._member_names)
X = type(Enum)("X", (Enum,), namespace)
print(list(X))
