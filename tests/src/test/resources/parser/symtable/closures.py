x = 1
def outer(a, b=2, *args, c, d=4, **kw):
    y = a
    z = 3
    def inner(p, /, q):
        nonlocal z
        z = p + q + y
        return x + builtin_name
    def other():
        def deepest():
            return a + y
        return deepest
    return inner
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
def uses_global():
    global x, newglobal
    x = 2
    newglobal = 3
    return x
def shadow(x):
    x = x + 1
    return x
