# weakref: ref subclasses taking keywords in __init__, CPython's order of references (the plain one first, then
# the newest), shared proxies, proxies' reversed and in-place operators, _remove_dead_weakref
import _weakref, gc, weakref
class A(object): pass
a = A()
ref1 = _weakref.ref(a); ref2 = _weakref.ref(a)
print(ref1 is ref2, _weakref.getweakrefcount(a))
class Ref(_weakref.ref):
    def __init__(self, ob, callback=None, **other):
        self.__dict__.update(other)
b = A()
w = Ref(b, None, x=1, y=2)
print(w.x, w.y, b.__weakref__ is w, A().__weakref__)
w1 = _weakref.ref(b)
print(b.__weakref__ is w1)
a = A()
print(_weakref.proxy(a) is _weakref.proxy(a), _weakref.proxy(a) is _weakref.proxy(a, None))
class C(object):
    def __reversed__(self): return b"string"
inst = C()
print("__reversed__" in dir(_weakref.proxy(inst)), reversed(_weakref.proxy(inst)))
class Ad(object):
    def __add__(self, other): return other
a1 = Ad(); a2 = Ad()
p1 = _weakref.proxy(a1); p2 = _weakref.proxy(a2)
p1 += p2
print(p1 is a2)
class R:
    def __add__(self, other): return 17
    def __radd__(self, other): return 20
    def __iadd__(self, other): return 19
r = R(); p = _weakref.proxy(r)
print(p + 12, 12 + p)
p += -1
print(p)
r = _weakref.ref(A()); d = {"abc": r}
_weakref._remove_dead_weakref(d, "abc"); print(d)
class Z: pass
z = Z()
r1 = weakref.ref(z, lambda r: print('cb1'))
r2 = weakref.ref(z, lambda r: print('cb2'))
print(z.__weakref__ is r2)
r0 = weakref.ref(z)
class Sub(weakref.ref): pass
r3 = Sub(z)
refs = weakref.getweakrefs(z)
print([x is r0 for x in refs], [x is r2 for x in refs], [x is r3 for x in refs], z.__weakref__ is r0)
del z
for args, kw in [((), {}), ((A(), None, 3), {}), ((A(),), {'x': 1})]:
    try: weakref.ref(*args, **kw)
    except TypeError as e: print(e)
