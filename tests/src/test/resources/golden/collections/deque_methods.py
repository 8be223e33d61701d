# collections.deque, method by method: both ends, maxlen, indexing, rotation, repetition, comparison, repr, copying
# and pickling, subclasses; every error with CPython's type and message.
import collections
import copy
import pickle
import sys
import typing
from collections import deque


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(result))


print(deque, deque.__module__, deque.__name__, deque.__qualname__)
import _collections
print(_collections.deque is deque, type(deque.maxlen).__name__, deque.maxlen)
print(deque.__doc__)
print(deque.__hash__, isinstance(deque(), collections.abc.MutableSequence), deque[int], typing.Deque[str])

# both ends
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft("xy")
print(d)
d.extend(d)
print(d, len(d))
d.extendleft(d)
print(len(d), d[0], d[-1])
d.clear()
print(d, d.maxlen)
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("extend int", lambda: deque().extend(5))
attempt("extendleft None", lambda: deque().extendleft(None))

# a long run through the ends: the ring grows, wraps and shrinks
d = deque()
for i in range(1000):
    d.append(i)
    if i % 3 == 0:
        d.popleft()
print(len(d), d[0], d[-1], d[333], d[-333], sum(d))
for i in range(600):
    d.popleft()
print(len(d), list(d)[:3], list(d)[-3:])
while d:
    d.pop()
print(d, len(d))

# constructor and maxlen
print(deque("abc"), deque(range(3), 2), deque(maxlen=3), deque([1, 2], maxlen=None), deque(iterable=[1], maxlen=1))
print(deque("abc", True), deque("abc", False))
for args, kwargs in [((1,), {}), (([], "a"), {}), (([], -1), {}), (([], 1.5), {}), (([], 2**70), {}), ((), {"a": 1}),
                     ((1, 2, 3), {}), (([],), {"iterable": []}), ((), {"maxlen": -5})]:
    attempt(f"deque(*{args}, **{kwargs})", lambda: deque(*args, **kwargs))
d = deque([1, 2, 3], maxlen=3)
d.append(4)
print(d)
d.appendleft(0)
print(d)
d.extend([7, 8])
print(d)
d.extendleft([5, 6])
print(d)
attempt("insert full", lambda: d.insert(1, 99))
attempt("set maxlen", lambda: setattr(d, "maxlen", 5))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(5))
z += "abc"
print(z, len(z), z.maxlen, list(deque("ab", maxlen=0) * 3), deque("ab", maxlen=0) + deque("cd"))
attempt("insert maxlen 0", lambda: z.insert(0, 1))
consumed = iter(range(5))
deque(consumed, maxlen=0)
print("consumed:", list(consumed))

# __init__ again re-initializes, even with another maxlen
d = deque([1, 2, 3])
d.__init__("xy", 5)
print(d)
d.__init__()
print(d, d.maxlen)

# indexing
d = deque(range(10))
print(d[0], d[9], d[-1], d[-10], d[5])
d[0] = "first"
d[-1] = "last"
print(d)
del d[1]
del d[-2]
print(d, len(d))


class Index:
    def __index__(self):
        return 2


print(d[Index()], d[True])
for key in [10, -11, 2**70, "a", 1.5, slice(1, 2), None]:
    attempt(f"d[{key!r}]", lambda: d[key])
    attempt(f"d[{key!r}] = 0", lambda: d.__setitem__(key, 0))
    attempt(f"del d[{key!r}]", lambda: d.__delitem__(key))
attempt("empty[0]", lambda: deque()[0])
attempt("empty[-1]", lambda: deque()[-1])

# count, index, contains, remove, insert
d = deque("abracadabra")
print(d.count("a"), d.count("z"), "c" in d, "z" in d, d.index("b"), d.index("a", 1), d.index("a", -4), d.index("a", 1, 4))
print(d.index("a", -100), d.index("r", 0, 100), d.index("b", 2**70 * -1), d.index("a", False))
for args in [("z",), ("a", 1, 3), ("b", 2, -5), ("a", "x"), ("a", None), ("a", 0, None), (), ("a", 1, 2, 3)]:
    attempt(f"index{args}", lambda: d.index(*args))
attempt("index 2**70", lambda: deque().index(1, 0, 2**70))
d.remove("b")
print(d)
attempt("remove missing", lambda: d.remove("z"))
attempt("remove list", lambda: d.remove([1]))
for i, x in [(0, "<"), (-1, "-1"), (5, "5"), (100, "end"), (-100, "start"), (len(d) - 1, "last-1"), (True, "bool")]:
    d.insert(i, x)
print(d)
for args in [("a", 1), (1,), (), (1, 2, 3), (2**70, 0)]:
    attempt(f"insert{args}", lambda: d.insert(*args))
attempt("count()", lambda: d.count())
attempt("append()", lambda: d.append())
attempt("pop(1)", lambda: d.pop(1))
attempt("clear(1)", lambda: d.clear(1))

# reverse and rotate
d = deque(range(7))
d.reverse()
print(d)
d.rotate()
print(d)
d.rotate(-3)
print(d)
d.rotate(7 * 1000 + 2)
print(d)
d.rotate(-2**62)
print(d)
deque().rotate(5)
for args in [("x",), (1, 2), (2**70,), (1.0,)]:
    attempt(f"rotate{args}", lambda: d.rotate(*args))
full = deque(range(8))
full.rotate(3)
print(full)
full.append(8)
full.rotate(-4)
print(full, full[0], full[-1])

# concatenation and repetition
a = deque([1, 2])
b = deque([3], maxlen=4)
print(a + b, b + a, a * 3, 3 * a, a * 0, a * -1, b * 10, deque([9], maxlen=3) * 5)
attempt("deque + list", lambda: a + [3])
attempt("list + deque", lambda: [3] + a)
attempt("deque * str", lambda: a * "x")
attempt("deque * float", lambda: a * 1.5)
attempt("deque * huge", lambda: deque([0, 1]) * sys.maxsize)
c = a
c += [5, 6]
print(c is a, a)
c *= 2
print(c is a, a)
c *= 0
print(c is a, a)
a = deque("xy", 5)
a *= 4
print(a)
a += a
print(a)

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1]) < deque([1, 2]), deque([2]) > deque([1, 9]))
print(deque([1, 2]) <= deque([1, 2]), deque([1, 3]) >= deque([1, 2]), deque() == deque(), deque([1]) == [1], deque([1]) != [1])
print(deque([1], maxlen=5) == deque([1]), deque([float("nan")]) == deque([float("nan")]))
nan = float("nan")
print(deque([nan]) == deque([nan]), deque([nan]) < deque([nan]))
for op in ["<", "<=", ">", ">="]:
    attempt(f"deque {op} list", lambda: eval(f"deque([1]) {op} [1]"))
attempt("hash", lambda: hash(deque()))
attempt("deque < int", lambda: deque() < 1)

# repr: recursion, maxlen, subclasses
d = deque([1, "two", 3.0])
d.append(d)
print(repr(d), str(deque("ab", 2)))
inner = deque([d])
print(inner)
d.pop()
l = [deque([1])]
l[0].append(l)
print(l)

# copying and pickling
d = deque([1, [2, 3]], maxlen=4)
for c in [d.copy(), copy.copy(d), d.__copy__(), copy.deepcopy(d)]:
    print(c, c.maxlen, c == d, c is d, c[1] is d[1])
print(d.__reduce__()[:3], list(d.__reduce__()[3]), deque([1]).__reduce__()[:3], deque([1]).__reduce_ex__(2)[:3])
for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    e = pickle.loads(pickle.dumps(d, protocol))
    print(protocol, e, e.maxlen, type(e).__name__)
rec = deque()
rec.append(rec)
back = pickle.loads(pickle.dumps(rec))
print(back, back[0] is back)


# subclasses
class Sub(deque):
    pass


s = Sub("abc", 4)
s.tag = "tagged"
print(s, type(s.copy()).__name__, s.copy().maxlen, type(s + deque()).__name__, type(s * 2).__name__, s == deque("abc"))
print(s.__reduce__()[:3])
t = pickle.loads(pickle.dumps(s))
print(t, type(t).__name__, t.tag, t.maxlen)
c = copy.copy(s)
print(c, c.__dict__)


class Slotted(deque):
    __slots__ = ("x",)


sl = Slotted([1])
sl.x = 5
print(sl.__reduce__()[:3], pickle.loads(pickle.dumps(sl)).x)
attempt("slotted attribute", lambda: setattr(sl, "y", 1))


class Stack(deque):
    def __init__(self, *items, limit=None):
        super().__init__(items, limit)
        self.pushes = len(items)

    def push(self, x):
        self.append(x)
        self.pushes += 1

    def __repr__(self):
        return f"Stack<{', '.join(map(str, self))}>"


st = Stack(1, 2, limit=3)
st.push(3)
st.push(4)
print(st, st.pushes, len(st), st.maxlen, repr(deque([st])))
attempt("Stack.copy", lambda: st.copy())


class Odd(deque):
    def __new__(cls, *args):
        return [1, 2]


attempt("deque.copy(Odd)", lambda: deque.copy(deque.__new__(Odd)))
attempt("descriptor", lambda: deque.append([], 1))
attempt("descriptor len", lambda: deque.__len__([]))
print(deque.__len__(deque([1, 2])), deque.popleft(deque([7])))
print(deque.__class_getitem__(int), Sub[int])

match deque([1, 2, 3]):
    case [first, *rest]:
        print("matched", first, rest)
print(sorted(deque([3, 1, 2])), list(reversed(deque("abc"))), max(deque([4, 9, 2])), tuple(deque(range(3))))
print(sys.getrefcount(deque) > 0, collections.deque is deque)

# sizes as CPython's 64-item blocks give them, and the rest of _collections
print(_collections.defaultdict is collections.defaultdict, _collections.OrderedDict is collections.OrderedDict)
sizes = [sys.getsizeof(deque()), sys.getsizeof(deque(range(100))), deque().__sizeof__(), sys.getsizeof(deque([1]).copy())]
d = deque()
for i in range(300):
    d.appendleft(i)
    if i % 50 == 0:
        sizes.append(sys.getsizeof(d))
for i in range(290):
    d.pop()
    if i % 60 == 0:
        sizes.append(sys.getsizeof(d))
d.rotate(31)
sizes.append(sys.getsizeof(d))
print(sizes)

# constructors and descriptors used the wrong way
attempt("deque.__new__(1)", lambda: deque.__new__(1))
attempt("deque.__new__(list)", lambda: deque.__new__(list))
attempt("deque.__init__([])", lambda: deque.__init__([]))
attempt("maxlen of a list", lambda: deque.maxlen.__get__([]))
attempt("maxlen set", lambda: deque.__dict__["maxlen"].__set__(deque(), 1))
attempt("subclass the iterator", lambda: type("X", (type(iter(deque())),), {}))
attempt("iterator.__new__(list)", lambda: type(iter(deque())).__new__(list, deque()))
print(type(deque.__new__(Sub)).__name__, deque.__new__(deque, 1, 2, x=3), deque.__new__(deque, "ab", 3).maxlen)


# a subclass's subscripts word their errors as a deque's do, unless it overrides the method
class Plain(deque):
    pass


class Own(deque):
    def __getitem__(self, i):
        return ("own", i)


p = Plain("ab")
attempt("Plain['x']", lambda: p["x"])
attempt("Plain[2**70] = 1", lambda: p.__class__.__setitem__(p, 2**70, 1))
attempt("del Plain['x']", lambda: p.__delitem__("x"))
attempt("Plain[5] = 1", lambda: p.__setitem__(5, 1))
p[-1] = "B"
del p[0]
print(p, Own("ab")["x"], Own("ab")[0])
try:
    p["k"] = 1
except TypeError as e:
    print(e)
try:
    del p[9]
except IndexError as e:
    print(e)
