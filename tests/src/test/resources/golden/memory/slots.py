# __slots__: no __dict__, AttributeError on other attributes, slots in subclasses, __weakref__.
import weakref


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


loose = Loose(5, 6)
loose.anything = 7
print(loose.anything, sorted(loose.__dict__))


class Weak:
    __slots__ = ("value", "__weakref__")


w = Weak()
w.value = 1
wr = weakref.ref(w)
print(wr() is w, wr().value)
del w
print(wr())


class WithDict:
    __slots__ = ("a", "__dict__")


d = WithDict()
d.a = 1
d.b = 2
print(d.a, d.b, d.__dict__)
print(Point.__slots__, Point3.__slots__, type(Point.x).__name__)
