# Bad input for memory: a 100,000-node chain, gc.collect() inside __del__, a weakref callback, a raising finalizer
# in a cycle, a raising __del__ at exit (printed without source lines, as CPython does), mutation while iterating.
import gc, weakref, sys

class Node:
    def __init__(self, nxt):
        self.next = nxt

head = None
for i in range(100000):
    head = Node(head)
del head
print("long chain released")

class Collector:
    def __del__(self):
        print("collect inside __del__:", gc.collect() >= 0)

c = Collector()
del c
print("after reentrant collect")

class Target:
    pass

t = Target()
def resurrect(ref):
    print("callback sees", ref())
r = weakref.ref(t, resurrect)
del t

class Cyc:
    def __init__(self):
        self.me = self
    def __del__(self):
        raise KeyError("in gc")

x = Cyc()
del x
print("collected", gc.collect())

class AtExit:
    def __del__(self):
        raise RuntimeError("at exit")

keep = AtExit()
lst = [1, 2, 3]
it = iter(lst)
for v in it:
    lst.clear()
print("cleared while iterating", lst)
d = {1: Target(), 2: Target()}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print("end")
