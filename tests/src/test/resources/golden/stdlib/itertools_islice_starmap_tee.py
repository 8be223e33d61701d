# itertools.islice argument checks and reading up to its stop, starmap making tuples, tee using an instance __copy__.
import itertools, sys
for args in [(0,), (-1,), ([],), (2**70,), (None,), (0, -1), (0, -2), (-1, 5), (0, []), ([], 3), (0, 5, 0), (0, 5, -1), (0, 5, []), (0, 5, None), (None, None, None), (2**70, 3), (1, 2**70), (-5, -5), (-1, -1, 0), (1, 2, 3, 4)]:
    try: print(args, list(itertools.islice(range(20), *args)))
    except Exception as e: print(args, type(e).__name__, e)
class R:
    i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 7: raise UserWarning(self.i)
        return self.i
for args in [(2, 6, 2), (0, 3), (1, 5, 3), (3, 3)]:
    r = R(); s = itertools.islice(r, *args); out = []
    try:
        for x in s: out.append(x)
    except UserWarning as e: out.append('UW%s' % e)
    print(args, out, r.i)
try: next(itertools.starmap(None, [1, 2]))
except Exception as e: print(type(e).__name__, e)
print(list(itertools.starmap(pow, [[2, 3], (2, 4)])))
class C:
    def __init__(self, n, i=0): self._n, self._i = n, i
    def __iter__(self): return self
    def __next__(self):
        if self._i == self._n: raise StopIteration
        self._i += 1; return self._i - 1
it = C(3); it.__copy__ = lambda: C(it._n)
a, b = itertools.tee(it); print(type(a).__name__, list(a), list(b))
a, b, c = itertools.tee([1, 2], 3); print(type(a).__name__, list(a), list(b), list(c))
try: itertools.islice([])
except Exception as e: print(e)
