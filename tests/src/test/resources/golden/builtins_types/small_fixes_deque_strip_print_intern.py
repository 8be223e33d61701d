# deque indices; bytes.strip identity; print's separate writes; sys.intern.
import io
import sys
from collections import deque


# deques take integer indices (and objects with __index__), never slices
d = deque([1, 2, 3], 10)
for action in [lambda: d[0:1], lambda: d["a"], lambda: d[1.5], lambda: d[5], lambda: d.__setitem__(-4, 1)]:
    try:
        print(action())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    d[0:1] = (-1, -2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d[0:1]
except TypeError as e:
    print(type(e).__name__, e)


class Index:
    def __index__(self):
        return 1


d[Index()] = 20
print(d[True], d[Index()], d)
del d[Index()]
print(d)

# bytes.strip and friends return an exact bytes object itself when nothing is stripped
s = b"abc"
print(s.strip() is s, s.lstrip() is s, s.rstrip(b"x") is s, b" abc".strip() is s)


class B(bytes):
    pass


sb = B(b"abc")
print(type(sb.strip()).__name__, sb.strip() is sb)
ba = bytearray(b"abc")
print(ba.strip() is ba, ba.strip() == ba)


# print writes each value, separator and end with a call of its own
class Recorder(io.IOBase):
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


r = Recorder()
print("test", file=r)
print(1, 2, 3, sep="--", end="!", file=r)
print(file=r)
print(r.parts)


class BadStr:
    def __str__(self):
        raise ValueError("no str")


r = Recorder()
try:
    print("before", BadStr(), "after", file=r)
except ValueError as e:
    print("ValueError", e, r.parts)
try:
    print("x", sep=3, file=r)
except TypeError as e:
    print(e)
saved = sys.stdout
sys.stdout = None
print("nowhere", sep=3)
sys.stdout = saved
print("back")

# sys.intern takes only exact str
print(sys.intern("interned") == "interned")


class S(str):
    pass


for value in [0, S("a"), b"x", None]:
    try:
        sys.intern(value)
    except TypeError as e:
        print(e)
