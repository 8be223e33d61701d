# dis of async for / async with, comprehensions in class bodies and with closures over their variables, comprehensions
# nested in comprehensions, and more constant folding (short-circuits on constants, complex numbers, repeats)
from _disutil import show


async def async_loops(source, lock):
    async with lock as held, source:
        async for item in source:
            if item:
                break
            print(item, held)
        else:
            print("exhausted")
    async with lock:
        return await source


class Table:
    rows = [i * i for i in range(4)]
    pairs = {k: v for k, v in enumerate(rows) if k}
    labels = [str(r) + "!" for r in rows]


def closures_in_comprehensions(items):
    makers = [lambda: i for i in items]
    grid = [[lambda: (i, j) for j in i] for i in items]
    plain = [i for i in items]
    sums = [sum(x for x in i) for i in items]
    return makers, grid, plain, sums


def folding():
    a = 0 or 5, 3 and 0, 1 or f(), 0 and f(), None or []
    b = (1 + 2j) / (3 - 4j), (1 + 1j) ** 3, 2 ** -1, (1j) ** -2
    c = "" * 10 ** 12, "ab" * -1, (1,) * 3, b"x" * 2
    d = True & False, True | False, ~True, -True, not 1
    e = "%s-%r" % (a, b), "%s" % (c,), "%%%s" % (d,)
    return a, b, c, d, e


for function in (async_loops, closures_in_comprehensions, folding):
    print("=====", function.__name__)
    show(function)
    print()
print("===== Table")
show(Table)
print(Table.rows, Table.pairs, Table.labels)
