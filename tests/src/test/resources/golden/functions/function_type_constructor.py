# types.FunctionType(code, globals, name, argdefs, closure): new functions of a def's or lambda's code.
import types


def reads_a():
    return a


g1 = {"a": 1}
f1 = types.FunctionType(reads_a.__code__, g1)
f2 = types.FunctionType(reads_a.__code__, {"a": 2})
print(type(f1) is types.FunctionType, f1(), f2(), f1.__name__, f1.__qualname__, f1.__globals__ is g1)
print(sorted(g1))


def uses_builtins(x):
    return len(x) + abs(-1)


print(types.FunctionType(uses_builtins.__code__, {})([1, 2]))


def with_defaults(x, y=10):
    return x + y


h = types.FunctionType(with_defaults.__code__, {}, "renamed", (5, 7))
print(h.__name__, h.__qualname__, h(), h(1), h(1, 2), h.__defaults__)
try:
    types.FunctionType(with_defaults.__code__, {})()
except TypeError as e:
    print(e)

outer = lambda: (lambda: a)
print(types.FunctionType(outer.__code__, {"a": 3})()(), types.FunctionType(outer.__code__, {"a": 4})()())


def make_counter():
    count = 0

    def counter():
        nonlocal count
        count += 1
        return count
    return counter


c = make_counter()
print(c.__code__.co_freevars, make_counter.__code__.co_freevars, c(), c())
c2 = types.FunctionType(c.__code__, {}, None, None, c.__closure__)
print(c2(), c(), c2.__closure__[0].cell_contents)
cell = types.CellType(100)
c3 = types.FunctionType(c.__code__, {}, "fresh", None, (cell,))
print(c3(), c3(), cell.cell_contents, c3.__name__)


def gen():
    yield b
    yield b * 2


print(list(types.FunctionType(gen.__code__, {"b": 21})()))

errors = [
    (None, {}),
    (reads_a.__code__, None),
    (reads_a.__code__, {}, 1),
    (reads_a.__code__, {}, None, [1]),
    (reads_a.__code__, {}, None, None, 5),
    (reads_a.__code__, {}, None, None, (cell,)),
    (c.__code__, {}),
    (c.__code__, {}, None, None, ()),
    (c.__code__, {}, None, None, (1,)),
]
for args in errors:
    try:
        types.FunctionType(*args)
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    types.FunctionType(reads_a.__code__, {})()
except NameError as e:
    print(e)

# cells: types.CellType, and a cell object keeps its contents alive after the function is gone
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print(e)
empty.cell_contents = "filled"
print(empty.cell_contents, types.CellType([1]).cell_contents)


class Noisy:
    def __del__(self):
        print("Noisy freed")


def make():
    d = Noisy()
    return lambda: d


f = make()
held = f.__closure__[0]
del f
print("function deleted")
print(type(held.cell_contents).__name__)
del held
print("cell deleted")
