import reprlib
r = reprlib.Repr()
print(reprlib.repr("x" * 100), reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset("abcdefgh")), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}), reprlib.repr(2 ** 200), reprlib.repr(12345))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))
import collections, array
print(reprlib.repr(collections.deque(range(10))), reprlib.repr(array.array("i", range(10))), reprlib.repr(array.array("d")))
class Big:
    def __repr__(self):
        return "B" * 50
class Broken:
    def __repr__(self):
        raise RuntimeError("no")
print(reprlib.repr(Big()), reprlib.repr(Broken()).startswith("<Broken instance at 0x"), reprlib.repr(3.5), reprlib.repr(None))
print(reprlib.repr({3, "a", 1}), reprlib.repr(["a" * 40, b"x" * 40]))
r = reprlib.Repr(maxlevel=2, maxlist=3, maxstring=10, fillvalue="<>", maxlong=5, maxother=8, maxdict=2)
print(r.repr([1, [2, [3, [4]]], "abcdefghijklmnop", 1234567890, Big()]), r.repr({1: 2, 3: 4, 5: 6}), r.maxtuple)
print(r.repr_str("hello world and more", 1), r.repr1([1, 2], 0), r.repr1({1: 2}, 0), r.repr1((), 0))
for indent in (4, "--", 0, ""):
    r = reprlib.Repr(indent=indent, maxlevel=3)
    print(r.repr([1, [2, {"k": (3, 4)}], "s", []]))
for bad in (-1, 1.5, [1]):
    try:
        reprlib.Repr(indent=bad).repr([1, 2])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return "INT"
print(MyRepr().repr([1, 2, "x"]))

class Node:
    def __init__(self):
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        "docstring"
        return f"Node({self.children})"
n = Node(); n.children.append(n); n.children.append(Node())
print(repr(n), Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)
class Other:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return f"Other({self.me!r})"
o = Other(); o.me = [o]
print(repr(o))

