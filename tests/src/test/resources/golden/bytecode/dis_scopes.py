# dis of nested scopes: closures, nonlocal, generators, comprehensions (inlined, PEP 709), generator expressions,
# coroutines, classes with super() and __class__, decorators, imports; nested code objects listed recursively
from _disutil import show, show_source


def closures(x):
    y = 1

    def inner(z):
        nonlocal y
        y += z
        return x + y

    return inner


def generator(n):
    received = yield n
    while received:
        received = yield received * 2
    yield from range(n)
    return received


def comprehensions(items, offset):
    squares = [i * i for i in items if i]
    pairs = {k: v for k, v in items}
    unique = {i + offset for i in items}
    nested = [[a for a in b] for b in items]
    lazy = (i for i in items if i > offset)
    total = sum(x for x in items)
    return squares, pairs, unique, nested, lazy, total


def reused_name(x):
    y = 1
    [y for y in x]
    return y


async def coroutine(source):
    value = await source
    return value


def decorated():
    @staticmethod
    def helper():
        pass

    return helper


class Base:
    """A base class."""
    attribute = 1

    def method(self):
        return self.attribute


class Child(Base):
    def method(self):
        return super().method() + 1

    def explicit(self):
        return super(Child, self).method()

    def cell(self):
        return __class__

    @property
    def value(self):
        return super().attribute


def imports():
    import os
    import os.path
    import os.path as osp
    from os import sep, path as p
    return os, osp, sep, p


for function in (closures, generator, comprehensions, reused_name, coroutine, decorated, imports):
    print("=====", function.__name__)
    show(function)
    print()

print("===== class Child")
show(Child)
print("===== depth 0")
show(closures, depth=0)
print()
show_source("class source", "class C(B, metaclass=M):\n    x: int = 1\n    def f(self):\n        return 2\n")
show_source("module comprehension", "r = [y for x in z if x]\n")
show_source("from import star", "from os import *\n")
