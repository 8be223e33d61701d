# subclasses of bytes and bytearray, str(bytes, encoding), and a memoryview's export ending with the view


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Tag(bytes):
    def shout(self):
        return self.upper() + b"!"


t = Tag(b"hey")
print(t, type(t).__name__, isinstance(t, bytes), len(t), t[0], t.shout(), type(t.upper()).__name__, t == b"hey", hash(t) == hash(b"hey"))
print(Tag(), Tag([65]), Tag("é", "utf-8"), type(bytes(t)).__name__, t + b"!", type(t + b"!").__name__, list(t))


class Buffer(bytearray):
    def push(self, value):
        self.append(value)
        return self


buf = Buffer(b"ab")
print(buf, repr(buf), buf.push(99), len(buf), isinstance(buf, bytearray), type(buf[:1]).__name__, buf == b"abc")
attempt("memoryview base", lambda: type("M", (memoryview,), {}))

print(str(b"abc", "ascii"), str(b"ab\xff", "utf-8", "replace"), str(bytearray(b"xyz"), encoding="utf-8"), str(memoryview(b"mv"), "latin-1"))
print(repr(str(b"a", errors="strict")), repr(str(encoding="utf-8")))
attempt("str(str, enc)", lambda: str("a", "utf-8"))
attempt("str(int, enc)", lambda: str(5, "utf-8"))
attempt("str(b, 1)", lambda: str(b"a", 1))
attempt("str(b'\\xff', enc)", lambda: str(b"\xff", "ascii"))

# a view's export ends when the view goes away
data = bytearray(b"q")
view = memoryview(data)
attempt("while viewed", lambda: data.append(1))
del view
data.append(65)
print(data)


def peek():
    local = memoryview(data)
    return local[0]


print(peek())
data.append(66)
print(data)
views = [memoryview(data), memoryview(data)]
attempt("two views", lambda: data.append(1))
views[0].release()
attempt("one view left", lambda: data.append(1))
views.clear()
data.append(67)
print(data)

# weak references and the cycle collector
import gc
import weakref

attempt("weakref bytes", lambda: weakref.ref(b"abc"))
attempt("weakref bytearray", lambda: weakref.ref(bytearray(b"abc")))
mv = memoryview(b"abc")
r = weakref.ref(mv)
print(r() is mv, gc.is_tracked(bytes(3)), gc.is_tracked(bytearray(b"abc")), gc.is_tracked(mv))
del mv
print(r())
