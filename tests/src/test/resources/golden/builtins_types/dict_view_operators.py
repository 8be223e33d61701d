# Operators on dict views and dicts whose other operand is not a dict; see KNOWN_FAILURES.md.
k = {1: 1, 2: 2, 3: 3}
ks, vs, its = k.keys(), k.values(), k.items()
print(ks & {2, 3, 4}, ks | {4}, ks - {1}, ks ^ {3, 4}, {1, 5} - ks, {9} | ks, {2, 9} & ks)
print(its & {(1, 1), (2, 5)}, its - {(1, 1)})
print(ks == {1, 2, 3}, ks != {1}, ks < {1, 2, 3, 4}, ks >= {1}, its == {(1, 1), (2, 2), (3, 3)}, ks == [1, 2, 3])
print(list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
f = {1: 1}
f |= [(3, 3)]
print(f)
