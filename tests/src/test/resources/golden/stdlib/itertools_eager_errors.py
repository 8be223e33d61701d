# itertools' constructors take the iterator of their argument at once, as CPython's do
import itertools

makers = {
    "cycle": lambda: itertools.cycle(None),
    "dropwhile": lambda: itertools.dropwhile(None, 1),
    "takewhile": lambda: itertools.takewhile(None, 1),
    "islice": lambda: itertools.islice(3, 1),
    "accumulate": lambda: itertools.accumulate(5),
    "pairwise": lambda: itertools.pairwise(5),
    "zip_longest": lambda: itertools.zip_longest([], 5),
    "batched": lambda: itertools.batched(5, 2),
    "chain (lazy)": lambda: itertools.chain(None),
}
for name, make in makers.items():
    try:
        make()
        print(name, "made")
    except TypeError as e:
        print(name, "TypeError:", e)

print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.accumulate([1, 2, 3])))
print(list(itertools.pairwise("abc")), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.zip_longest("ab", "c", fillvalue="-")), list(itertools.batched("abcde", 2)))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))

# tee objects share what was read; copies start where the original is
t0, t1 = itertools.tee([1, 2, 3])
print(next(t0), type(t0).__name__)
t0c, t1c = t0.__copy__(), t1.__copy__()
print(list(t0), list(t0c), list(t1), list(t1c))
a, b, c = itertools.tee(iter("xyz"), 3)
print(next(a), next(b), next(a), list(c), list(a), list(b), itertools.tee([], 0))
big1, big2 = itertools.tee(range(10**5))
print(sum(big1), sum(big2))
for bad in (lambda: itertools.tee([], -1), lambda: itertools.tee(), lambda: itertools.permutations([1, 2], -2),
            lambda: itertools.permutations([1, 2], 3.14)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
