# abc: abstract methods block instantiation (CPython 3.12's message), __subclasshook__, register.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 1


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(1, Sized), issubclass(dict, Sized))


class Drawable(ABC):
    pass


class Legacy:
    pass


Drawable.register(Legacy)
print(isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable), issubclass(int, Drawable), type(Shape).__name__)


class WithProperty(ABC):
    @property
    @abstractmethod
    def name(self):
        ...


try:
    WithProperty()
except TypeError as e:
    print("TypeError:", e)
