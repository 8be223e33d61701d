# sys.getsizeof reports CPython 3.12's sizes: ints by digits, strings by width, containers by their allocation.
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class Empty:
    __slots__ = ()


class Custom:
    def __sizeof__(self):
        return 100


def function():
    pass


values = [0, 1, -1, 2 ** 30 - 1, 2 ** 30, 2 ** 60, 2 ** 64, 10 ** 100, 1.5, True, False, None, "", "a", "abc", "éé", "€",
          "😀", "a" * 100, [], [1], (), (1,), (1, 2, 3), {}, {"a": 1}, {1: 2}, set(), {1}, set(range(5)),
          set(range(19)), frozenset(), Plain(), Slotted(), SlottedWeak(), Empty(), Custom(), function, range(10),
          slice(1, 2), Plain, object(), iter([]), (x for x in []), ...]
for value in values:
    print(type(value).__name__, sys.getsizeof(value))

grown = []
for i in range(10):
    grown.append(i)
    print(len(grown), sys.getsizeof(grown))
x = 5
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]), sys.getsizeof([x, x, x]), sys.getsizeof([x] * 5))
print(sys.getsizeof(list(range(10))), sys.getsizeof([i for i in range(10)]), sys.getsizeof(sorted([3, 1, 2])))
extended = []
extended.extend(range(3))
print(sys.getsizeof(extended), sys.getsizeof([1, 2] + [3, 4, 5]), sys.getsizeof([1, 2, 3, 4][:2]))
d = {}
for i in range(12):
    d[i] = i
    print(i + 1, sys.getsizeof(d))
words = {}
for w in "abcdefg":
    words[w] = w
print(sys.getsizeof(words), sys.getsizeof(dict(a=1)))
s = set()
for i in range(20):
    s.add(i)
print(sys.getsizeof(s))
print(sys.getsizeof(Plain(), -1), sys.getsizeof(1, 5), sys.getsizeof("x" * 1000))


class Broken:
    def __sizeof__(self):
        return -1


try:
    sys.getsizeof(Broken())
except ValueError as e:
    print("ValueError:", e)
print(sys.getsizeof(Broken(), "default"))
