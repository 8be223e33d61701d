# io.BytesIO: reading, writing, seeking, truncating, getbuffer() exports, closed-file errors, use by the stdlib.
import io
import json
import struct
import array
import _io


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print(io.BytesIO, _io.BytesIO is io.BytesIO, io.BytesIO.__module__)
b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.tell(), b.read1(2), b.readline(), b.readline(), b.readline(), b.tell())
print(b.seek(0), b.read(), b.read(), b.read(5))
print(b.seek(-3, 2), b.read(), b.seek(-100, 2), b.seek(2), b.seek(3, 1), b.seek(-100, 1), b.tell())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed, b.flush())

# Constructor arguments.
attempt("str", lambda: io.BytesIO("x"))
attempt("int", lambda: io.BytesIO(5))
attempt("keyword", lambda: io.BytesIO(initial_bytes=b"k").getvalue())
attempt("None", lambda: io.BytesIO(None).getvalue())
attempt("bytearray", lambda: io.BytesIO(bytearray(b"ab")).getvalue())
attempt("memoryview", lambda: io.BytesIO(memoryview(b"cd")).getvalue())
attempt("array", lambda: io.BytesIO(array.array("h", [1, 2])).getvalue())
attempt("two args", lambda: io.BytesIO(b"x", 1))
attempt("bad keyword", lambda: io.BytesIO(data=b"x"))
source = bytearray(b"abc")
copy = io.BytesIO(source)
source[0] = 0x7a
print(copy.getvalue())

# Argument errors.
b = io.BytesIO(b"hello\nworld\n")
attempt("read str", lambda: b.read("x"))
attempt("read float", lambda: b.read(2.0))
attempt("read None", lambda: b.read(None))
attempt("read negative", lambda: (b.seek(0), b.read(-5)))
attempt("seek negative", lambda: b.seek(-1))
attempt("seek whence", lambda: b.seek(0, 3))
attempt("seek str", lambda: b.seek("a"))
attempt("seek float", lambda: b.seek(1.5))
attempt("seek float whence", lambda: b.seek(0, 1.0))
attempt("seek huge", lambda: b.seek(2**70))
attempt("seek bool", lambda: b.seek(True))
attempt("truncate negative", lambda: b.truncate(-1))
attempt("truncate str", lambda: b.truncate("a"))
attempt("write str", lambda: b.write("x"))
attempt("write int", lambda: b.write(5))
attempt("readline str", lambda: b.readline("x"))
attempt("readlines str", lambda: b.readlines("x"))
attempt("readinto bytes", lambda: b.readinto(b"abc"))
attempt("readinto int", lambda: b.readinto(5))
attempt("fileno", lambda: b.fileno())
attempt("detach", lambda: b.detach())

# Writing: overwrite, extend, past the end (zero-filled), truncate.
w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"def")), w.write(memoryview(b"gh")), w.write(b""), w.getvalue(), w.tell())
w.seek(2)
w.write(b"XY")
print(w.getvalue(), w.tell())
w.seek(10)
w.write(b"!")
print(w.getvalue(), len(w.getvalue()))
w.seek(3)
print(w.truncate(), w.tell(), w.getvalue())
print(w.truncate(1), w.tell(), w.getvalue(), w.read())
print(w.truncate(10), w.getvalue())
w.seek(0, 2)
w.writelines([b"1", bytearray(b"2"), memoryview(b"3")])
print(w.getvalue())
attempt("writelines str", lambda: w.writelines([b"4", "5"]))
print(w.getvalue())
t = io.BytesIO(b"abc")
t.seek(5)
t.truncate()
print(t.getvalue(), t.tell())

# Lines and iteration.
x = io.BytesIO(b"a\nbb\n\nccc")
print(list(x))
x.seek(0)
print(x.readlines(), x.readlines())
x.seek(0)
print(x.readlines(2))
x.seek(0)
print(x.readlines(0), x.seek(0), x.readlines(None))
x.seek(0)
print(x.readline(1), x.readline(0), x.readline(-1), x.readline(None), x.readline(100))
for number, line in enumerate(io.BytesIO(b"one\ntwo\n")):
    print(number, line)

# readinto.
r = io.BytesIO(b"hello")
ba = bytearray(3)
print(r.readinto(ba), ba)
ba = bytearray(5)
print(r.readinto(ba), ba, r.readinto(ba))
r.seek(0)
mv = memoryview(bytearray(4))
print(r.readinto(mv), bytes(mv), r.readinto1(bytearray(2)))
r.seek(0)
arr = array.array("h", [0, 0])
print(r.readinto(arr), arr)

# getbuffer(): a writable view; the stream refuses changes while it is exported.
g = io.BytesIO(b"abc")
view = g.getbuffer()
print(type(view).__name__, view.readonly, view.format, len(view), view[0], bytes(view))
view[0] = 65
print(g.getvalue())
attempt("write exported", lambda: g.write(b"a"))
attempt("truncate exported", lambda: g.truncate(0))
attempt("close exported", lambda: g.close())
attempt("seek exported", lambda: g.seek(1))
attempt("read exported", lambda: g.read())
view.release()
print(g.write(b"zz"), g.getvalue())
with g.getbuffer() as v2:
    attempt("write in with", lambda: g.write(b"q"))
g.write(b"q")
print(g.getvalue())
view = g.getbuffer()
del view
g.close()
print(g.closed)
print(io.BytesIO().getbuffer().tobytes())

# A closed stream.
c = io.BytesIO(b"data")
c.close()
c.close()
for name in ["read", "read1", "readline", "readlines", "getvalue", "getbuffer", "tell", "truncate", "readable",
             "writable", "seekable", "isatty", "flush", "__enter__", "__next__", "fileno"]:
    attempt(name, getattr(c, name))
attempt("write", lambda: c.write(b""))
attempt("writelines", lambda: c.writelines([]))
attempt("seek", lambda: c.seek(0))
attempt("readinto", lambda: c.readinto(bytearray(1)))
print(iter(c) is c, c.closed)

# Context manager, subclassing, the io class tree.
with io.BytesIO(b"q") as y:
    print(y.read())
print(y.closed)


class Recording(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.writes = 0

    def write(self, data):
        self.writes += 1
        return super().write(data)


z = Recording(b"abc")
z.seek(0, 2)
z.write(b"d")
z.writelines([b"e", b"f"])
print(z.getvalue(), z.writes, type(z).__name__)
print(isinstance(z, io.BufferedIOBase), isinstance(z, io.IOBase), isinstance(z, io.RawIOBase), isinstance(z, io.TextIOBase))
print(repr(io.BytesIO()).startswith("<_io.BytesIO object at 0x"))

# Where the standard library takes a binary file.
print(json.load(io.BytesIO(b'{"a": [1, 2], "b": "\\u00e9"}')))
print(json.loads('{"x": 1}'.encode("utf-16")), json.loads(b'\xef\xbb\xbf[1]'), json.loads(bytearray(b"2")))
stream = io.BytesIO()
stream.write(struct.pack("<iHd", -5, 7, 2.5))
stream.seek(0)
print(struct.unpack("<iHd", stream.read(struct.calcsize("<iHd"))))
