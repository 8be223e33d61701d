# an annotated parenthesized name, (x): int, is not simple: it binds the name only when a value is assigned
a = 5
def f():
    (a): int
    return a
print(f())
def g():
    (b): int = 3
    return b
print(g(), g.__code__.co_varnames)
def h():
    global a
    (a): int
    return a
print(h())
class C:
    (x): int
    (y): int = 2
    z: str
print(C.__annotations__, C.y)
