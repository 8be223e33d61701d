# copy through the reduce protocol: __reduce__/__reduce_ex__/__getnewargs__/__getstate__/__setstate__, subclasses of builtins, slots (mangled), copyreg
import copy, collections, datetime, fractions, enum, dataclasses, threading
class P:
    def __init__(self, x): self.x = x; self.items = [x]
p = P(1); q = copy.copy(p); r = copy.deepcopy(p)
print(q.x, q.items is p.items, r.items is p.items, r.items == p.items)
class R:
    def __reduce__(self): return (R, ())
print(type(copy.copy(R())).__name__)
class GS:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): return {"a": self.a}
    def __setstate__(self, s): self.__dict__.update(s); self.restored = True
g = copy.deepcopy(GS()); print(vars(g))
class NA(int):
    def __new__(cls, v, tag): o = int.__new__(cls, v); o.tag = tag; return o
    def __getnewargs__(self): return (int(self), self.tag)
n = copy.copy(NA(5, "t")); print(n, n.tag, type(n).__name__)
class T(tuple): pass
t = copy.deepcopy(T([1, [2]])); print(t, type(t).__name__)
class S(set): pass
print(copy.copy(S([1])), type(copy.deepcopy(S([1]))).__name__)
print(copy.deepcopy(collections.OrderedDict(a=[1])), copy.copy(collections.Counter("aab")), copy.deepcopy(collections.defaultdict(list, {1: [2]})))
print(copy.deepcopy(datetime.date(2020, 1, 2)), copy.copy(fractions.Fraction(1, 3)), copy.deepcopy(collections.deque([1, [2]], maxlen=5)))
class Color(enum.Enum):
    RED = 1
print(copy.deepcopy(Color.RED) is Color.RED)
@dataclasses.dataclass
class D:
    a: list
print(copy.deepcopy(D([1])), dataclasses.replace(D([2]), a=[3]))
try: copy.copy(threading.Lock())
except TypeError as e: print("TypeError:", e)
class Slots:
    __slots__ = ("a", "__b")
    def __init__(self): self.a = 1; self.__b = 2
sl = copy.deepcopy(Slots()); print(sl.a, sl._Slots__b)
print(copy.copy(ValueError("x", 1)).args, copy.deepcopy(KeyError("k")).args)
print(copy.copy(range(3)), copy.deepcopy(slice(1, [2])), copy.copy(bytearray(b"ab")))
cyc = []; cyc.append(cyc); c2 = copy.deepcopy(cyc); print(c2[0] is c2)
