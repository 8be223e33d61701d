# In-place operators on sets and dicts mutate the object; see KNOWN_FAILURES.md (H8).
a = {1, 2}
b = a
a |= {3}
a -= {1}
a &= {2, 3, 4}
a ^= {9}
print(a is b, b)
d = {1: 1}
e = d
d |= {2: 2}
print(d is e, e)
f = frozenset([1])
g = f
f |= {2}
print(f is g, f, g)
