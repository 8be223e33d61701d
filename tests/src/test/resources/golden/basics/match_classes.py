# Class patterns: isinstance, __match_args__, keyword attributes, builtin types matching themselves, errors.
import collections
import dataclasses


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d on the floor at {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 0),
          Point3(1, 2, 3), "point"]:
    print(where(p))

# builtin types match the subject itself with one positional pattern
for value in [1, True, 2.5, "s", [1], (1,), {1: 2}, {1}, frozenset({2}), None]:
    match value:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case list(l):
            print("list", l)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(s):
            print("set", s)
        case frozenset(s):
            print("frozenset", s)
        case object():
            print("something else:", value)


class MyList(list):
    pass


match MyList([1, 2]):
    case list([a, b]):
        print("list subclass matches itself:", a, b)
match MyList([3]):
    case MyList(x):
        print("subclass of list binds itself:", x)


# keyword patterns read attributes, properties included; a missing attribute means no match
class Account:
    def __init__(self, owner):
        self.owner = owner

    @property
    def balance(self):
        print("  reading balance")
        return 100

    @property
    def broken(self):
        raise AttributeError("no such thing")

    @property
    def failing(self):
        raise KeyError("oops")


match Account("ann"):
    case Account(owner="bob"):
        print("no")
    case Account(owner=o, balance=b):
        print("account of", o, "with", b)
match Account("ann"):
    case Account(missing=m):
        print("no")
    case Account(broken=b):
        print("no")
    case _:
        print("missing attributes do not match")
try:
    match Account("ann"):
        case Account(failing=f):
            print("no")
except KeyError as e:
    print("KeyError from a property propagates:", e)

# attributes are read before sub-patterns are tried
class Noisy:
    __match_args__ = ("a", "b")

    @property
    def a(self):
        print("  read a")
        return 1

    @property
    def b(self):
        print("  read b")
        return 2


print("noisy:")
match Noisy():
    case Noisy(9, b):
        print("no")
    case Noisy(1, b):
        print("  b is", b)


# dataclasses and namedtuples set __match_args__
@dataclasses.dataclass
class Item:
    name: str
    price: float


Pair = collections.namedtuple("Pair", "left right")

match Item("pen", 1.5):
    case Item(name, price=p):
        print("dataclass:", name, p)
match Pair(1, 2):
    case Pair(l, r):
        print("namedtuple:", l, r)
    case _:
        print("namedtuple did not match", Pair.__match_args__ if hasattr(Pair, "__match_args__") else None)


# a metaclass __instancecheck__ decides isinstance
class Meta(type):
    def __instancecheck__(cls, instance):
        return isinstance(instance, int) and instance % 2 == 0


class Even(metaclass=Meta):
    pass


for n in [3, 4]:
    match n:
        case Even():
            print(n, "is Even")
        case _:
            print(n, "is not Even")


# errors
class BadArgs:
    __match_args__ = ["x"]


class BadNames:
    __match_args__ = ("x", 2)
    x = 1


class Twice:
    __match_args__ = ("x",)
    x = 1


class Plain:
    pass


def attempt(label, subject, function):
    try:
        print(label, function(subject))
    except TypeError as e:
        print(label, "TypeError:", e)


def not_a_class(v):
    match v:
        case len():
            return "matched"


def too_many_builtin(v):
    match v:
        case int(a, b):
            return "matched"


def too_many_plain(v):
    match v:
        case Plain(a):
            return "matched"
    return "no match"


def too_many_point(v):
    match v:
        case Point(a, b, c):
            return "matched"


def bad_args(v):
    match v:
        case BadArgs(a):
            return a


def bad_names(v):
    match v:
        case BadNames(a, b):
            return a


def twice(v):
    match v:
        case Twice(a, x=b):
            return a


def plain_no_args(v):
    match v:
        case Plain():
            return "plain matches with no arguments"


attempt("not a class:", 1, not_a_class)
attempt("int(a, b):", 1, too_many_builtin)
attempt("Plain(a):", Plain(), too_many_plain)
attempt("Plain(a) on int:", 5, too_many_plain)
attempt("Point(a, b, c):", Point(1, 2), too_many_point)
attempt("list __match_args__:", BadArgs(), bad_args)
attempt("int in __match_args__:", BadNames(), bad_names)
attempt("x twice:", Twice(), twice)
attempt("Plain():", Plain(), plain_no_args)

# the class expression is a dotted name
import collections as c

match c.OrderedDict(a=1):
    case c.OrderedDict(d):
        print("dotted class:", dict(d))
