# comment only line

x = (1 +
     2)
y = [
    1,
    2,
]
z = 1 + \
    2
if x:
    # comment
    pass

    pass
def f():
	return 1
class K:
    def m(self):
        if self:
            return 1
        else:
            return 2
s = """
doc
"""
def g():
    """docstring"""
    x = 1; y = 2;
    return x, y
a = b = c
[a, b] = [1, 2]
for x in *a, *b: pass
print(*args, sep='')
del x[0], y.z
x = not a == b
x = a if not b else c
x = [i for i in range(3)][0]
x = {**a}
x = {'a': 1}.get
x = a.b(c).d[e](f)
x = (yield)
