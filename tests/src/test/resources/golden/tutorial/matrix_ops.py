def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(width) for v in row))
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
show(matmul(a, b))
print()
show(transpose(a))
identity = [[int(i == j) for j in range(3)] for i in range(3)]
show(identity)
m = [[2, 0], [0, 2]]
p = [[1, 0], [0, 1]]
for _ in range(10):
    p = matmul(p, m)
show(p)
print(sum(map(sum, a)), [max(col) for col in zip(*b)])
