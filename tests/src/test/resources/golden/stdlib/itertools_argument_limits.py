# itertools read r/repeat as C sizes: OverflowError past sys.maxsize, MemoryError when the index slots cannot be allocated
import itertools
for f in (itertools.combinations, itertools.combinations_with_replacement, itertools.permutations):
    for r in (2**64, 2**63 - 1, 2**44, 2**40, 2**29, -1):
        try:
            f(range(5), r); print(f.__name__, r, "ok")
        except (OverflowError, MemoryError, ValueError) as e:
            print(f.__name__, r, type(e).__name__, e)
for args, kw in ((([1],), {"repeat": -1}), (([1, 2],), {"repeat": 2**60}), ((), {"repeat": 2**62}), (([1,2],[3]), {"repeat": 2**61}), (([],), {"repeat": 2**62}), (([1],), {"repeat": 2**64})):
    try:
        p = itertools.product(*args, **kw); print(len(args), kw, "ok", list(p) if not args else "")
    except (OverflowError, MemoryError, ValueError) as e:
        print(len(args), kw, type(e).__name__, e)
# product is lazy: a huge product starts at once
p = itertools.product(range(10), repeat=12)
print(next(p), next(p))
print(list(itertools.product("ab", [1, 2], repeat=2))[:5], list(itertools.product("ab", [])), list(itertools.product()))
try:
    itertools.product([1], repeat="x")
except TypeError as e:
    print(e)
