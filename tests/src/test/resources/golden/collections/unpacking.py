first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(p, q), r = (1, 2), 3
print(p, q, r)
print(*[1, 2, 3], sep="-")
merged = [*range(3), *"ab", 9]
print(merged)
d1 = {"a": 1, "b": 2}
d2 = {**d1, "b": 20, "c": 3}
print(d2)
s = {*[1, 2], *(2, 3)}
print(s)
def f(a, b, c):
    return a + b * c
print(f(*[1, 2], **{"c": 10}))
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    x, *y, z = [1]
except ValueError as e:
    print("ValueError:", e)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
