# Bound methods compare by the object they are bound to (identity) and their function; functions' __builtins__
d = {}
print(d.keys == d.keys, d.keys == {}.keys, [].append == [].append, d.keys != d.keys, hash(d.keys) == hash(d.keys))


class A:
    def m(self):
        pass

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


a, b = A(), A()
print(a.m == a.m, a.m == b.m, a == b, hash(a.m) == hash(a.m), a.m is a.m, a.m != b.m)
print(len({a.m, a.m, b.m}), a.m == A.m, A.m == A.m, len == len, len != abs)


def f():
    pass


print(f.__builtins__ is __builtins__.__dict__, type(f.__builtins__).__name__)
ns = {"__builtins__": {"len": len}}
exec("def g(): pass", ns)
print(ns["g"].__builtins__)
