# The lesson CPython teaches about memory: counting frees at once, cycles wait for the collector.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.children = []

    def add(self, child):
        self.children.append(child)
        child.parent = self

    def __del__(self):
        print("freeing", self.name)


gc.disable()
parent = Node("parent")
child = Node("child")
parent.add(child)
watch = weakref.ref(parent)
del parent, child
print("after del: parent still alive?", watch() is not None)
print("gc.collect() found", gc.collect(), "objects")
print("after collect: parent still alive?", watch() is not None)


class Items(list):
    pass


def build():
    items = Items(range(1000))
    global probe
    probe = weakref.ref(items)
    print("inside: alive?", probe() is not None)
    return len(items)


print("built", build())
print("after return: alive?", probe() is not None)
gc.enable()
