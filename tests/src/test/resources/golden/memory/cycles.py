# Reference cycles wait for the cycle collector; it runs finalizers first (PEP 442) and counts what it freed.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("node del", self.name)


class Holder:
    pass


gc.disable()
print(gc.isenabled())
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("cycle dropped, nothing freed yet")
print("collected", gc.collect())
print("collected again", gc.collect())

lst = []
lst.append(lst)
del lst
print("self-referencing list:", gc.collect())

parent = Node("parent")
child = Node("child")
parent.kids = [child]
child.parent = parent
del parent, child
print("parent/child:", gc.collect())

n1 = Holder()
n2 = Holder()
n1.other = n2
n2.other = n1
n1.__dict__
del n1, n2
print("with a materialized __dict__:", gc.collect())


h = Holder()
h.items = {"self": h, "data": [1, 2, 3]}
del h
print("dict cycle:", gc.collect())


def build():
    x = Node("x")
    y = Node("y")
    x.other = y
    y.other = x
    return "built"


print(build())
print("after build:", gc.collect())

survivors = []


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("phoenix finalized")
        survivors.append(self)


p = Phoenix()
del p
print("resurrecting cycle:", gc.collect())
print(len(survivors), gc.is_finalized(survivors[0]))
survivors.clear()
print("second collection:", gc.collect())

gc.enable()
print(gc.isenabled(), gc.get_threshold())
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}),
      gc.is_tracked(Node("tracked")))
phases = []


def callback(phase, info):
    phases.append((phase, info["generation"], info.get("collected")))


gc.callbacks.append(callback)
gc.collect()
gc.callbacks.remove(callback)
print(phases)
print("end")
