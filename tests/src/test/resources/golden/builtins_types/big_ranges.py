# Ranges whose bounds, steps or lengths do not fit in 64 bits, and the boundaries around 2**63.
import operator
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


B = 2**100
M = sys.maxsize

# construction, attributes, repr, bool
r = range(-B, B, 3)
print(r, r.start, r.stop, r.step, bool(r), bool(range(B, B)), bool(range(2**64)))
print(range(2**64), range(0, 2**64, 1), range(2**64, 0, -1), range(-B), range(5, B, B))
i = 2**64
print(range(i).stop is i, range(i, i + 1).start is i, type(range(2**64).stop).__name__)


class Big:
    def __index__(self):
        return 2**70


print(range(Big()), range(Big(), Big() .__index__() + 2), list(range(Big(), 2**70 + 2)))
show("zero step", lambda: range(0, B, 0))
show("float bound", lambda: range(1e100))
show("str step", lambda: range(0, B, "1"))

# len: OverflowError past sys.maxsize, like CPython's __len__
show("len big", lambda: len(range(2**64)))
show("__len__ big", lambda: range(-B, B).__len__())
show("len fits", lambda: len(range(2**64, 2**64 + 10, 3)))
show("len maxsize", lambda: len(range(M)))
show("len maxsize+1", lambda: len(range(-1, M)))
show("len two steps", lambda: len(range(0, M, M - 1)))
show("len full long", lambda: len(range(-2**63, 2**63 - 1)))
show("len full long step 2", lambda: len(range(-2**63, 2**63 - 1, 2)))
show("len negative step", lambda: len(range(2**63 - 1, -2**63, -3)))

# indexing
r = range(0, 10**20, 10**18)
print(len(r), r[5], r[-1], r[-100], 10**19 in r, r.index(10**19), r.count(10**19))
show("index past end", lambda: r[100])
show("index before start", lambda: r[-101])
show("big index", lambda: range(B)[B - 1])
show("big negative index", lambda: range(B)[-B])
show("index beyond", lambda: range(B)[B])
show("big index on small", lambda: range(10)[B])
show("str index", lambda: range(B)["a"])
show("float index", lambda: range(B)[1.5])
show("bool index", lambda: range(B, B + 5)[True])
show("__index__ key", lambda: range(B)[Big()])
show("__getitem__", lambda: range(B).__getitem__(7))

# slicing
print(range(B)[::2], range(B)[::-1], range(B)[B // 2:B // 2 + 3], range(B)[-3:], range(-B, B, 7)[5:-5:-2])
print(range(2**64)[2**63:], range(10)[0:B], range(10)[-B:B:B], range(10)[::-B], range(10)[B::-1])
print(range(2**98, 2**100)[2**98:2**99:2**97], range(-2**63, 2**63 - 1)[::-1], range(2**63 - 1)[::-1][::-1])
show("slice step zero", lambda: range(B)[::0])
show("slice str", lambda: range(B)["a":])

# membership, index, count
big = range(1, 2**100, 2)
print(2**87 in big, 2**87 + 1 in big, -1 in big, 2**100 in big, 2**100 - 1 in big, 5.0 in big, True in big)
show("index absent", lambda: big.index(2**87))
show("index present", lambda: big.index(2**87 + 1))
show("index float", lambda: range(0, B, 7).index(14.0))
show("index str", lambda: range(10).index("a"))
show("count", lambda: (big.count(3), big.count(4), big.count(True), range(0, B, 7).count(21)))


class I(int):
    pass


show("int subclass index", lambda: range(10).index(I(3)))
show("int subclass absent", lambda: range(10).index(I(11)))
print(2**63 - 1 in range(-2**63, 2**63 - 1, 3), 2**63 - 2 in range(-2**63, 2**63 - 1, 3), 2**63 - 4 in range(-2**63, 2**63 - 1, 3),
      -2**63 in range(2**63 - 1, -2**63 - 1, -1), range(-2**63, 2**63 - 1, 3).index(2**63 - 4),
      range(-2**63, 2**63 - 1, 3).index(-2**63 + 3 * 10**18), range(2**63 - 1, -2**63, -5).index(2**63 - 1 - 5 * 3 * 10**18))
print((2**63 - 1) in range(2**63 - 1, -2**63, -2**63), (-1) in range(2**63 - 1, -2**63, -2**63))

# equality and hash
print(range(2**200, 2**201 - 2**99, 2**100) == range(2**200, 2**201, 2**100),
      hash(range(2**200, 2**201 - 2**99, 2**100)) == hash(range(2**200, 2**201, 2**100)),
      range(2**200, 2**201, 2**100) != range(2**200, 2**201 + 1, 2**100),
      range(B, B) == range(0), hash(range(B, B)) == hash(range(0)),
      range(B, B + 1, 5) == range(B, B + 2, 7), hash(range(B, B + 1, 5)) == hash(range(B, B + 1)))
print(hash(range(B)) == hash((B, 0, 1)), hash(range(2**64, 2**65, 2**63)) == hash((2, 2**64, 2**63)))
print(range(3) == range(0, 3, 1), range(-2**63, 2**63 - 1) == range(-2**63, 2**63 - 1, 1), range(0, 2**64, 2) == range(0, 2**64 - 1, 2))

# iteration
print(list(range(2**64, 2**64 + 5)), list(reversed(range(2**64, 2**64 + 5))), list(range(B + 10, B, -3)))
print(list(range(-2**63, -2**63 + 3)), list(range(2**63 - 3, 2**63 + 2)), list(reversed(range(2**63 - 3, 2**63 + 2))))
print(list(range(2**63 - 1, 2**63 - 4, -1)), list(reversed(range(-2**63, -2**63 + 6, 2))))
for n in range(2**64 - 2, 2**64 + 1):
    print(n, end=" ")
print()
for n in range(-2**63, 2**63 - 1, 2**62):
    print(n, end=" ")
print()
count = 0
for n in range(-2**63, 2**63 - 1):
    count += 1
    if count == 3:
        print("third", n)
        break
for n in range(0, -2**64, -2**63):
    print(n, end=" ")
print()
it = iter(range(-B, B))
print(next(it), next(it), sum(x for x, _ in zip(range(2**64, 2**65), range(4))))

# which iterator CPython uses
for rg in [range(5), range(2**63 - 1), range(-2**63, 2**63 - 1), range(2**63 - 10, 2**63 - 1, 4),
           range(0, 2**63 - 1, 2**62), range(2**64), range(-5, -2**63, -1), range(0, -2**63, -2**62)]:
    print(type(iter(rg)).__name__, type(reversed(rg)).__name__, end="; ")
print()
print(type(reversed(range(0, 10, -2**63))).__name__, list(reversed(range(0, -2**63 - 1, -2**63))))

# length hints, list() of a range longer than sys.maxsize
show("hint", lambda: iter(range(2**64)).__length_hint__())
show("hint small", lambda: iter(range(2**64, 2**64 + 3)).__length_hint__())
show("operator.length_hint", lambda: operator.length_hint(iter(range(2**64))))
show("operator.length_hint range", lambda: operator.length_hint(range(2**64)))
show("list", lambda: list(range(2**64)))
show("tuple", lambda: tuple(range(-B, B)))
show("sorted", lambda: sorted(range(B)))

# pickling support
print(range(B).__reduce__(), iter(range(3)).__reduce__(), reversed(range(5)).__reduce__())
it = iter(range(2**64, 2**64 + 10, 3))
next(it)
print(it.__reduce__())
it = iter(range(10))
next(it)
next(it)
print(it.__reduce__())
for state in [3, -3, 30]:
    it = iter(range(10))
    it.__setstate__(state)
    print(state, list(it))
for state in [3, -3, 30, 2**100]:
    it = iter(range(2**64, 2**64 + 10))
    it.__setstate__(state)
    print(state, list(it))
it = iter(range(10))
show("setstate big", lambda: it.__setstate__(2**100))
show("setstate str", lambda: iter(range(2**64, 2**64 + 10)).__setstate__("a"))
