def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {3, 1, 2}
print(s, set(), set([5, 1, 3]), set(range(10)), set("a"), set({1: 2, 3: 4}), {0, 8, 16, 1}, {100, 7, 33, 64})
print(frozenset(), frozenset([2, 1]), frozenset({9, 17}), set(frozenset([1, 2])))
s.add(10); s.discard(99); s.discard(1); s.remove(2); print(s, len(s), 3 in s, 4 not in s)
print(s.pop(), s)
t = {1, 2, 3, 4}
print(t | {5}, t & {2, 3, 9}, t - {1}, t ^ {4, 5}, t.union([7], (8,)), t.intersection({1, 2}, [2]), t.difference([1], [2]), t.symmetric_difference([1, 9]))
print(t <= {1, 2, 3, 4}, t < {1, 2, 3, 4}, t >= {1}, t > {1}, t == {4, 3, 2, 1}, t != {1}, t.issubset(range(10)), t.issuperset([1, 2]), t.isdisjoint([7]))
u = {1, 2, 3}
u.update([4], {5}); print(u)
u.intersection_update({1, 2, 3, 4}, [2, 3, 4]); print(u)
u.difference_update([2], {9}); print(u)
u.symmetric_difference_update([4, 6]); print(u)
u |= {7}; u &= {3, 6, 7}; u -= {3}; u ^= {1}; print(u)
v = u.copy(); v.clear(); print(u, v)
f = frozenset([1, 2, 3])
print(f | {4}, {4} | f, f & {1}, f - {1}, f ^ {9}, f.union([5]), f.copy() is f, hash(f) == hash(frozenset([3, 2, 1])), f == {1, 2, 3}, {1, 2, 3} == f)
print(set.__or__({1}, {2}), set.__or__({1}, [2]), set.__and__({1, 2}, frozenset([2])), set.__sub__({1, 2}, {1}), set.__xor__({1}, {2}), set.__ror__({1}, {2}))
print(set.__eq__({1}, {1}), set.__eq__({1}, [1]), set.__lt__({1}, {1, 2}), set.__le__({1}, 3), set.__contains__({1}, 1), set.__len__({1, 2}))
w = {1}; print(w.__ior__({2}), w.__iand__({1, 2, 3}), w.__isub__({2}), w.__ixor__({5}), w)
print(sorted({5, 3, 9}), list({3, 1, 2}), [x * 2 for x in {1, 2}], {x % 3 for x in range(10)}, max({4, 8, 1}))
big = set(range(20)); big -= set(range(5, 15)); print(big)
print({-1, -2, 5}, {1.5, 2, 0.5}, {True, 1, 2}, {(1, 2), (0, 0)}, {None, 1})
print(set([1, 2, 3]) == frozenset([1, 2, 3]), frozenset([1]) in {frozenset([1])}, {frozenset([1]): 2})
print(repr(set()), repr(frozenset()), str({1}), frozenset([frozenset()]))
r = set(); r.add(r.__class__.__name__); print(r)
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: frozenset([1]).add(2))
show(lambda: {[1]})
show(lambda: set([[1]]))
show(lambda: {1} | [2])
show(lambda: {1} < [1])
show(lambda: set(1))
show(lambda: set.add(frozenset(), 1))
show(lambda: hash({1}))
show(lambda: {1}.issubset(5))
show(lambda: {1}.update(5))
show(lambda: set([1], [2]))
show(lambda: {1}.__iand__([1]))
def mutate():
    m = {1, 2}
    for x in m:
        m.add(x + 10)
show(mutate)
