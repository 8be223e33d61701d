# dis of expressions: constants and constant folding, names, operators, calls, attributes, subscripts, displays
from _disutil import show, show_source

GLOBAL = 1


def arithmetic(a, b, c):
    x = a + b * c - a / b // c % a ** b
    y = a << 2 >> b & c | a ^ b @ c
    z = -a, +b, ~c, not a
    return x, y, z


def folding():
    a = 1 + 2 * 3
    b = -1
    c = (1, 2, (3, "x"))
    d = 2 ** 10
    e = "ab" + "cd"
    f = 3 / 2
    g = 7 // -2, -7 % 3, 7.5 // 2, -7.5 % 2
    h = 2 ** 200
    i = "ab" * 3, (1, 2) * 2
    j = 1.5 + 2j, -2j
    k = "abc"[1], (1, 2, 3)[-1]
    m = not 0, ~5, 1 << 100
    n = 10 ** 40
    return a, b, c, d, e, f, g, h, i, j, k, m, n


def names_and_globals(p):
    global GLOBAL
    local = p
    print(local, GLOBAL, len)
    GLOBAL = local
    del local


def calls(f, o, a, k):
    f()
    f(1, 2)
    f(1, x=2, y=3)
    f(*a)
    f(1, *a, 2)
    f(**k)
    f(a, *a, b=1, **k)
    f(x=1, **k, y=2)
    o.method(1, key=2)
    o.a.b.c()
    o.method(*a)
    print("done", sep="", end="\n")


def attributes_and_subscripts(o, s, i, v):
    o.attr = v
    del o.attr
    x = o.attr.other
    s[i] = v
    del s[i]
    y = s[i], s[1:2], s[:], s[::2], s[1:2:3], s[i, 1:2], s[-1]
    s[1:2] = v
    del s[1:2]
    return x, y


def displays(a, b, d):
    return ([a, b], (a, b), {a, b}, {a: b, 1: 2}, {"x": a, "y": b}, {**d, a: b},
            [*a, b], (*a, b), {*a, b}, [], (), {}, [1, 2, 3], {1, 2, 3}, (1, [2]))


def membership(x):
    return x in [1, 2, 3], x not in (4, 5), x in {6, 7}, x is None, x is not None


def fstrings(x, w):
    return f"{x}", f"{x!r}", f"{x!s:>10}", f"{x!a}", f"a{x}b{x:{w}}c", f"{x=}"


def percent_format(x, y):
    return "%s and %r" % (x, y), "%-10.3s|%5a" % (x, y), "%d" % (x,), "%s" % x, "100%% %s" % (y,)


def conditional(a, b, c):
    return a if b else c, a and b, a or b or c, a and (b or c)


def comparisons(a, b, c):
    return a < b, a <= b, a == b, a != b, a > b, a >= b, a < b < c, a == b != c


def walrus(items):
    if (n := len(items)) > 3:
        return n
    return 0


def lambdas():
    f = lambda: 0
    g = lambda x, y=2, *a, z=3, **k: x + y + z
    return f, g


for function in (arithmetic, folding, names_and_globals, calls, attributes_and_subscripts, displays, membership,
                 fstrings, percent_format, conditional, comparisons, walrus, lambdas):
    print("=====", function.__name__)
    show(function)
    print()

show_source("expression source", "a + b * 2")
show_source("module source", "import os\nx = [1, 2, 3]\nprint(x, os.sep)\n")
