def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = set(range(100, 120))
print(s)
s.difference_update(range(105, 115)); print(s)
s.symmetric_difference_update({1, 2, 200, 101}); print(s)
s.intersection_update([1, 200, 119, 7]); print(s)
t = {5, 6, 7}
print(t.union({13, 14}, [21, 22]), t.intersection([7, 5, 99]), t.symmetric_difference([7, 8, 15]), t.difference({5: 1}))
print(set({9: 1, 1: 2, 17: 3}), frozenset({"k": 1}.keys()), set(range(8)) - set(range(2, 30)), set(range(40)) & set(range(30, 50)))
print({1, 2} == {2, 1}, {1} < {1, 2} < {1, 2, 3}, {1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset(iter([1])), frozenset() < frozenset([0]))
print(sorted({1, 2, 3} ^ frozenset([3, 4])), type({1} | frozenset()).__name__, type(frozenset() | {1}).__name__)
print(list(zip(*sorted({(1, "a"), (0, "b")}))), {x for x in range(20) if x % 3 == 0})
show(lambda: {1}.symmetric_difference_update(5))
show(lambda: {1}.intersection_update([[1]]))
show(lambda: set().difference([[]]))
show(lambda: {1} - [1])
show(lambda: {1}.__isub__([1]))
