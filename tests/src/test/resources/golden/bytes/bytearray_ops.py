# bytearray: construction, mutation in every form, the shared methods returning bytearray, exports and resizing


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(bytearray(), bytearray(b"abc"), bytearray(3), bytearray([1, 2]), bytearray("héllo", "utf-8"), bytearray(range(3)))
print(repr(bytearray(b"it's")), str(bytearray(b"x")), type(bytearray()).__name__, isinstance(bytearray(), bytes))
attempt("bytearray(str)", lambda: bytearray("x"))
attempt("bytearray(float)", lambda: bytearray(1.5))
attempt("bytearray([256])", lambda: bytearray([256]))
attempt("bytearray(-1)", lambda: bytearray(-1))
attempt("hash", lambda: hash(bytearray(b"a")))

b = bytearray(b"hello")
b.append(33)
b.extend(b" world")
b.extend([33, 33])
b.extend(bytearray(b"?"))
b.extend(x for x in b"gen")
print(b, len(b))
b.insert(0, 62)
b.insert(-1, 45)
b.insert(100, 46)
b.insert(-100, 60)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("l"))
print(b)
b.reverse()
print(b)
b.clear()
print(b, len(b), bool(b))
attempt("pop empty", lambda: bytearray().pop())
attempt("pop range", lambda: bytearray(b"abc").pop(5))
attempt("remove missing", lambda: bytearray(b"a").remove(5))
attempt("remove bytes", lambda: bytearray(b"a").remove(b"a"))
attempt("append 256", lambda: bytearray(b"a").append(256))
attempt("append str", lambda: bytearray(b"a").append("a"))
attempt("insert -1 value", lambda: bytearray(b"a").insert(0, -1))
attempt("extend str", lambda: bytearray(b"a").extend("xy"))
attempt("extend int", lambda: bytearray(b"a").extend(5))
attempt("extend bad item", lambda: bytearray(b"a").extend([1, "x"]))


def setitem(k, v):
    b = bytearray(b"abcdef")
    b[k] = v
    return b


def delitem(k):
    b = bytearray(b"abcdef")
    del b[k]
    return b


print(setitem(0, 65), setitem(-1, 70), setitem(slice(1, 3), b"XYZ"), setitem(slice(1, 3), b""), setitem(slice(0, 6, 2), b"123"))
print(setitem(slice(3, 3), [1, 2]), setitem(slice(None), bytearray(b"new")), setitem(slice(1, 3), memoryview(b"MV")), setitem(slice(5, 1), b"!"))
print(setitem(slice(None, None, -2), b"xyz"), delitem(0), delitem(-1), delitem(slice(1, 4)), delitem(slice(None, None, 2)), delitem(slice(4, 1)))
attempt("set str", lambda: setitem(0, "a"))
attempt("set 300", lambda: setitem(0, 300))
attempt("set index", lambda: setitem(10, 1))
attempt("set key", lambda: setitem("x", 1))
attempt("set slice str", lambda: setitem(slice(0, 2), "ab"))
attempt("set slice int", lambda: setitem(slice(0, 2), 5))
attempt("set slice bad item", lambda: setitem(slice(0, 2), [1, 300]))
attempt("set extended size", lambda: setitem(slice(0, 6, 2), b"xy"))
attempt("del index", lambda: delitem(10))

x = bytearray(b"ab")
y = x
x += b"cd"
x += bytearray(b"e")
x *= 2
print(x, y, x is y)


def exec_iadd(v):
    z = bytearray(b"ab")
    z += v
    return z


attempt("+= str", lambda: exec_iadd("x"))
attempt("+= int", lambda: exec_iadd(5))
print(bytearray(b"ab") + b"cd", b"cd" + bytearray(b"ab"), bytearray(b"ab") * 2, 3 * bytearray(b"x"))
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < bytearray(b"abd"), bytearray(b"b") > b"a", bytearray(b"a") != "a")

# shared methods return bytearray
ba = bytearray(b"  Hello, World  ")
print(ba.strip(), ba.upper(), ba.split(), ba.replace(b"l", b"L"), ba.partition(b","), ba.center(20, b"*"), ba.find(b"World"))
print(ba.strip().split(b", "), bytearray(b",").join([b"a", b"b"]), ba.decode(), ba.hex(":"), ba[2:7], ba[0], ba[-3])
c = ba.copy()
c[0] = 88
print(c[:3], ba[:3], c.count(b"l"), c.startswith(b"X"), bytearray(b"abc").translate(bytes.maketrans(b"a", b"z")))
print(list(bytearray(b"it")), 105 in bytearray(b"hi"), type(iter(bytearray())).__name__)

# iteration sees changes
d = bytearray(b"abc")
seen = []
for v in d:
    seen.append(v)
    if v == 97:
        d.append(100)
print(seen, d)

# exported buffers block resizing
e = bytearray(b"xyz")
m = memoryview(e)
attempt("append while exported", lambda: e.append(1))
attempt("extend while exported", lambda: e.extend(b"1"))
attempt("del while exported", lambda: e.__delitem__(0))
e[0] = 65
print(e, m.tobytes())
s = m[1:]
m.release()
attempt("still exported by slice", lambda: e.pop())
s.release()
e.append(66)
print(e)
