# array.array: every type code, conversions and range checks, the sequence operations, the buffer protocol.
import array
import io
import struct
import sys
import copy


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print(array.typecodes, array.ArrayType is array.array, array.array.__name__, array.array.__module__)
for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a))

# Range checks of each integer type code, and the non-integer errors.
for tc in "bBhHiIlLqQ":
    for v in [127, 128, -128, -129, 255, 256, -1, 32767, 32768, -32769, 65535, 65536, 2**31, -2**31 - 1, 2**32,
              2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, "s", 1.5, None, True]:
        attempt(f"{tc} {v!r}", lambda: array.array(tc, [v])[0])
for tc in "fd":
    for v in [1, 1.1, True, 2**70, "s", None, 1e300]:
        attempt(f"{tc} {v!r}", lambda: array.array(tc, [v]))
attempt("u list", lambda: array.array("u", ["a", "b"]))
attempt("u int", lambda: array.array("u", [1]))
attempt("u two chars", lambda: array.array("u", ["ab"]))
attempt("u str", lambda: array.array("u", "x\U0001F600y"))
attempt("u repr", lambda: array.array("u", "a'b\"c\n"))


class Index:
    def __index__(self):
        return 7


attempt("index object", lambda: array.array("h", [Index()]))

# Constructor errors and initializers.
attempt("bad code", lambda: array.array("z"))
attempt("two chars", lambda: array.array("bb"))
attempt("int code", lambda: array.array(5))
attempt("no args", lambda: array.array())
attempt("three args", lambda: array.array("i", [1], 2))
attempt("keyword", lambda: array.array("i", initializer=[1]))
attempt("str init", lambda: array.array("i", "abc"))
attempt("bytes init", lambda: array.array("h", b"\x01\x00\xff\xff"))
attempt("bytes odd", lambda: array.array("i", b"\x01\x00\x00"))
attempt("bytearray init", lambda: array.array("B", bytearray(b"ab")))
attempt("array init", lambda: array.array("d", array.array("i", [1, 2])))
attempt("array float to int", lambda: array.array("i", array.array("d", [1.5])))
attempt("u from b array", lambda: array.array("u", array.array("b", [1])))
attempt("i from u array", lambda: array.array("i", array.array("u", "ab")))
attempt("range init", lambda: array.array("q", range(5)))
attempt("generator init", lambda: array.array("f", (x / 2 for x in range(4))))
attempt("int init", lambda: array.array("i", 5))
attempt("tuple init", lambda: array.array("I", (1, 2, 3)))
attempt("float f", lambda: array.array("f", [0.1, 1e40, -1e40]))
attempt("nan inf", lambda: array.array("d", [float("inf"), float("nan"), -0.0]))

# Indexing and slicing.
a = array.array("i", range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[5:2], a[-3:])
attempt("index past end", lambda: a[10])
attempt("str index", lambda: a["x"])
attempt("float index", lambda: a[1.0])
a[0] = 100
a[-1] = -100
print(a)
attempt("set past end", lambda: a.__setitem__(10, 1))
attempt("set bad value", lambda: a.__setitem__(0, "x"))
attempt("set too big", lambda: a.__setitem__(0, 2**40))
a[1:3] = array.array("i", [7, 8, 9, 10])
print(a)
a[::2] = array.array("i", [0] * len(a[::2]))
print(a)
attempt("slice from list", lambda: a.__setitem__(slice(0, 1), [1]))
attempt("slice other code", lambda: a.__setitem__(slice(0, 1), array.array("h", [1])))
attempt("extended size", lambda: a.__setitem__(slice(0, 6, 2), array.array("i", [1])))
del a[0]
del a[1:3]
del a[::3]
print(a)
attempt("del past end", lambda: a.__delitem__(50))
a[len(a):] = array.array("i", [1, 2])
a[:0] = array.array("i", [-5])
print(a)

# Methods.
b = array.array("h", [3, 1, 4, 1, 5])
b.append(9)
b.extend([2, 6])
b.extend(array.array("h", [5, 3]))
b.insert(0, 0)
b.insert(-1, 8)
b.insert(100, 7)
print(b, b.count(1), b.index(1), b.index(1, 3), b.index(5, -4), 4 in b, 42 in b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(1)
print(b)
b.reverse()
print(b, b.tolist())
attempt("remove missing", lambda: b.remove(42))
attempt("index missing", lambda: b.index(42))
attempt("index stop", lambda: b.index(3, 0, 1))
attempt("index bad start", lambda: b.index(3, "x"))
attempt("pop empty", lambda: array.array("h").pop())
attempt("pop range", lambda: b.pop(50))
attempt("append bad", lambda: b.append(2**20))
attempt("extend other kind", lambda: b.extend(array.array("i")))
attempt("extend int", lambda: b.extend(5))
attempt("extend bad item", lambda: b.extend([1, 2, "x"]))
print(b)
attempt("insert bad index", lambda: b.insert("x", 1))
attempt("fromlist tuple", lambda: b.fromlist((1,)))
attempt("fromlist bad", lambda: b.fromlist([1, "x"]))
print(b)
b.fromlist([10, 20])
print(b)

# Bytes and text conversions.
c = array.array("I", [1, 0x01020304])
print(c.tobytes(), bytes(c), bytearray(c), len(bytes(c)))
c.byteswap()
print(c)
c.frombytes(b"\xff\xff\xff\xff")
print(c)
attempt("frombytes odd", lambda: c.frombytes(b"\x00"))
attempt("frombytes str", lambda: c.frombytes("x"))
c.frombytes(memoryview(b"\x01\x00\x00\x00"))
print(c)
d = array.array("d", [1.5, -2.25])
print(d.tobytes().hex(), struct.unpack("<2d", d), struct.unpack_from("<d", d, 8))
d.byteswap()
d.byteswap()
print(d)
u = array.array("u", "hello")
u.fromunicode(" world")
print(u, u.tounicode(), len(u), u[1], u[::-1])
attempt("fromunicode on int array", lambda: c.fromunicode("x"))
attempt("fromunicode int", lambda: u.fromunicode(5))
attempt("tounicode on int array", lambda: c.tounicode())
print(b"ab" + array.array("b", [1, 2]), bytearray(b"x") + array.array("B", [65]))
print(array.array("B", b"hi") == array.array("B", [104, 105]))

# Operators and comparisons.
x = array.array("i", [1, 2])
y = array.array("i", [1, 2, 3])
print(x + y, x * 2, 3 * x, x * 0, x * -1)
attempt("add list", lambda: x + [1])
attempt("add other kind", lambda: x + array.array("b"))
attempt("mul str", lambda: x * "s")
z = x
z += y
z *= 2
print(z, z is x)
attempt("iadd list", lambda: x.__iadd__([1]))
attempt("iadd other kind", lambda: x.__iadd__(array.array("b")))
print(x == y, array.array("i", [1, 2]) == array.array("d", [1.0, 2.0]), x != y)
print(array.array("i", [1, 2]) < array.array("i", [1, 3]), array.array("i", [1, 2]) < array.array("i", [1, 2, 0]),
      array.array("b", [5]) >= array.array("d", [4.5]), array.array("i") <= array.array("i"))
print(x == [1, 2])
print(list(array.array("H", [5, 6])), sum(array.array("d", [0.5, 0.25])), sorted(array.array("b", [3, -1, 2])))
it = iter(array.array("i", [1, 2]))
print(type(it).__name__, next(it), next(it), next(it, "done"))
print(list(reversed(array.array("i", [1, 2, 3]))))

# Copies, the buffer, memoryview.
e = array.array("q", [1, 2, 3])
f = copy.copy(e)
g = copy.deepcopy(e)
f[0] = 9
print(e, f, g)
info = e.buffer_info()
print(type(info[0]).__name__, info[1])
m = memoryview(e)
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m[1], m.readonly)
m[0] = 42
print(e)
attempt("append while exported", lambda: e.append(4))
attempt("pop while exported", lambda: e.pop())
attempt("iadd while exported", lambda: e.__iadd__(e))
attempt("imul while exported", lambda: e.__imul__(2))
attempt("del while exported", lambda: e.__delitem__(0))
attempt("extend nothing while exported", lambda: e.extend([]))
attempt("set item while exported", lambda: e.__setitem__(1, 7))
attempt("same-size slice while exported", lambda: e.__setitem__(slice(0, 1), array.array("q", [5])))
m.release()
e.append(4)
print(e)
print(memoryview(array.array("h", [1, -1])).cast("B").tolist())

# Files.
buf = io.BytesIO()
array.array("i", [1, 2, 3]).tofile(buf)
print(buf.getvalue())
buf.seek(0)
h = array.array("i")
h.fromfile(buf, 2)
print(h)
attempt("fromfile short", lambda: h.fromfile(buf, 5))
print(h)
attempt("fromfile negative", lambda: h.fromfile(buf, -1))
attempt("fromfile not a file", lambda: h.fromfile(5, 1))
attempt("tofile not a file", lambda: h.tofile(5))

# Subclasses, sizes, pattern matching. (Krait's messages name the type 'array' where CPython's say
# 'array.array', as in "unhashable type": not compared here.)
print(array.array.__hash__ is None)


class Signal(array.array):
    def mean(self):
        return sum(self) / len(self)


s = Signal("d", [1.0, 2.0, 4.5])
print(type(s).__name__, s.mean(), isinstance(s, array.array), type(s[:2]).__name__, repr(s))
print(sys.getsizeof(array.array("i")), sys.getsizeof(array.array("i", [1, 2, 3])), sys.getsizeof(array.array("d", range(10))))
grow = array.array("b")
for i in range(20):
    grow.append(i)
print(sys.getsizeof(grow))
match array.array("i", [1, 2]):
    case [p, q]:
        print("matched", p, q)

import collections.abc
n = array.array("i", [1, 2, 3])
print(isinstance(n, collections.abc.MutableSequence), type(iter(n)))
struct.pack_into("<i", n, 4, 99)
view = memoryview(n)
print(n, view.obj is n, array.array("b", [1, 2]) == b"\x01\x02")
