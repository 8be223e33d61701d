a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = ["e"] * len(a[::2])
print(a)
a[1:3] = []
print(a)
b = [1, 2, 3, 4, 5, 6]
del b[::2]
print(b)
b[1:1] = "hi"
print(b)
try:
    b[::2] = [0]
except ValueError as e:
    print("ValueError:", e)
c = [1, 2, 3]
c[:] = c[::-1]
print(c)
d = [0, 1, 2, 3, 4]
print(d[-2:], d[:-2], d[::-2], d[4:0:-1])
