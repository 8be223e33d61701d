def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(next(g, "default"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
def lazy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finishing")
g = lazy()
print("created")
for x in g:
    print("got", x)
print(type(g).__name__, iter(g) is g)
def with_return():
    yield "a"
    return "result"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
def in_try():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in in_try():
    print(v)
g = in_try()
print(next(g))
g.close()
print("closed")
