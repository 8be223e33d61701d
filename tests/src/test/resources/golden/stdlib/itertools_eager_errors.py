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
