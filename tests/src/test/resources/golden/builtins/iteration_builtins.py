print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 20, 2)
print(r, len(r), r[3], r[-1], r[2:5], 7 in r, 8 in r, r.index(9))
print(list(enumerate("abc")), list(enumerate("ab", start=1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), dict(zip(("a", "b"), (1, 2))))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(sorted([3, 1, 2]), sorted("bca", reverse=True))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 0.25]))
print(min([4, 2, 8]), max([4, 2, 8]), min("hello"), max([], default="empty"), min(3, 1, key=lambda v: -v))
print(max(["aa", "b", "cccc"], key=len), min([(2, "x"), (1, "y")]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(all([]), any([]), all([1, "a"]), any([0, "", None]), all(x > 0 for x in [1, -1]))
calls = iter(lambda: 1, 1)
print(list(calls))
print(list(iter([1, 2].pop, 1)) if False else "sentinel iter skipped")
