# itertools constructors that take no keywords, with CPython's messages
import itertools as it
for name, kw in [("pairwise", {"iterable": "ab"}), ("cycle", {"iterable": "ab"}), ("dropwhile", {"predicate": bool, "iterable": "ab"}),
                 ("takewhile", {"predicate": bool, "iterable": "ab"}), ("filterfalse", {"function": bool, "iterable": "ab"}),
                 ("starmap", {"function": bool, "iterable": "ab"}), ("islice", {"iterable": "ab", "stop": 1}), ("chain", {"x": 1}),
                 ("compress", {"data": "ab", "selectors": [1, 0]}), ("combinations", {"iterable": "ab", "r": 1}),
                 ("batched", {"iterable": "ab", "n": 1}), ("count", {"start": 1}), ("repeat", {"object": 1, "times": 2})]:
    try:
        r = getattr(it, name)(**kw)
        print(name, "ok", list(r) if name not in ("count", "cycle") else "")
    except TypeError as e:
        print(name, e)
for n, a in [('pairwise', ()), ('cycle', ()), ('dropwhile', (bool,)), ('starmap', (1, 2, 3)), ('filterfalse', (1,)), ('takewhile', ())]:
    try: getattr(it, n)(*a)
    except TypeError as e: print(e)
print(list(it.pairwise('abc')), list(it.islice(it.cycle('ab'), 5)), list(it.starmap(pow, [(2, 3)])))
print(list(it.dropwhile(lambda x: x < 2, [1, 2, 3])), list(it.takewhile(lambda x: x < 2, [1, 2, 3])), list(it.filterfalse(None, [0, 1, 0, 2])))
