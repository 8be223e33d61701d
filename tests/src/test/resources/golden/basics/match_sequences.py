# Sequence patterns: which subjects are sequences, lengths, stars, and how items are read.
import collections


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r}, {y!r}"
        case [first, *middle, last]:
            return f"first {first!r}, middle {middle!r}, last {last!r}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], range(4), "ab", "", {1: 2}, {1, 2}, 42, None, collections.deque([7, 8, 9]),
          iter([1, 2]), (x for x in [1])]:
    print(type(v).__name__, "->", shape(v))

# nested sequences and parentheses
match [(1, 2), [3, [4, 5]]]:
    case [(a, b), [c, [d, e]]]:
        print("nested:", a, b, c, d, e)

match (1, 2, 3, 4, 5):
    case (1, *rest):
        print("rest is a list:", rest)
match [1, 2]:
    case [*everything]:
        print("everything:", everything)
match [1, 2, 3]:
    case [*init, 3]:
        print("init:", init)
match ():
    case [*_]:
        print("empty tuple matches [*_]")

# tuples and lists match either bracket kind
match [1, 2]:
    case (1, 2):
        print("list matched tuple pattern")
match (1, 2):
    case [1, 2]:
        print("tuple matched list pattern")


class Tracing(list):
    def __len__(self):
        print("  __len__")
        return super().__len__()

    def __getitem__(self, index):
        print("  __getitem__", index)
        return super().__getitem__(index)

    def __iter__(self):
        print("  __iter__")
        return super().__iter__()


t = Tracing([10, 20, 30, 40])
print("a, b, c, d:")
match t:
    case [a, b, c, d]:
        print(" ", a, b, c, d)
print("a, *rest:")
match t:
    case [a, *rest]:
        print(" ", a, rest)
print("a, *_, b:")
match t:
    case [a, *_, b]:
        print(" ", a, b)
print("_, _, *_:")
match t:
    case [_, _, *_]:
        print("  only wildcards")
print("wrong length:")
match t:
    case [a, b]:
        print("no")
    case _:
        print("  no match")


class Sized:
    """Not a sequence: has __len__ and __getitem__ but sequence patterns need the type's sequence flag."""

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


match Sized():
    case [a, b]:
        print("Sized matched")
    case _:
        print("Sized is not a sequence")


class MyTuple(tuple):
    pass


class MyDeque(collections.deque):
    pass


match MyTuple((1, 2)):
    case [a, b]:
        print("tuple subclass:", a, b)
match MyDeque("xy"):
    case [a, b]:
        print("deque subclass:", a, b)


class Liar(list):
    def __len__(self):
        return 3


try:
    match Liar([1, 2]):
        case [a, b, c]:
            print("no")
except ValueError as e:
    print("ValueError:", e)
try:
    match Liar([1]):
        case [a, *b, c]:
            print("no")
except ValueError as e:
    print("ValueError:", e)

# range and a star capturing from a range
match range(10):
    case [0, 1, *others]:
        print("range rest:", others)

# string elements are matched as values, strings are never split
match ["go", "north"]:
    case ["go", ("north" | "south") as direction]:
        print("going", direction)
match "go":
    case [a, b]:
        print("no")
    case str():
        print("a str is not a sequence here")
