# list(), tuple(), sorted(), list.extend and join ask an iterable its length first, as CPython does
from operator import length_hint


class Sized:
    def __iter__(self):
        print("  __iter__")
        return iter([3, 1, 2])

    def __len__(self):
        print("  __len__")
        return 3


for make in (list, tuple, sorted):
    print(make.__name__, make(Sized()))
items = [0]
items.extend(Sized())
print("extend", items)
print("join", "-".join(str(x) for x in Sized()))


class Hint:
    def __init__(self, hint):
        self.hint = hint

    def __iter__(self):
        return iter("ab")

    def __length_hint__(self):
        if isinstance(self.hint, BaseException):
            raise self.hint
        return self.hint


for hint in (-1, "x", 2**70, NotImplemented, TypeError("ignored"), KeyError("propagates"), 5):
    try:
        print(repr(hint), list(Hint(hint)))
    except Exception as e:
        print(repr(hint), type(e).__name__, e)

for sep in ("", b""):
    try:
        sep.join(5)
    except TypeError as e:
        print(type(sep).__name__, e)


# the old sequence protocol's iterator: len(seq) - index, asking __len__ each time
class Seq:
    def __init__(self):
        self.items = [1, 2, 3]

    def __getitem__(self, index):
        return self.items[index]

    def __len__(self):
        print("  Seq.__len__")
        return len(self.items)


it = iter(Seq())
print(it.__length_hint__())
next(it)
print(length_hint(it))


class NoLen:
    def __getitem__(self, index):
        if index < 2:
            return index
        raise IndexError


it = iter(NoLen())
print(it.__length_hint__() is NotImplemented, length_hint(it, 7), list(it))


# an error from an element leaves the iterator where it was
class Balky:
    def __getitem__(self, i):
        if i == 1:
            raise ValueError("boom")
        if i > 2:
            raise IndexError
        return i


it = iter(Balky())
print(next(it))
for _ in range(2):
    try:
        next(it)
    except ValueError as e:
        print("ValueError", e)


# an iterator whose sequence's __len__ asks the iterator again: RecursionError, not a hang
def make_iterator():
    holder = {}

    class Evil:
        def __getitem__(self, index):
            if index == 0:
                return 0
            raise IndexError

        def __len__(self):
            return holder["it"].__length_hint__()

    holder["it"] = iter(Evil())
    return holder["it"]


try:
    make_iterator().__length_hint__()
except RecursionError as e:
    print("RecursionError", e)


# object.__str__ installed as __repr__: str() and repr() recurse until RecursionError
class Foo:
    pass


Foo.__repr__ = Foo.__str__
for f in (str, repr):
    try:
        f(Foo())
    except RecursionError:
        print(f.__name__, "RecursionError")

# reversed dicts and dict views: their own iterator types, which notice size changes
d = {i: i * i for i in range(5)}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, length_hint(it), list(it))
it = reversed(d.items())
next(it)
d["new"] = 1
print(length_hint(it))
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
del d["new"]
print(list(reversed({})), list(reversed({1: 2}.values())))
it = reversed(d)
print(next(it), list(it), list(it))
