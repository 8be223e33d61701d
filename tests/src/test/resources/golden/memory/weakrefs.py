# weakref: ref with callbacks (called when the referent dies, newest first), proxy, the weak containers, finalize.
import gc
import weakref


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Item({self.name!r})"


a = Item("a")
r = weakref.ref(a)
print(type(r).__name__, r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a))


def report(ref):
    print("callback:", ref is r2, ref())


r2 = weakref.ref(a, report)
r3 = weakref.ref(a, lambda ref: print("second callback"))
print(weakref.getweakrefcount(a), r == weakref.ref(a), hash(r) == hash(a), r2.__callback__ is report)
del a
print("after del:", r(), r2(), r3(), r2.__callback__)
print(repr(r).endswith("; dead>"))

for value in (1, "s", [], {}, (), 1.5, None):
    try:
        weakref.ref(value)
    except TypeError as e:
        print(e)

b = Item("b")
p = weakref.proxy(b)
print(p, p.name, len(repr(p)) > 0, type(p).__name__)
p.extra = 5
print(b.extra)
del b
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

cache = weakref.WeakValueDictionary()
x = Item("x")
y = Item("y")
cache["x"] = x
cache["y"] = y
print(sorted(cache.keys()), len(cache), "x" in cache)
del x
print(sorted(cache.keys()), len(cache), "x" in cache, cache.get("x", "gone"))

owners = weakref.WeakKeyDictionary()
k1 = Item("k1")
owners[k1] = "value"
print(len(owners), owners[k1])
del k1
print(len(owners))

members = weakref.WeakSet()
m1 = Item("m1")
m2 = Item("m2")
members.add(m1)
members.add(m2)
print(len(members), m1 in members)
del m1
print(len(members), sorted(i.name for i in members))


class Resource:
    pass


res = Resource()
fin = weakref.finalize(res, print, "finalizer ran", 42)
print(fin.alive)
del res
print(fin.alive)
print(weakref.finalize(Resource(), print, "temporary finalized")())


class Node:
    def __init__(self):
        self.me = self


n = Node()
watch = weakref.ref(n, lambda ref: print("cycle member collected"))
del n
print("before collect:", watch() is not None)
print("collected:", gc.collect())
print("after collect:", watch())


def failing(ref):
    raise ValueError("callback failed")


z = Item("z")
rz = weakref.ref(z, failing)
del z
print("after failing callback")


class Method:
    def run(self):
        return "ran"


obj = Method()
wm = weakref.WeakMethod(obj.run)
print(wm()())
del obj
print(wm())
print("end")
