# sys.getrefcount moves as references are stored and dropped; immortal objects report PEP 683's count.
import sys

print(sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(7))
a = []
base = sys.getrefcount(a)
print(base)
b = a
print(sys.getrefcount(a) - base)
c = [a, a]
print(sys.getrefcount(a) - base)
d = {"k": a}
print(sys.getrefcount(a) - base)


class Box:
    pass


box = Box()
box.item = a
print(sys.getrefcount(a) - base)
del b, c
print(sys.getrefcount(a) - base)
d.clear()
box.item = None
print(sys.getrefcount(a) - base)


def hold(x):
    return sys.getrefcount(x) - base


print(hold(a))
t = (a,)
print(sys.getrefcount(a) - base)
del t
print(sys.getrefcount(a) - base)


def f():
    local = []
    return sys.getrefcount(local)


print(f())
obj = Box()
print(sys.getrefcount(obj))
m = obj
print(sys.getrefcount(obj))
