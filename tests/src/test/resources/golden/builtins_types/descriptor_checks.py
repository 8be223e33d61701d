# Methods of builtin types called through the class with a receiver of another type.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def call(cls, name, *args):
    return getattr(cls, name)(*args)

for m in ("__repr__", "__hash__", "__index__", "__int__", "__float__", "bit_length", "bit_count", "conjugate", "as_integer_ratio", "is_integer"):
    show(lambda: call(int, m, "x"))
show(lambda: call(int, "__format__", "x", ""))
for m in ("__repr__", "__hash__", "__int__", "__float__", "is_integer", "as_integer_ratio", "hex", "__round__", "conjugate", "__trunc__"):
    show(lambda: call(float, m, 1))
show(lambda: call(bool, "__repr__", 1))
show(lambda: call(int, "__format__", 1, 2))
show(lambda: call(float, "__format__", 1.0, None))
show(lambda: call(str, "__format__", "a", 1))
for cls, m, args in ((str, "upper", (1,)), (str, "__len__", (1,)), (list, "append", ((), 0)), (list, "__getitem__", ((), 0)),
                     (tuple, "count", ([], 0)), (tuple, "__len__", ([],)), (dict, "keys", ([],)), (dict, "__contains__", ([], 0)),
                     (set, "add", (frozenset(), 0)), (set, "__contains__", ([], 0)), (range, "count", ([], 0)), (range, "__len__", ([],)),
                     (slice, "indices", (1, 0))):
    show(lambda: call(cls, m, *args))
print(call(int, "__repr__", True), call(int, "__hash__", True), call(float, "__round__", 2.5), call(int, "is_integer", 3), call(set, "__or__", {1}, frozenset([2])))
