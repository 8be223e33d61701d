# memoryview over bytes and bytearray: reading, slicing, writing through, release and the context manager


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


m = memoryview(b"abcdef")
print(type(m).__name__, len(m), m[0], m[-1], m.tobytes(), m.tolist(), bytes(m), list(m), m.hex(), m.hex(":"))
print(m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, m.contiguous, m.c_contiguous, m.f_contiguous)
s = m[1:4]
print(type(s).__name__, s.tobytes(), len(s), s.nbytes, s[0], s.obj is m.obj, s.shape)
t = m[::2]
print(t.tobytes(), t.strides, t.contiguous, t[1], t[::-1].tobytes(), m[::-1].tolist(), m[4:1].tobytes(), m[1:][1:][1:].tobytes())
print(m == b"abcdef", b"abcdef" == m, m == bytearray(b"abcdef"), m == memoryview(b"abcdef"), m != b"x", m == "abcdef", s == b"bcd")
print(99 in m, 120 in m, hash(memoryview(b"abc")) == hash(b"abc"), memoryview(m).tobytes(), memoryview(b"").tolist())
attempt("index", lambda: m[6])
attempt("negative index", lambda: m[-7])
attempt("str key", lambda: m["x"])
attempt("float key", lambda: m[1.5])
attempt("not bytes-like", lambda: memoryview("abc"))
attempt("int", lambda: memoryview(5))
attempt("write read-only", lambda: m.__setitem__(0, 1))
attempt("delete", lambda: m.__delitem__(0))
attempt("delete writable", lambda: memoryview(bytearray(b"a")).__delitem__(0))
attempt("order", lambda: m < m)

# writing through to a bytearray
ba = bytearray(b"hello")
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = 72
w[1:3] = b"EL"
w[-1] = ord("O")
print(ba, w.tobytes())
ba[2] = 120
print(w[2], w.tobytes())
part = w[1:4]
part[::2] = b"__"
print(ba)
attempt("value range", lambda: w.__setitem__(0, 300))
attempt("value type", lambda: w.__setitem__(0, b"a"))
attempt("size mismatch", lambda: w.__setitem__(slice(0, 2), b"xyz"))
attempt("hash writable", lambda: hash(w))
ro = w.toreadonly()
print(ro.readonly, ro.tobytes())
attempt("write toreadonly", lambda: ro.__setitem__(0, 65))

# release and the context manager
print(w.release(), w.release())
attempt("after release", lambda: w[0])
attempt("len after release", lambda: len(w))
attempt("tobytes after release", lambda: w.tobytes())
attempt("nbytes after release", lambda: w.nbytes)
print(repr(w).startswith("<released memory at 0x"), repr(memoryview(b"")).startswith("<memory at 0x"))
part.release()
ro.release()
ba.append(33)
print(ba)
with memoryview(bytearray(b"ctx")) as c:
    print(c[0], c.readonly, c.tobytes())
attempt("after with", lambda: c[0])
with memoryview(ba) as c:
    attempt("resize inside with", lambda: ba.append(1))
ba.append(63)
print(ba)

# iteration is live
live = bytearray(b"abc")
lm = memoryview(live)
it = iter(lm)
print(type(it).__name__, next(it))
live[1] = 90
print(next(it), list(it), list(lm[::-1]), next(iter(memoryview(b"xy"))))
