# Subclasses of property and complex


class CachedProperty(property):
    """A property subclass with its own __init__ and __get__."""

    def __init__(self, fget, note="cached"):
        super().__init__(fget)
        self.note = note
        self.calls = 0

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        self.calls += 1
        return super().__get__(instance, owner)


class Plain(property):
    pass


class A:
    def __init__(self):
        self._x = 1

    @CachedProperty
    def doubled(self):
        "twice x"
        return self._x * 2

    @Plain
    def x(self):
        "the x"
        return self._x

    @x.setter
    def x(self, value):
        self._x = value

    @x.deleter
    def x(self):
        print("deleting x")


a = A()
print(a.doubled, a.doubled, A.doubled.calls, A.doubled.note, type(A.doubled).__name__, A.doubled.__doc__)
print(a.x, type(A.x).__name__, A.x.__doc__, isinstance(A.x, property))
a.x = 5
print(a.x, a.doubled)
del a.x
try:
    a.doubled = 3
except AttributeError as e:
    print("AttributeError:", e)
p = property(lambda self: 1)
p.__doc__ = "set later"
print(p.__doc__, property().__doc__, property(doc="d").__doc__)
A.x.__doc__ = "changed"
print(A.x.__doc__)


class Point(complex):
    def __repr__(self):
        return f"Point({self.real}, {self.imag})"

    @property
    def x(self):
        return self.real


pt = Point(1, 2)
print(pt, pt.x, pt + 1, type(pt + 1).__name__, type(pt).__name__, isinstance(pt, complex), pt == 1 + 2j)
print(Point("3+4j"), Point(), abs(Point(3, 4)), complex(pt), type(complex(pt)).__name__, pt.conjugate())
pt.label = "p"
print(pt.label, hash(pt) == hash(1 + 2j), f"{pt:.1f}", Point(pt))
try:
    complex.__new__(int)
except TypeError as e:
    print("TypeError:", e)
