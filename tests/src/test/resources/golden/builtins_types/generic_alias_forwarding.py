# list[int] and friends: subscriptable builtins and library classes, attributes forwarded to the origin
import functools
import itertools
import weakref
from collections import Counter, OrderedDict, defaultdict, deque

for t in (type, tuple, list, dict, set, frozenset, enumerate, defaultdict, deque, OrderedDict, Counter,
          functools.partial, functools.partialmethod, functools.cached_property, itertools.chain, weakref.ref):
    alias = t[int]
    print(alias, alias.__origin__ is t, alias.__args__, alias.__parameters__)

t = list[int]
a = t()
t.append(a, "foo")
print(a, t.__getitem__(a, 0), t.__len__(a), dict[int, None].fromkeys(range(2)))
for name in ("__origin__", "__copy__", "__deepcopy__"):
    print(name, hasattr(list, name), hasattr(t, name))


class MyType(type):
    pass


for bad in (lambda: MyType[int], lambda: int[str], lambda: t[int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# type variables make a generic alias subscriptable again
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K")
print(list[T].__parameters__, list[T][int], dict[K, list[T]].__parameters__, dict[K, list[T]][str, int])
print(dict[str, T][bytes] == dict[str, bytes], tuple[T, ...][int])
for bad in (lambda: list[T][int, str], lambda: dict[K, T][int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
