# __base__ is the base that fixes the instance layout (CPython's best_base); slots rules; custom mro();
# __abstractmethods__ and object.__new__'s check; __flags__ bits; immutable builtin types.
import abc


class A(object): pass
class B(dict): pass
class C(A, B): pass
print(C.__base__, A.__base__, B.__base__, object.__base__, bool.__base__, type.__base__)

class S: __slots__ = ("x",)
class T(A, S): pass
print(T.__base__)
class E: __slots__ = ()
class V(S, E): pass
print(V.__base__, V.__mro__)
print(type("X", (), {}).__base__, ValueError.__base__, OSError.__base__)

def attempt(source):
    try:
        exec(source, {})
        print("ok")
    except TypeError as e:
        print("TypeError:", e)

attempt("class S1: __slots__ = ('a',)\nclass S2: __slots__ = ('b',)\nclass U(S1, S2): pass")
attempt("class S1: __slots__ = ('a',)\nclass W(S1, dict): pass")
attempt("class C: __slots__ = ['a', '_1', '_', 'a1']")
attempt("class C: __slots__ = ['']")
attempt("class C: __slots__ = ['a$']")
attempt("class A: __slots__ = ['__dict__']\nclass B: __slots__ = ['__dict__']\nclass C(A, B): __slots__ = ['__dict__']")
attempt("class A: pass\nclass B: __slots__ = ['__dict__']\nclass C(A, B): __slots__ = ['__dict__']")
attempt("class C: __slots__ = ['__dict__', '__dict__']")
attempt("class C(int): __slots__ = ['__weakref__']")
attempt("class C(tuple): __slots__ = ('x',)")
attempt("class C(bytes): __slots__ = ()")
attempt("class C(list): __slots__ = ['__weakref__']")
attempt("class A: pass\nclass C(A): __slots__ = ['__weakref__']")
attempt("class C(Exception): __slots__ = ['__dict__']")

class BaseSlots:
    __slots__ = ['a']
class Base: pass
class SubSlots(BaseSlots, Base): pass
print(sorted(SubSlots.__dict__), SubSlots().__dict__)

print(object.mro(), bool.mro(), type.mro(C))

class M(type):
    def mro(cls):
        assert type.mro(cls) == [cls, A2, B2, object]
        return [cls, B2, A2, object]
class A2: pass
class B2: pass
class C2(A2, B2, metaclass=M): pass
print(C2.__mro__)

class BadMro(type):
    def mro(cls):
        return [cls, 1]
attempt("class D(metaclass=BadMro): pass".replace("BadMro", "__import__('__main__').BadMro"))

class UnsuitableMro(type):
    def mro(cls):
        return [cls, int, object]
try:
    class D(metaclass=UnsuitableMro): pass
except TypeError as e:
    print("TypeError:", e)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): pass
    @abc.abstractmethod
    def name(self): pass

for make in (lambda: Shape(), lambda: Shape.__new__(Shape)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

class Square(Shape):
    def area(self): return 4
try:
    Square()
except TypeError as e:
    print("TypeError:", e)

class Named(Square):
    def name(self): return "square"
print(Named().area(), Named.__abstractmethods__, bool(Named.__flags__ & (1 << 20)), bool(Shape.__flags__ & (1 << 20)))

class Plain: pass
Plain.__abstractmethods__ = frozenset({"x"})
try:
    Plain()
except TypeError as e:
    print("TypeError:", e)
del Plain.__abstractmethods__
print(type(Plain()).__name__)
for action in (lambda: delattr(Plain, "__abstractmethods__"), lambda: object.__abstractmethods__):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)

class AbstractInt(abc.ABC, int):
    @abc.abstractmethod
    def f(self): pass
print(AbstractInt(3))  # int.__new__ does not check: as in CPython

bits = (1 << 20) | (1 << 9) | (1 << 10) | (1 << 5) | (1 << 6) | (1 << 22) | (0xff << 24)
for t in (Shape, object, int, bool, type, list, dict, tuple, str, bytes, ValueError, Plain):
    print(t.__name__, hex(t.__flags__ & bits))
print(type(repr).__flags__ & (1 << 17), bool(type(list.append).__flags__ & (1 << 17)), bool(type(lambda: 0).__flags__ & (1 << 17)))

for attr in ("__name__", "__qualname__", "__module__", "__doc__", "__bases__", "__mro__", "foo", "__abstractmethods__"):
    try:
        setattr(float, attr, "b")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print("TypeError:", e)
print(float.__name__)
