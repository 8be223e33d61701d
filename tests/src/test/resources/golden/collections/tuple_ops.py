t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), (), tuple([5, 6]))
print(t.index(2), t.count(1), 2 in t, min(t), max(t), sum(t))
a, b, c = t
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
point = 3, 4
print(point, type(point).__name__)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, 4))
for (p, q) in nested:
    print(p * q)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, [2]) != (1, [3]))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
