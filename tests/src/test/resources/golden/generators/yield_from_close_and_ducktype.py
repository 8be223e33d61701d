# Closing a generator suspended in `yield from` closes the inner iterator and then exits the delegating generator
# even when the inner one swallows GeneratorExit; a duck-typed iterator's StopIteration value is the expression's
def leaf():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("leaf swallows GeneratorExit")
        return "leaf result"


def delegating():
    try:
        result = yield from leaf()
        print("not reached", result)
    except GeneratorExit:
        print("delegating sees GeneratorExit")
        raise
    yield "after"


g = delegating()
print(next(g))
g.close()
print(list(g))


class Closable:
    def __iter__(self):
        return self

    def __next__(self):
        return "item"

    def close(self):
        print("Closable.close called")

    def throw(self, *args):
        print("throw must not be called on close")


def over_closable():
    yield from Closable()


g = over_closable()
print(next(g))
g.close()


class Failing:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def close(self):
        raise ValueError("close failed")


def over_failing():
    yield from Failing()


g = over_failing()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)


class NoClose:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def over_no_close():
    try:
        yield from NoClose()
    finally:
        print("finally in delegating generator")


g = over_no_close()
next(g)
g.close()


class Stopping:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)


def over_stopping():
    value = yield from Stopping()
    print("value", value)
    yield value


print(list(over_stopping()))


def inner_generator():
    yield 1
    return "returned"


def outer():
    value = yield from inner_generator()
    yield value


print(list(outer()))
