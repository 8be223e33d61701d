from collections import defaultdict
import copy, pickle
d = defaultdict(list, a=[1])
d["b"].append(2)
print(d, d.default_factory, hasattr(d, "__dict__"), type(defaultdict.__dict__["default_factory"]).__name__)
d.default_factory = int
print(d["z"], d)
e = copy.deepcopy(d); print(e, e.default_factory)
print(pickle.loads(pickle.dumps(d)))
class Sub(defaultdict):
    pass
s = Sub(int); s.x = 1; print(s, s.__dict__, s["q"])
class X(defaultdict):
    def mydefault(self): pass
x = X.__new__(X); x.__init__(x.mydefault)
import re; print(re.sub("0x[0-9a-f]+", "X", repr(x)))
print(d | {"w": 1}, {"w": 1} | d)
try: defaultdict(5)
except TypeError as e: print(e)
