# collections.abc: a bundled package's submodule; structural checks, registered builtins, mixin methods.
import collections.abc
import collections
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Reversible,
                             Generator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
                             KeysView, ItemsView, ValuesView, MappingView)
import sys

print(collections.abc.__name__, collections.abc.__package__, collections.__package__)
print(hasattr(collections, "__path__"), "collections.abc" in sys.modules)
print(Mapping, Sequence.__module__, type(Mapping).__name__)
from collections import abc as abc_again
print(abc_again is collections.abc)
try:
    import collections.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from collections.abc import Nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

# builtin types
for value in ([], (), "", {}, set(), frozenset(), range(3), 1, 1.5, None, len, iter([]), {}.keys(), {}.items(),
              {}.values(), (x for x in ())):
    checks = [abc.__name__ for abc in (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection,
                                         Reversible, Generator, Sequence, MutableSequence, Mapping,
                                         MutableMapping, Set, MutableSet, KeysView, ItemsView, ValuesView,
                                         MappingView)
              if isinstance(value, abc)]
    print(type(value).__name__, checks)

print(issubclass(list, Sequence), issubclass(str, MutableSequence), issubclass(dict, Mapping),
      issubclass(collections.OrderedDict, MutableMapping), issubclass(collections.deque, MutableSequence),
      issubclass(collections.ChainMap, MutableMapping), issubclass(collections.Counter, Mapping))


# structural checks
class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class NoHash:
    __hash__ = None


class Len:
    def __len__(self):
        return 3


class Call:
    def __call__(self):
        pass


class Rev(OnlyIter):
    def __reversed__(self):
        return iter([2, 1])


class NotIterable(OnlyIter):
    __iter__ = None


print(isinstance(OnlyIter(), Iterable), isinstance(OnlyIter(), Iterator), isinstance(NoHash(), Hashable),
      isinstance(Len(), Sized), isinstance(Call(), Callable), isinstance(Rev(), Reversible),
      isinstance(NotIterable(), Iterable), issubclass(OnlyIter, Collection), isinstance(Len(), Mapping))


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print(iter(c) is c, list(c))


# Sequence mixins
class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i


sq = Squares(6)
print(list(sq), 16 in sq, 17 in sq, list(reversed(sq)), sq.index(9), sq.count(4), sq.index(25, -3))
try:
    sq.index(7)
except ValueError as e:
    print("ValueError", repr(e))
print(isinstance(sq, Reversible), isinstance(sq, Collection), isinstance(sq, MutableSequence))


class Stack(MutableSequence):
    def __init__(self, *items):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, value):
        self._items[i] = value

    def __delitem__(self, i):
        del self._items[i]

    def insert(self, i, value):
        self._items.insert(i, value)

    def __repr__(self):
        return f"Stack{tuple(self._items)}"


s = Stack(1, 2, 3)
s.append(4)
s.extend([5, 6])
s += [7]
print(s, s.pop(), s.pop(0), s)
s.reverse()
s.remove(4)
print(s, len(s))
s.extend(s)
print(s)
s.clear()
print(s)
try:
    s.remove(10)
except ValueError as e:
    print("ValueError", repr(e))


# Mapping mixins
class Frozen(Mapping):
    def __init__(self, **kwargs):
        self._data = dict(kwargs)

    def __getitem__(self, key):
        return self._data[key]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)


f = Frozen(a=1, b=2)
print(f["a"], f.get("z"), f.get("z", 0), "a" in f, "z" in f, f == {"a": 1, "b": 2}, f != {"a": 1})
print(repr(f.keys())[:25], list(f.keys()), list(f.values()), list(f.items()))
print(f.keys() & {"a", "x"}, f.keys() | {"c"} == {"a", "b", "c"}, f.keys() - {"a"}, ("a", 1) in f.items(),
      2 in f.values(), len(f.items()))
print(type(f.keys()).__name__, isinstance(f.keys(), Set), f.__hash__ is None)
try:
    reversed(f)
except TypeError as e:
    print("TypeError", e)


class Store(MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)


st = Store()
st.update({"x": 1}, y=2)
st.update([("z", 3)])
print(dict(st), st.setdefault("x", 9), st.setdefault("w", 4), st.pop("y"), st.pop("nope", None))
print(st.popitem(), dict(st))
try:
    st.pop("nope")
except KeyError as e:
    print("KeyError", e)
st.clear()
try:
    st.popitem()
except KeyError as e:
    print("KeyError", repr(e))


# Set mixins
class Bits(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for item in items:
            self.add(item)

    def __contains__(self, item):
        return item in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, item):
        if item not in self._items:
            self._items.append(item)

    def discard(self, item):
        if item in self._items:
            self._items.remove(item)

    def __repr__(self):
        return f"Bits({self._items})"


a = Bits([1, 2, 3])
b = Bits([3, 4])
print(a & b, a | b, a - b, a ^ b, a <= Bits([1, 2, 3, 4]), a < a, a == Bits([3, 2, 1]), a.isdisjoint(b))
print(a & [2, 9], a - [1], [1, 5] - a if False else "skip", a == {1, 2, 3}, {1, 2, 3} == a)
a |= [7]
a -= [1]
a ^= [2, 8]
a &= {3, 7, 8, 10}
print(a, a.pop(), a)
a.remove(7)
try:
    a.remove(100)
except KeyError as e:
    print("KeyError", e)
print(a, a._hash() == Bits([8])._hash())

# abstract methods and registration
for cls in (Sequence, MutableMapping, Set, Iterator):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Anything:
    pass


Sequence.register(Anything)
print(issubclass(Anything, Sequence), issubclass(Anything, Reversible), issubclass(Anything, MutableSequence))
print(MutableSequence.register(Anything) is Anything)
print(sorted(Set.__abstractmethods__), sorted(MutableSet.__abstractmethods__))
print(Iterable[int], Callable[[int], str] is not None, Mapping[str, int])

# collections types built on the ABCs
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(list(cm.keys()), list(cm.values()), list(cm.items()), cm.get("b"), len(cm))
ud = collections.UserDict(a=1)
ud["b"] = 2
print(ud, len(ud), "a" in ud, ud.get("c", 5), isinstance(ud, MutableMapping), ud | {"c": 3})
ul = collections.UserList([3, 1, 2])
ul.sort()
ul.append(5)
print(ul, ul[1:], len(ul), ul + [9], isinstance(ul, MutableSequence), ul == [1, 2, 3, 5])
