# A dict keeps each key's hash: comparing, copying and merging dicts calls no __hash__; a missing key is hashed once.
from collections import defaultdict

log = []

class Key:
    def __init__(self, name, h=42):
        self.name = name
        self.h = h
    def __hash__(self):
        log.append(("hash", self.name))
        return self.h
    def __eq__(self, other):
        log.append(("eq", self.name, getattr(other, "name", other)))
        return isinstance(other, Key) and self.h == other.h
    def __repr__(self):
        return self.name

def show(label, value):
    print(label, value, log)
    log.clear()

d = {}
try:
    d[Key("missing")]
except KeyError as e:
    show("missing:", repr(e))

d1 = {Key("a", 1): 1, Key("b", 2): 2}
log.clear()
show("copy:", d1.copy() == d1)
show("dict():", dict(d1) == d1)
show("unpack:", {**d1} == d1)
d2 = {}
d2.update(d1)
show("update:", len(d2))
show("merge:", len(d1 | {}))

left = {Key("left"): 1}
right = {Key("right"): 1}
log.clear()
show("items ^:", left.items() ^ right.items())
show("keys ^:", left.keys() ^ right.keys())
show("keys -:", left.keys() - right.keys())

class DefaultDictSubclass(defaultdict):
    pass
dd = DefaultDictSubclass(int, a=1)
merged = dd | {"b": 2}
rmerged = {"b": 2} | dd
print(type(merged).__name__, merged, type(rmerged).__name__, rmerged, rmerged.default_factory)
print(defaultdict(list) | {1: 2})
try:
    dd | 3
except TypeError as e:
    print("TypeError:", e)
dd |= {"z": 0}
print(dd, type(dd).__name__)

# lists compare items as they are after each __eq__
class Clearing:
    def __eq__(self, other):
        l1.clear()
        return False
l1 = [Clearing()]
l2 = [0]
print(l1 < l2, l1, l2)

class Swapping:
    def __eq__(self, other):
        l3[0] = 42
        l4[0] = 11
        return False
l3 = [Swapping()]
l4 = [0]
print(l3 > l4, l3, l4)

# a list subclass's own __iadd__ is used by +=
class MyList(list):
    def __iadd__(self, value):
        return super().__iadd__([100])
mine = MyList([1, 2])
mine += [3]
print(mine, type(mine).__name__)

# isdisjoint iterates anything but an exact set
class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
class OddSet(frozenset):
    def __iter__(self): return CountDown(4)
print({10, 11}.isdisjoint(OddSet()), {1, 2}.isdisjoint(OddSet()), OddSet().isdisjoint({1, 2}), {1, 2}.isdisjoint(iter([2])))
