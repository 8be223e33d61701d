# deque * int both ways, dict(d) honours an overridden __iter__, method attributes forward to the function (__dict__ too), del f.__defaults__, subclasses of generic builtins subscript
import collections
d = collections.deque([1, 2])
print(-5 * d, 2 * d, d * 2)
class CustomReversedDict(dict):
    def keys(self):
        return reversed(list(dict.keys(self)))
    __iter__ = keys
    def items(self):
        return reversed(dict.items(self))
pairs = [("a", 1), ("b", 2), ("c", 3)]
print(list(dict(CustomReversedDict(pairs)).items()))
class K(dict):
    def keys(self): return ["a"]
print(dict(K(a=1, b=2)), {**K(a=1, b=2)})
dd = {}
class Other:
    def keys(self): dd["x"] = 1; return ["k"]
    def __getitem__(self, k): dd[k + str(len(dd))] = 2; return 5
try:
    dd.update(Other()); print(dd)
except RuntimeError as e: print("RuntimeError", e)
class F:
    def a(self): pass
f = F()
F.a.x = 1
print(f.a.__dict__, f.a.x)
def g(a=1): return a
del g.__defaults__
print(g.__defaults__)
def h(a, b): pass
h.__defaults__ = (1, 2); print(h())
class MyList(list): pass
print(MyList[int], collections.defaultdict[str, int], collections.OrderedDict[str, int], collections.Counter[str], collections.deque[int])
