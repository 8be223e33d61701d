# functools and operator, as programs use them.
import functools
import operator
from functools import cached_property, cmp_to_key, lru_cache, partial, reduce, singledispatch, total_ordering, wraps


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


print(area(3, 4), area.__name__, area.__doc__, area.__wrapped__.__name__)
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
base2 = partial(int, base=2)
print(base2("1011"), base2.func is int, base2.args, base2.keywords, repr(base2))
twice = partial(partial(pow, 2), 3)
print(twice(), twice.args)


@lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n


print(square(2), square(2), square(3), square(4), square(2))
info = square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
square.cache_clear()
print(square.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info().currsize)


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)


a, b = Version(1, 2), Version(1, 3)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), max(a, b).minor)
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)


@singledispatch
def describe(value):
    return "something"


@describe.register
def _(value: int):
    return "an int"


@describe.register(list)
def _(value):
    return "a list"


print(describe(1), describe([1]), describe("s"), describe(True))
people = [("bob", 25), ("alice", 30), ("dave", 25)]
print(sorted(people, key=operator.itemgetter(1, 0)), operator.itemgetter(0)(people))
print(operator.attrgetter("real", "imag")(3), operator.methodcaller("split", ",")("a,b"))
print(operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.not_(0), operator.truth([]),
      operator.contains([1, 2], 2), operator.getitem({"k": 1}, "k"), operator.index(7), operator.is_(None, None))
x = [1]
print(operator.iadd(x, [2]), x, operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("m", 1, k=2)))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 4))
