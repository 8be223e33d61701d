# The value of a StopIteration raised inside map/enumerate/zip/filter reaches next() and yield from;
# generator.throw() passes its arguments to the throw method of the iterator a yield from delegates to.


class Stops:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)


def returns(x):
    return x
    yield


def stop_at_three(x):
    if x < 3:
        return x
    raise StopIteration(444)


makers = [
    ("enumerate", lambda: enumerate(Stops())),
    ("zip", lambda: zip(Stops(), Stops())),
    ("zip strict", lambda: zip(Stops(), strict=True)),
    ("zip second", lambda: zip([1], Stops())),
    ("map", lambda: map(abs, Stops())),
    ("map function", lambda: map(stop_at_three, [5])),
    ("filter", lambda: filter(None, Stops())),
    ("enumerate generator", lambda: enumerate(returns(7))),
    ("enumerate generator None", lambda: enumerate(returns(None))),
    ("enumerate of map", lambda: enumerate(map(abs, Stops()))),
    ("iter", lambda: iter([])),
]
for label, make in makers:
    try:
        next(make())
    except StopIteration as e:
        print(label, "args", e.args)
    print(label, list(make()), [x for x in make()], next(make(), "default"))

m = map(stop_at_three, range(100))
print(next(m), next(m), next(m))
try:
    next(m)
except StopIteration as e:
    print("map stopped", repr(e), e.value)


def delegate_to_map():
    result = yield from map(stop_at_three, range(10))
    print("yield from map returned", result)


print(list(delegate_to_map()))


def delegate_to_enumerate():
    result = yield from enumerate(Stops())
    print("yield from enumerate returned", result)


print(list(delegate_to_enumerate()))


class Thrower:
    """An iterator with its own throw(): generator.throw() arguments reach it unchanged."""

    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def throw(self, *args):
        print("throw got", args)
        if args[0] == "finish":
            raise StopIteration("finished")
        if args[0] == "fail":
            raise KeyError("from throw")
        return "value of throw"


def outer():
    try:
        result = yield from Thrower()
        print("yield from result", result)
        yield "after"
    except KeyError as e:
        print("caught at the yield from", repr(e))
        yield "handled"


g = outer()
print(next(g))
print(g.throw(123))
print(g.throw(ZeroDivisionError))
print(g.throw(ValueError("instance")))
print(g.throw("finish"))
g = outer()
next(g)
print(g.throw("fail"))
g = outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit goes to the generator")
g = outer()
next(g)
g.close()
print("closed")


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def outer2():
    yield from NoThrow()


g = outer2()
next(g)
try:
    g.throw(ValueError)
except ValueError:
    print("ValueError raised in the generator")
g = outer2()
next(g)
try:
    g.throw(123)
except TypeError as e:
    print("TypeError", e)
