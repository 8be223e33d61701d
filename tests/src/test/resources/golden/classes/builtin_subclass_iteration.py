# Iterating instances of subclasses of the builtin containers (no __iter__ of their own)
import collections, array
for base, arg in [(set, [1]), (frozenset, [1]), (dict, {1: 2}), (list, [1]), (tuple, [1]), (str, "a"), (bytes, b"a"), (bytearray, b"a"), (collections.deque, [1]), (collections.OrderedDict, {1: 2}), (collections.defaultdict, None), (array.array, None)]:
    C = type("C", (base,), {})
    try:
        obj = C(arg) if arg is not None else (C(int) if base is collections.defaultdict else C('i', [1]))
        print(base.__name__, list(obj), list(iter(obj)), list(reversed(obj)) if hasattr(base, '__reversed__') else '')
    except Exception as e:
        print(base.__name__, type(e).__name__, e)
class S(set): pass
s = S([3, 1, 2])
print(sorted(s), sorted(x * 2 for x in s), 2 in s)
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
