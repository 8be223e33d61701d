a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b), a.difference(b), a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2}.isdisjoint({3}))
s = set()
s.add(10)
s.add(10)
s.add(-1)
s.update([3, 1])
print(s, len(s), 3 in s)
s.discard(100)
s.remove(3)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(sorted(set("hello")), len(set("hello")))
print({x % 4 for x in range(10)})
print(set([3, 1, 2, 100, 33]), {"only"}, set(), frozenset({1, 2}))
fs = frozenset([1, 2])
print({fs: "frozen key"}[frozenset([2, 1])])
words = ["a", "b", "a", "c", "b"]
unique = []
seen = set()
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print({1, 2, 3} == {3, 2, 1}, {1: 1} != {1: 2})
print({-5, 5, 0, 17, 8, 1000, 33}, {0.5, 2.0, 1.5})
