# Where __dict__ and __weakref__ live: the class that first gives its instances one has the descriptor.
import types
import weakref


class A:
    pass


class B(A):
    x = 1


class C(dict):
    pass


class S:
    __slots__ = ("a",)


class T(S):
    pass


class E(Exception):
    pass


for cls in (A, B, C, S, T, E):
    print(cls.__name__, list(cls.__dict__))
for cls in (object, BaseException, types.FunctionType, types.ModuleType, type, dict):
    print(cls.__name__, '__dict__' in cls.__dict__, '__weakref__' in cls.__dict__)

print(dir(object()))
print('__dict__' in dir(1), '__weakref__' in dir(A()), '__dict__' in dir(A()))
print(A.__dict__["__dict__"], A.__dict__["__weakref__"])
a = A()
a.x = 1
print(A.__dict__["__dict__"].__get__(a), a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)

# getset and member descriptors called directly
d = S.__dict__["a"]
print(type(d).__name__, d.__name__, d.__objclass__, d.__qualname__)
s = S()
d.__set__(s, 5)
print(d.__get__(s), d.__get__(None, S) is d, s.a)
d.__delete__(s)
print(hasattr(s, "a"))
g = type.__dict__["__name__"]
print(type(g).__name__, g.__name__, g.__objclass__, g.__get__(int))
for bad in (lambda: d.__get__(1), lambda: g.__get__(1), lambda: d.__get__(None, None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# instances of builtin types without a __dict__ take no attributes
for target in (object(), 1, "s", [], (1,)):
    try:
        target.attribute = 1
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        del target.attribute
    except AttributeError as e:
        print("AttributeError:", e)


def f():
    pass


f.attribute = 1
print(f.__dict__)

# T.__new__(cls) needs a subtype of T
for bad in (lambda: property.__new__(object), lambda: int.__new__(1), lambda: dict.__new__(list),
            lambda: list.__new__(dict), lambda: tuple.__new__(str)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(type(list.__new__(C.__mro__[1] and list)), type(dict.__new__(C)))
