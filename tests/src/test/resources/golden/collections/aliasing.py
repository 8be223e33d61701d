a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
a.append(4)
print(a, b, c, d, a is b, a is c, a == b)
x = [1, 2]
y = x
x += [3]
print(x, y, x is y)
x = x + [4]
print(x, y, x is y)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
matrix = [[0] * 2 for _ in range(2)]
shallow = matrix[:]
shallow[0][0] = 9
shallow[1] = ["new"]
print(matrix, shallow)
first = second = []
first.append("shared")
print(second)
i, j = 0, 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
def modify(seq):
    seq.append("modified")
    seq = ["rebound"]
    return seq
orig = ["orig"]
print(modify(orig), orig)
d1 = {"k": [1]}
d2 = dict(d1)
d2["k"].append(2)
d2["j"] = 0
print(d1, d2)
s = "text"
s2 = s
s += "!"
print(s, s2)
