def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

names = ["__add__", "__radd__", "__mul__", "__rmul__", "__mod__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
         "__len__", "__getitem__", "__contains__", "__iter__", "__hash__", "__or__", "__and__", "__sub__", "__xor__",
         "__neg__", "__abs__", "__bool__", "__round__", "__trunc__", "__floor__", "__ceil__", "__iadd__", "__ior__", "__reversed__",
         "__divmod__", "__pow__", "__rpow__", "__invert__", "__lshift__", "__truediv__", "__floordiv__", "__index__", "__float__", "__int__"]
for t in (int, bool, float, str, list, tuple, dict, set, frozenset, range, slice):
    print(t.__name__, [n for n in names if n in t.__dict__])
print(list.__hash__, dict.__hash__, set.__hash__, frozenset.__hash__ is not None, tuple.__hash__ is not None)
print([m for m in ("append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "sort", "clear", "copy") if hasattr(list, m)])
print([m for m in ("add", "discard", "update", "intersection_update", "union", "copy", "issubset") if hasattr(frozenset, m)])
print([m for m in ("get", "setdefault", "pop", "popitem", "keys", "values", "items", "update", "clear", "copy", "fromkeys") if hasattr(dict, m)])
print([m for m in ("bit_length", "bit_count", "as_integer_ratio", "conjugate", "is_integer", "real", "imag", "numerator", "denominator") if hasattr(int, m)])
print([m for m in ("hex", "fromhex", "is_integer", "as_integer_ratio", "conjugate", "real", "imag") if hasattr(float, m)])

class MyDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)
    def __getitem__(self, key):
        return super().__getitem__(key) + 1
md = MyDict()
md["a"] = 5
print(md["a"], dict.__getitem__(md, "a"), md, md.get("a"), len(md), "a" in md)

class MyTuple(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def total(self):
        return self[0] + self[1]
mt = MyTuple(3, 4)
print(mt, mt.total(), len(mt), mt == (3, 4), hash(mt) == hash((3, 4)), type(mt).__name__, mt + (5,))

class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return "radd(%r)" % (other,)
    def __rmul__(self, other):
        return "rmul(%r)" % (other,)
    def __eq__(self, other):
        return "eq"
print(1 + Num(1), 1.5 + Num(1), "a" * 1 + "b", [1] * 2, 2 * Num(0), (1).__add__(Num(1)), (1).__eq__(Num(1)), 1 == Num(1))
print(sum([1, 2.5, True]), sum([[1], [2]], []), max("abc"), min([3, 1, 2]), abs(-3), abs(-2.5), divmod(7, -2), divmod(-7.5, 2), pow(3, 4, 5), pow(2, -1))
show(lambda: list.__len__(5))
show(lambda: dict.__len__([]))
show(lambda: int.__neg__(1.5))
show(lambda: float.__neg__(1))
show(lambda: set.__or__(frozenset(), {1}))
show(lambda: str.__len__(b"x" if False else 5))
show(lambda: tuple.__getitem__([1], 0))
print((1).__getnewargs__(), (2.5).__getnewargs__(), float.__getformat__("double"), range(1, 5).__reduce__(), slice(1, 2).__reduce__())
print({1}.__reduce__(), frozenset([1]).__reduce__(), "".__sizeof__(), "ab".__sizeof__(), "éé".__sizeof__(), "€".__sizeof__(), "😀😀".__sizeof__())
v = {}.values()
print(hash(v) == hash(v), {}.keys().__hash__, {}.items().__hash__)
