# A deque counts the items it holds: __del__ of an item runs when the deque lets go of it (pop, popleft, clear,
# trimming by maxlen, del d[i], remove, replacing d[i], *= 0, re-initialization, the deque's own release), cycles
# through a deque are collected, and iterators keep their deque alive.
import gc
import sys
import weakref
from collections import deque


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __del__(self):
        print("  del", self.name)


def items(*names):
    return [Item(n) for n in names]


print("pop/popleft:")
d = deque(items("a", "b", "c"))
d.pop()
print("after pop")
d.popleft()
print("after popleft")
kept = d.pop()
print("kept", kept, len(d))
del kept
print("dropped kept")

print("clear:")
d = deque(items("a", "b", "c"))
d.clear()
print("after clear", d)

print("maxlen trims:")
d = deque(items("a", "b"), maxlen=2)
d.append(Item("c"))
print("after append", d)
d.appendleft(Item("z"))
print("after appendleft", d)
d.extend(items("x", "y"))
print("after extend", d)
z = deque(maxlen=0)
z.append(Item("never"))
print("after append to maxlen=0")

print("indexing:")
d = deque(items("a", "b", "c", "d"))
del d[1]
print("after del d[1]")
d[0] = Item("A")
print("after d[0] = A")
d.remove(d[-1])
print("after remove")
d.rotate(5)
d.reverse()
print("rotate/reverse drop nothing", d)
d *= 0
print("after *= 0", d)

print("init again:")
d = deque(items("a", "b"))
d.__init__(items("c"))
print("after __init__", d)

print("release of the deque:")
d = deque(items("a", "b", "c"))
del d
print("after del d")
d = deque(items("p", "q"))
d = None
print("after rebinding")

print("copies share items:")
d = deque(items("s"))
c = d.copy()
d.clear()
print("original cleared, copy holds", c)
del c
print("copy dropped")

print("refcounts:")
x = Item("x")
before = sys.getrefcount(x)
d = deque([x, x])
print(sys.getrefcount(x) - before)
d.append(x)
d.appendleft(x)
print(sys.getrefcount(x) - before)
d.pop()
d.popleft()
print(sys.getrefcount(x) - before)
d[0] = 1
print(sys.getrefcount(x) - before)
d.clear()
print(sys.getrefcount(x) - before)
d = deque([x] * 3, maxlen=2)
print(sys.getrefcount(x) - before)
del d
print(sys.getrefcount(x) - before)
del x

print("iterators keep the deque:")
d = deque(items("i"))
r = weakref.ref(d)
it = iter(d)
del d
print("deque alive:", r() is not None)
print(list(it))
print("exhausted iterator still holds it:", r() is not None)
del it
print("after dropping the iterator:", r())

print("cycles:")
gc.collect()
d = deque([Item("in-cycle")])
d.append(d)
r = weakref.ref(d)
del d
print("collected:", gc.collect() > 0, r())
a = deque()
b = deque([a, Item("pair")])
a.append(b)
del a, b
print("collected pair:", gc.collect() > 0)


class Holder:
    def __init__(self):
        self.queue = deque()
        self.queue.append(self)
        self.tag = Item("holder-tag")


h = Holder()
del h
print("holder collected:", gc.collect() > 0)
print("gc sees items:", gc.is_tracked(deque()), any(o is d2 for d2 in [deque()] for o in gc.get_referents(deque([d2]))))
q = deque([1, "s", [2]])
print([r for r in gc.get_referents(q) if not isinstance(r, type)])  # CPython 3.12 also lists the (heap) type

print("weakrefs to deques:")
d = deque([1])
w = weakref.ref(d)
print(w() is d, w()[0])
del d
print(w())


class Sub(deque):
    def __del__(self):
        print("  Sub del, still holding", list(self))


s = Sub(items("t"))
s.attr = Item("attr")
del s
print("done")
