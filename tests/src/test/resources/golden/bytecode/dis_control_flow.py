# dis of statements that jump: if/elif/else, while, for, break/continue, else clauses, returns, assert
from _disutil import show


def branches(x):
    if x:
        a = 1
    elif x > 10 and x < 20:
        a = 2
    elif not x or x is None:
        a = 3
    else:
        a = 4
    return a


def constant_tests():
    if 0:
        print("never")
    if True:
        print("always")
    while 1:
        break
    return 1 if True else 2


def while_loops(n):
    total = 0
    while n > 0:
        n -= 1
        if n % 2:
            continue
        total += n
    else:
        total = -total
    while True:
        n += 1
        if n > 5:
            break
    return total


def for_loops(items):
    for i in items:
        if i < 0:
            break
        print(i)
    else:
        print("no break")
    for k, v in {}.items():
        pass
    for x in [1, 2, 3]:
        for y in (x, x):
            print(x, y)
    return i


def returns_in_loops(items, key):
    for item in items:
        if item == key:
            return item
        if item is None:
            return None
    return -1


def chained(a, b, c):
    if a < b < c:
        return 1
    if a == b != c:
        return 2
    while a < b <= c:
        a += 1
    return a < b > c


def maybe_unbound(flag):
    if flag:
        value = 1
    print(value)
    del value
    return value


def asserts(x):
    assert x
    assert x > 0, "must be positive"
    assert isinstance(x, int), f"bad {x!r}"


def unpacking(seq):
    a, b = seq
    a, b = b, a
    a, b, c = c, b, a
    first, *rest = seq
    *init, last = seq
    x, (y, z) = seq
    [p, q] = seq
    i = j = k = seq
    return a, b, first, rest, init, last, x, y, z, p, q, i, j, k


def augmented(o, s, i):
    total = 0
    total += i
    total -= 1
    total *= 2
    total //= 3
    total **= 2
    o.count += 1
    s[i] -= 1
    s[1:2] *= 2
    return total


def annotations(x: int, *args: str, y: "forward" = None, **kw: dict) -> bool:
    z: int = 1
    w: list
    return z


for function in (branches, constant_tests, while_loops, for_loops, returns_in_loops, chained, maybe_unbound, asserts,
                 unpacking, augmented, annotations):
    print("=====", function.__name__)
    show(function)
    print()
