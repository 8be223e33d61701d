# gi_yieldfrom: the iterator a generator suspended in `yield from` delegates to, else None
it = iter([1, 2, 3])


def a():
    yield from it
    yield "own"


g = a()
print(g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom is it)
print(list(g), g.gi_yieldfrom)


def inner():
    yield 1


def outer():
    yield 0
    yield from inner()


g = outer()
print(next(g), g.gi_yieldfrom)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
g.close()
print(g.gi_yieldfrom)


def failing():
    yield from iter([1])
    raise ValueError("after")


g = failing()
next(g)
try:
    next(g)
except ValueError:
    print("ValueError", g.gi_yieldfrom)
