# mmap over anonymous memory: reading, writing, positions, searching, indexing and slicing, and CPython's errors.
import mmap


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result))


m = mmap.mmap(-1, 16)
print(len(m), m.tell(), m.closed)
attempt("size of anonymous memory", lambda: m.size())
print(repr(m))
print(m[:])
print(m.write(b"hello world\n"), m.tell())
print(m.write(b"ab\ncd"[:4]), m.tell())
attempt("write past end", lambda: m.write(b"x"))
attempt("write_byte at end", lambda: m.write_byte(65))
m.seek(0)
print(m.readline(), m.tell())
print(m.readline(), m.tell())
print(m.readline(), m.tell())
m.seek(0)
print(m.read(5), m.read_byte(), m.read(), m.read())
attempt("read_byte at end", lambda: m.read_byte())
m.seek(0)
print(m.read(None), m.tell())
m.seek(3)
print(m.read(-1))
print(m.seek(-4, 2), m.tell())
print(m.seek(-2, 1), m.tell())
attempt("seek before start", lambda: m.seek(-1))
attempt("seek past end", lambda: m.seek(17))
attempt("seek end + 1", lambda: m.seek(1, 2))
attempt("seek whence 3", lambda: m.seek(0, 3))
print(m.seek(16), m.tell(), m.read(), m.readline())

# searching
m.seek(0)
print(m.find(b"o"), m.find(b"o", 5), m.find(b"o", 5, 8), m.find(b"zz"), m.find(b"o", -10))
print(m.rfind(b"o"), m.rfind(b"o", 0, 6), m.rfind(b"l", -20), m.find(b""), m.rfind(b""))
m.seek(6)
print(m.find(b"o"), m.find(b"l"), m.rfind(b"l"))
attempt("find str", lambda: m.find("o"))
attempt("find bytearray", lambda: m.find(bytearray(b"wor")))

# indexing and slicing
m.seek(0)
print(m[0], m[-1], m[4], m[0:5], m[::2], m[-3:], m[10:2], m[::-1][:4])
attempt("index 16", lambda: m[16])
attempt("index -17", lambda: m[-17])
attempt("index str", lambda: m["a"])
attempt("index float", lambda: m[1.0])
m[0] = 72
m[1:3] = b"EL"
m[12:16:2] = b"!?"
print(m[:])
attempt("set 256", lambda: m.__setitem__(0, 256))
attempt("set -1", lambda: m.__setitem__(0, -1))
attempt("set bytes item", lambda: m.__setitem__(0, b"a"))
attempt("set index 20", lambda: m.__setitem__(20, 1))
attempt("slice wrong size", lambda: m.__setitem__(slice(0, 3), b"ab"))
attempt("slice str", lambda: m.__setitem__(slice(0, 2), "ab"))
attempt("del item", lambda: m.__delitem__(0))
attempt("del slice", lambda: m.__delitem__(slice(0, 2)))

# iteration gives one-byte bytes, and `in` compares those
print(list(m)[:3], b"H" in m, 72 in m)

# write_byte, move, flush
m.seek(0)
m.write_byte(104)
print(m.tell(), m[:2])
attempt("write_byte 256", lambda: m.write_byte(256))
attempt("write_byte -1", lambda: m.write_byte(-1))
attempt("write_byte str", lambda: m.write_byte("a"))
m.move(0, 6, 5)
print(m[:])
m.move(2, 0, 6)
print(m[:])
attempt("move out of range", lambda: m.move(12, 0, 5))
attempt("move negative", lambda: m.move(-1, 0, 1))
print(m.flush(), m.flush(0, 16))
attempt("flush out of range", lambda: m.flush(0, 17))
attempt("flush negative", lambda: m.flush(-1, 1))

# resize keeps the content
m.resize(20)
print(len(m), m[:])
m.resize(4)
print(len(m), m[:], m.tell())
attempt("resize negative", lambda: m.resize(-1))

# buffer protocol
print(bytes(m), bytearray(m), memoryview(m).tobytes(), b"-".join([m, m]))
view = memoryview(m)
view[0] = 0x5A
print(m[:], view.readonly, view.nbytes, view.format)
attempt("close with a view", lambda: m.close())
attempt("resize with a view", lambda: m.resize(8))
view.release()
import struct, re
struct.pack_into("<I", m, 0, 0x64636261)
print(m[:], struct.unpack_from("<H", m, 2))
print(re.search(rb"b(c)", m).group(1))

with mmap.mmap(-1, 8) as m2:
    m2.write(b"12345678")
    print(m2.closed, m2[:])
print(m2.closed, repr(m2))
m.close()
m.close()
print(m.closed)
for label, action in [("len", lambda: len(m)), ("read", lambda: m.read()), ("index", lambda: m[0]),
                      ("tell", lambda: m.tell()), ("size", lambda: m.size()), ("write", lambda: m.write(b"")),
                      ("seek", lambda: m.seek(0)), ("find", lambda: m.find(b"a")), ("bytes", lambda: bytes(m)),
                      ("memoryview", lambda: memoryview(m)), ("enter", lambda: m.__enter__()), ("iter", lambda: list(m))]:
    attempt("closed " + label, action)

# constructor checks
attempt("length -1", lambda: mmap.mmap(-1, -1))
attempt("length 0", lambda: mmap.mmap(-1, 0))
attempt("offset -1", lambda: mmap.mmap(-1, 1, offset=-1))
attempt("access and flags", lambda: mmap.mmap(-1, 1, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ))
attempt("access and prot", lambda: mmap.mmap(-1, 1, prot=mmap.PROT_READ, access=mmap.ACCESS_WRITE))
attempt("bad access", lambda: mmap.mmap(-1, 1, access=7))
attempt("str fileno", lambda: mmap.mmap("3", 1))
attempt("str length", lambda: mmap.mmap(-1, "1"))
attempt("float length", lambda: mmap.mmap(-1, 1.0))
attempt("bad descriptor", lambda: mmap.mmap(999, 1))
attempt("wrong class", lambda: mmap.mmap.__new__(list, -1, 1))

# read-only and copy-on-write anonymous maps
r = mmap.mmap(-1, 4, prot=mmap.PROT_READ)
print(repr(r))
attempt("readonly write", lambda: r.write(b"a"))
attempt("readonly write_byte", lambda: r.write_byte(1))
attempt("readonly setitem", lambda: r.__setitem__(0, 1))
attempt("readonly setslice", lambda: r.__setitem__(slice(0, 1), b"a"))
attempt("readonly move", lambda: r.move(0, 1, 1))
attempt("readonly resize", lambda: r.resize(8))
attempt("readonly view write", lambda: memoryview(r).__setitem__(0, 1))
print(r.flush())
c = mmap.mmap(-1, 4, access=mmap.ACCESS_COPY)
c.write(b"copy")
print(repr(c), c[:])
attempt("copy resize", lambda: c.resize(8))

# madvise
a = mmap.mmap(-1, 3 * mmap.PAGESIZE)
a[:4] = b"data"
print(a.madvise(mmap.MADV_NORMAL), a.madvise(mmap.MADV_WILLNEED, 0, 10))
a.madvise(mmap.MADV_DONTNEED)
print(a[:4])
a.madvise(mmap.MADV_REMOVE, 0, 1)
print(a[:4], a[mmap.PAGESIZE:mmap.PAGESIZE + 1])
p = mmap.mmap(-1, 2 * mmap.PAGESIZE, flags=mmap.MAP_PRIVATE)
p[:4] = b"data"
p[mmap.PAGESIZE:mmap.PAGESIZE + 4] = b"more"
p.madvise(mmap.MADV_DONTNEED, mmap.PAGESIZE)
print(p[:4], p[mmap.PAGESIZE:mmap.PAGESIZE + 4])
p.madvise(mmap.MADV_DONTNEED, 0, 1)
print(p[:4])
attempt("madvise remove private", lambda: p.madvise(mmap.MADV_REMOVE))
attempt("madvise start", lambda: a.madvise(mmap.MADV_NORMAL, 3 * mmap.PAGESIZE))
attempt("madvise negative length", lambda: a.madvise(mmap.MADV_NORMAL, 0, -1))
attempt("madvise unaligned", lambda: a.madvise(mmap.MADV_NORMAL, 1))
attempt("madvise bad option", lambda: a.madvise(1234))

print(mmap.error is OSError, mmap.mmap.__module__, type(mmap.mmap.closed).__name__)
print(mmap.PAGESIZE, mmap.ALLOCATIONGRANULARITY, mmap.ACCESS_DEFAULT, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY)
print(mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.MAP_ANONYMOUS, mmap.PROT_READ, mmap.PROT_WRITE, mmap.PROT_EXEC)
import pickle
attempt("pickle", lambda: pickle.dumps(mmap.mmap(-1, 1)))


class Sub(mmap.mmap):
    pass


s = Sub(-1, 3)
s.write(b"abc")
s.note = "attribute"
print(type(s).__name__, s[:], s.note)

# argument conversions of each method, with CPython's messages
m = mmap.mmap(-1, 8)
m.write(b"abc\ndef\n")
m.seek(0)
for label, action in [("read float", lambda: m.read(1.5)), ("read str", lambda: m.read("1")), ("read big", lambda: m.read(2 ** 65)),
                      ("find None", lambda: m.find(b"a", None)), ("seek float", lambda: m.seek(1.5)), ("seek big", lambda: m.seek(2 ** 65)),
                      ("write_byte big", lambda: m.write_byte(2 ** 65)), ("getitem big", lambda: m[2 ** 65]),
                      ("setitem big value", lambda: m.__setitem__(0, 2 ** 65)), ("setitem float value", lambda: m.__setitem__(0, 1.5)),
                      ("move str", lambda: m.move("a", 0, 1)), ("flush str", lambda: m.flush("a")), ("resize str", lambda: m.resize("a")),
                      ("madvise str", lambda: m.madvise("a")), ("madvise big", lambda: m.madvise(0, 2 ** 65)),
                      ("huge length", lambda: mmap.mmap(-1, 2 ** 65)), ("huge fileno", lambda: mmap.mmap(2 ** 40, 1)),
                      ("slice step", lambda: m[::3]), ("slice set step", lambda: m.__setitem__(slice(0, 8, 4), b"XY"))]:
    attempt(label, action)
print(m[:])

# __buffer__ and __release_buffer__
view = m.__buffer__(0)
print(type(view).__name__, view.readonly, view.nbytes)
attempt("close while exported", lambda: m.close())
print(m.__release_buffer__(view), repr(view).startswith("<released memory"))
attempt("release a non-view", lambda: m.__release_buffer__(5))
attempt("__buffer__ str flags", lambda: m.__buffer__("x"))
m.close()
attempt("__buffer__ of a closed map", lambda: m.__buffer__(0))
r = mmap.mmap(-1, 4, prot=mmap.PROT_READ)
print(r.__buffer__(0).readonly)
attempt("writable buffer of a read-only map", lambda: r.__buffer__(1))
