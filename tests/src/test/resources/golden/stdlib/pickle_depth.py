# how deep pickle nests before RecursionError: CPython 3.12's C pickler counts each saved object, one more level for
# a list's or dict's items, and a call into Python code (__reduce__, __getstate__), up to its C recursion limit
import pickle


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


class Reduced:
    def __init__(self, nxt):
        self.nxt = nxt

    def __reduce__(self):
        return (Reduced, (self.nxt,))


class WithState:
    def __init__(self, nxt):
        self.nxt = nxt

    def __getstate__(self):
        return {"nxt": self.nxt}


def nested(depth, wrap, innermost):
    value = innermost
    for _ in range(depth):
        value = wrap(value)
    return value


CASES = [("list", lambda x: [x], [], 748), ("tuple", lambda x: (x, 1), (), 1497), ("dict", lambda x: {"k": x}, {}, 748),
         ("object", Node, None, 499), ("__reduce__", Reduced, None, 748), ("__getstate__", WithState, None, 499)]
for name, wrap, innermost, deepest in CASES:
    for depth in (deepest, deepest + 1):
        value = nested(depth, wrap, innermost)
        try:
            data = pickle.dumps(value)
            back = pickle.loads(data)
            print(name, depth, "ok", len(data))
        except RecursionError as exc:
            print(name, depth, "RecursionError", exc)


class Endless:
    def __reduce__(self):
        return (Endless, (), {"x": Endless()})


try:
    pickle.dumps(Endless())
except RecursionError as exc:
    print("Endless", exc)
deep = nested(100000, lambda x: [x], [])
try:
    pickle.dumps(deep)
except RecursionError as exc:
    print("deep", exc)
print(len(pickle.dumps(nested(700, lambda x: [x], []), 0)))
