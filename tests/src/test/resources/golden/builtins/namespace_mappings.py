# class bodies and exec/eval with any mapping as namespace: __prepare__ mappings, dict subclasses, ChainMap locals
import collections
class M(dict):
    def __getitem__(self, k): return super().__getitem__(k) if k in self else k.upper()
print(eval("abc", {}, M()))
ns = collections.ChainMap({}, {"y": 2})
exec("x = y + 1\ndel y\nz = [x for _ in range(2)]", {}, ns)
print(ns.maps[0], ns["x"])
class Recorder(dict):
    def __init__(self): super().__init__(); self.order = []
    def __setitem__(self, k, v): self.order.append(k); super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns)); cls.order = ns.order; return cls
class C(metaclass=Meta):
    a = 1
    def f(self): pass
    b = a + 1
print(C.order, C.b)
class Plain:
    __slots__ = ()
class Mapping:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Mapping()
    def __new__(mcls, name, bases, ns): return super().__new__(mcls, name, bases, ns.d)
class D(metaclass=Meta2):
    x = 5
    y = x * 2
    del x
print(D.y, hasattr(D, "x"))
class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 42
try:
    class E(metaclass=Bad): pass
except TypeError as e: print(e)
m = Mapping(); exec("q = 7", {}, m); print(m.d)
try: eval("1", {}, 5)
except TypeError as e: print(e)
try: exec("1", {}, 5)
except TypeError as e: print(e)
try: exec("del nope", {}, Mapping())
except NameError as e: print(e)
print(eval("dir()", {}, M(a=1, b=2)), eval("locals()", {}, ns) is ns)
