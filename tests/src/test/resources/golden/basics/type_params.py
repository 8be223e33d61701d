# PEP 695: type aliases (lazily evaluated) and type parameters of generic functions and classes.
import typing

type Point = tuple[float, float]
print(Point, Point.__value__, type(Point).__name__, Point.__name__, Point.__type_params__)

type Later = list[Undefined]          # the value is evaluated only when asked for
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)
Undefined = int
print(Later.__value__)


def first[T](xs: list[T]) -> T:
    return xs[0]


print(first([3, 4]), first.__type_params__, first.__name__, first.__qualname__, first.__annotations__)


class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


print(Box(5).get(), Box.__type_params__, Box[int], Box.__mro__, Box.__qualname__, Box.get.__qualname__)
T0, = Box.__type_params__
print(isinstance(T0, typing.TypeVar), T0.__name__, Box.__parameters__)

type Pair[K, V] = dict[K, V]
print(Pair.__type_params__, Pair[str, int], Pair.__value__)


def bounded[T: (int, str), U: float, *Ts, **P](x: T) -> U: ...


params = bounded.__type_params__
print(params, params[0].__constraints__, params[1].__bound__, type(params[2]).__name__, type(params[3]).__name__)


class Outer:
    class Inner[X]:
        def method[Y](self, y: Y) -> X: ...


print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.Inner.method.__type_params__)


def decorate(cls):
    cls.decorated = True
    return cls


@decorate
class Decorated[T]:
    pass


print(Decorated.decorated, Decorated.__type_params__)
try:
    Point[int]
except TypeError as e:
    print("TypeError:", e)
