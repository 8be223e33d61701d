# Deleting and finalizing while iterating, and finalizers that create new objects or cycles.
import gc


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


items = [A(i) for i in range(4)]
for item in items:
    if item.n == 1:
        items.remove(item)
del item
print("removed during loop", [a.n for a in items])
items = None
d = {i: A(i) for i in range(4, 6)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
del k
print(len(d))
d = None


class Spawner:
    def __del__(self):
        print("spawner del")
        global spawned
        spawned = A("spawned")


s = Spawner()
del s
print("spawned", spawned.n)
spawned = None


class CycleMaker:
    def __del__(self):
        print("cycle maker del")
        x = A("in cycle")
        x.me = x


c = CycleMaker()
del c
print("collect", gc.collect())


def gen():
    node = A("gen local")
    node.me = node
    yield node


g = gen()
next(g)
del g
print("generator cycle", gc.collect())


class WithMethod:
    def __init__(self):
        self.method = self.run

    def run(self):
        pass

    def __del__(self):
        print("bound method cycle del")


w = WithMethod()
del w
print("bound method cycle", gc.collect())
print("end")
