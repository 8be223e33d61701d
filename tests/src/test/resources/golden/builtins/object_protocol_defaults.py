# object's default comparison methods, the singletons' own methods, dir() through __dir__, isinstance's exact
# match, del obj.__dict__, and the main module's attributes
import sys


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(None.__eq__(3), None.__ne__(3), None.__eq__(None), None.__ne__(None))
print(None.__lt__(3), None.__le__(3), None.__gt__(3), None.__ge__(3))
print(object().__lt__(1), object.__ne__(1, 2), object.__ne__(1, 1))


class Eq:
    def __eq__(self, other):
        return "yes" if isinstance(other, Eq) else NotImplemented


print(Eq().__ne__(Eq()), Eq().__ne__(1), Eq() != Eq(), Eq() != 1)
print(Ellipsis.__repr__(), NotImplemented.__repr__(), None.__repr__(), repr(...))
print(Ellipsis.__reduce__(), NotImplemented.__reduce__(), type(Ellipsis).__reduce__(Ellipsis))
attempt("ellipsis reduce int", lambda: type(Ellipsis).__reduce__(1))
attempt("ellipsis repr int", lambda: type(Ellipsis).__repr__(1))
attempt("ellipsis new", lambda: type(Ellipsis).__new__(type(Ellipsis)))
attempt("ellipsis new int", lambda: type(Ellipsis).__new__(int))
attempt("none new int", lambda: type(None).__new__(int))
attempt("none new 1", lambda: type(None).__new__(1))
attempt("notimpl new", lambda: type(NotImplemented).__new__(type(NotImplemented)))
print(object.__subclasshook__(1), object.__subclasshook__(), int.__subclasshook__(str, 1))
attempt("lt unorderable", lambda: object() < object())


class Meta(type):
    def __instancecheck__(cls, instance):
        return False

    def __subclasscheck__(cls, sub):
        return False


class Never(metaclass=Meta):
    pass


class Sub(Never):
    pass


print(isinstance(Never(), Never), isinstance(Sub(), Never), isinstance(1, Never))
print(issubclass(Never, Never), issubclass(Sub, Never), isinstance(Never(), (int, Never)))


class Listing:
    def __dir__(self):
        return ("q", "h", "a")


class Gen:
    def __dir__(self):
        yield "z"
        yield "b"


print(dir(Listing()), dir(Gen()))


class Bad:
    def __dir__(self):
        return 5


attempt("dir bad", lambda: dir(Bad()))
attempt("dir mixed", lambda: dir(type("M", (), {"__dir__": lambda self: [1, "a"]})()))
import math
print("__class__" in dir(math), "sqrt" in dir(math), dir(math) == sorted(math.__dict__))


class Mapping(dict):
    def keys(self):
        return ["b", "a"]


print(eval("dir()", {}, Mapping()))


class O:
    pass


o = O()
o.x = 1
del o.__dict__
print(o.__dict__, hasattr(o, "x"))
o.y = 2
print(vars(o))
attempt("del class", lambda: delattr(o, "__class__"))

main = sys.modules["__main__"]
print(main.__cached__, main.__spec__, main.__package__, main.__builtins__ is __builtins__)
print("__builtins__" in dir(), "__cached__" in dir())
