# Iterating a deque: its iterator types, what they do when the deque changes under them (the forward iterator raises
# every time, the reverse one raises once and then reads as spent), their length hints, rebuilding them with
# type(it)(d, index) and pickle, and the searches and comparisons that notice a deque changing while __eq__ runs.
import copy
import pickle
from collections import deque
from collections.abc import Iterator
from operator import length_hint


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(result))


it_type = type(iter(deque()))
rev_type = type(reversed(deque()))
print(it_type, rev_type, it_type.__name__, rev_type.__module__, it_type is not rev_type)
import _collections
print(_collections._deque_iterator is it_type, _collections._deque_reverse_iterator is rev_type)
print(isinstance(iter(deque()), Iterator), iter(iter(deque("a"))).__class__ is it_type)
print(sorted(k for k in it_type.__dict__ if k not in ("__doc__", "__getattribute__")))

d = deque(range(5))
it = iter(d)
print(length_hint(it), next(it), next(it), it.__length_hint__(), list(it), length_hint(it))
attempt("next exhausted", lambda: next(it))
rit = reversed(d)
print(length_hint(rit), next(rit), list(rit), length_hint(rit))

# the forward iterator, after the deque moved
for name, change in [("append", lambda q: q.append(9)), ("appendleft", lambda q: q.appendleft(9)), ("pop", lambda q: q.pop()),
                     ("popleft", lambda q: q.popleft()), ("clear", lambda q: q.clear()), ("rotate", lambda q: q.rotate(1)),
                     ("extend", lambda q: q.extend([1])), ("remove", lambda q: q.remove(3)), ("insert", lambda q: q.insert(1, 7)),
                     ("del", lambda q: q.__delitem__(1)), ("iadd", lambda q: q.__iadd__([5])), ("imul", lambda q: q.__imul__(2))]:
    q = deque(range(10))
    fwd = iter(q)
    back = reversed(q)
    next(fwd)
    next(back)
    change(q)
    hints = (length_hint(fwd), length_hint(back))
    outcomes = []
    for iterator in (fwd, back):
        for _ in range(2):
            try:
                next(iterator)
            except Exception as e:
                outcomes.append(type(e).__name__ + (": " + str(e) if str(e) else ""))
            else:
                outcomes.append("item")
    print(name, hints, outcomes, length_hint(fwd), length_hint(back))

# changes that do not move the ends go unnoticed, as in CPython
for name, change in [("setitem", lambda q: q.__setitem__(0, "x")), ("reverse", lambda q: q.reverse()),
                     ("rotate 0 items", None), ("clear empty", None), ("extend empty", lambda q: q.extend([])),
                     ("maxlen 0 extend", None), ("imul 1", lambda q: q.__imul__(1))]:
    q = deque("abcd")
    if name == "rotate 0 items":
        q = deque("a")
        change = lambda q: q.rotate(3)
    elif name == "clear empty":
        q = deque()
        change = lambda q: q.clear()
    elif name == "maxlen 0 extend":
        q = deque(maxlen=0)
        change = lambda q: q.extend("xyz")
    fwd = iter(q)
    change(q)
    print(name, list(fwd))

# the same for the length hint through a for loop
q = deque(range(4))
seen = []
try:
    for x in q:
        seen.append(x)
        if x == 1:
            q.append(99)
except RuntimeError as e:
    print("for loop:", seen, e)
q = deque(range(4))
try:
    for x in reversed(q):
        q.appendleft(x)
except RuntimeError as e:
    print("reversed loop:", e, q)
print(list(zip(deque("ab"), reversed(deque("ab")))), [x * 2 for x in deque([1, 2])], list(enumerate(reversed(deque("xy")))))

# type(it)(d, index): index is positional, keywords are ignored, a negative one skips nothing
q = deque("abcdef")
for index in [0, 2, 6, 10, -3]:
    print(index, list(it_type(q, index)), list(rev_type(q, index)), length_hint(it_type(q, index)))
print(list(it_type(q)), list(rev_type(q, index=4)), list(it_type(q, 1, **{"index": 5})))
for args in [(), ([1],), ("abc",), (q, "x"), (q, 1.0), (q, 1, 2), (q, 2**70)]:
    attempt(f"iterator{args!r}", lambda: list(it_type(*args)))
    attempt(f"reverse iterator{args!r}", lambda: list(rev_type(*args)))


class SubDeque(deque):
    pass


print(list(it_type(SubDeque("xyz"), 1)), list(rev_type(SubDeque("xyz"), 1)))

# __reduce__ and pickling of the iterators
q = deque([1, 2, 3, 4], maxlen=6)
it = iter(q)
next(it)
red = it.__reduce__()
print(red[0] is it_type, red[1][0] is q, red[1][1])
rit = reversed(q)
next(rit)
next(rit)
print(rit.__reduce__()[1][1])
list(it)
print(it.__reduce__()[1][1])
for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    fresh = iter(q)
    next(fresh)
    again = pickle.loads(pickle.dumps(fresh, protocol))
    print(protocol, type(again).__name__, list(again), list(fresh))
attempt("pickle reverse iterator", lambda: pickle.dumps(reversed(q)))
both = pickle.loads(pickle.dumps((q, iter(q))))
print(both[0], list(both[1]), next(iter(both[0])))
c = copy.copy(reversed(q))
print(list(c))


# searches and comparisons whose __eq__ changes the deque
class Mutating:
    def __init__(self, target, change):
        self.target = target
        self.change = change

    def __eq__(self, other):
        self.change(self.target)
        return False

    def __repr__(self):
        return "Mutating()"


for name, run in [("count", lambda q, m: q.count(m)), ("index", lambda q, m: q.index(m)), ("in", lambda q, m: m in q),
                  ("remove", lambda q, m: q.remove(m)), ("==", lambda q, m: q == deque([m, m, m])),
                  ("<", lambda q, m: q < deque([m, m, m])), ("index after", lambda q, m: q.index(m, 1))]:
    for label, change in [("append", lambda t: t.append(0)), ("pop", lambda t: t.pop()), ("setitem", lambda t: t.__setitem__(0, 5)),
                          ("rotate", lambda t: t.rotate(1)), ("nothing", lambda t: None)]:
        q = deque([1, 2, 3])
        attempt(f"{name} with {label}", lambda: run(q, Mutating(q, change)))


class EqualOnSecond:
    calls = 0

    def __eq__(self, other):
        EqualOnSecond.calls += 1
        return EqualOnSecond.calls == 2


q = deque(["a", "b", "c"])
q.remove(EqualOnSecond())
print("removed second:", q)


class Boom:
    def __eq__(self, other):
        raise ValueError("boom")


q = deque("xyz")
attempt("remove raising", lambda: q.remove(Boom()))
print("after raising remove:", q)
attempt("count raising", lambda: deque([1]).count(Boom()))
attempt("compare raising", lambda: deque([Boom()]) == deque([1]))
print(deque([Boom()]) == deque([Boom(), 1]), deque([Boom()]) != deque([1, 2]))
same = Boom()
print(deque([same]) == deque([same]), same in deque([same]), deque([same]).count(same), deque([same]).index(same))


# a deque compared with itself while an element mutates it
class Grower:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append(1)
        return True

    def __lt__(self, other):
        return False


q = deque()
q.extend([Grower(q), Grower(q)])
r = deque([1, 2])
attempt("self-growing ==", lambda: q == r)
q2 = deque([Grower(r), 0])
attempt("other-growing <", lambda: q2 < r)
