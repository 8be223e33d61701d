# StopIteration raised by a map function or filter predicate ends the consumer's iteration; which builtin
# iterators have __length_hint__; indexes too large for an index-sized int; repr()/ascii() keep str subclasses
import sys


def attempt(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)


def stop_at_zero(x):
    if x == 0:
        raise StopIteration()
    return x * 10


print(list(filter(stop_at_zero, [1, 2, 0, 4])))
print(list(map(stop_at_zero, [1, 2, 0, 4])))
print(tuple(map(stop_at_zero, [3, 0])), sorted(map(stop_at_zero, [5, 4, 0])))
for item in map(stop_at_zero, [7, 0, 8]):
    print("loop", item)
print([x for x in filter(stop_at_zero, [9, 0, 1])])
it = map(stop_at_zero, [0])
attempt("next map", lambda: next(it))
attempt("next map default", lambda: next(map(stop_at_zero, [0]), "default"))
print(sum(map(stop_at_zero, [1, 1, 0, 1])), dict(zip("ab", map(stop_at_zero, [1, 0]))))

for obj in [iter([]), iter(()), iter(""), iter(range(2)), iter({}), iter(set()), reversed([]), reversed("ab"),
            iter(b""), enumerate([]), zip(), map(abs, []), filter(None, []), iter(int, 1), iter(memoryview(b""))]:
    print(type(obj).__name__, hasattr(obj, "__length_hint__"))

for seq in ["test", [0, 1], (1, 2), b"ab", bytearray(b"ab"), range(3)]:
    for index in [sys.maxsize + 1, -sys.maxsize - 2, 10**30, sys.maxsize, -sys.maxsize - 1]:
        attempt(type(seq).__name__, lambda: seq[index])
attempt("list assign", lambda: [1].__setitem__(10**20, 1))
attempt("list del", lambda: [1].__delitem__(-10**20))
print([1, 2, 3][10**30:], "abc"[-10**30:], (1, 2)[::10**30])


class MyStr(str):
    pass


class Plain:
    def __repr__(self):
        return MyStr("hello")


class Accented:
    def __repr__(self):
        return MyStr("h\xe9llo")


class NotStr:
    def __repr__(self):
        return 5


print(type(repr(Plain())).__name__, type(ascii(Plain())).__name__, repr(Plain()), ascii(Plain()))
print(type(repr(Accented())).__name__, type(ascii(Accented())).__name__, ascii(Accented()))
print(str(Plain()), f"{Plain()!r}", [Plain()])
attempt("repr int", lambda: repr(NotStr()))
attempt("ascii int", lambda: ascii(NotStr()))
