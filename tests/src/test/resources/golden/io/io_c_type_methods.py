# The methods of io's C types (BytesIO, StringIO, TextIOWrapper) are method descriptors: called through the class
# on another object they raise CPython's TypeError; subclasses and super() still reach them.
import io
import _io


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result))


print(type(io.BytesIO.read).__name__, io.BytesIO.read, io.StringIO.getvalue)
print(type(io.BytesIO.__next__).__name__, io.StringIO.__next__.__objclass__)
attempt("BytesIO.read(5)", lambda: _io.BytesIO.read(5))
attempt("BytesIO.getvalue(1)", lambda: io.BytesIO.getvalue(1))
attempt("BytesIO.write(None, b'')", lambda: io.BytesIO.write(None, b""))
attempt("BytesIO.__next__(5)", lambda: io.BytesIO.__next__(5))
attempt("StringIO.getvalue(1)", lambda: io.StringIO.getvalue(1))
attempt("StringIO.close(1.5)", lambda: io.StringIO.close(1.5))
attempt("StringIO.__next__('s')", lambda: io.StringIO.__next__("s"))
attempt("TextIOWrapper.close(5)", lambda: io.TextIOWrapper.close(5))
attempt("TextIOWrapper.read(5)", lambda: io.TextIOWrapper.read(5))
attempt("TextIOWrapper.detach([])", lambda: io.TextIOWrapper.detach([]))
attempt("StringIO.read on a BytesIO", lambda: io.StringIO.read(io.BytesIO()))
print(io.BytesIO.read(io.BytesIO(b"abc"), 2), io.StringIO.getvalue(io.StringIO("text")))


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print(u.write("quiet"), u.getvalue(), io.StringIO.write(u, "!"), u.getvalue())


class Counting(io.BytesIO):
    reads = 0

    def read(self, size=-1):
        self.reads += 1
        return io.BytesIO.read(self, size)


c = Counting(b"hello")
print(c.read(2), c.read(), c.reads)
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
print(io.TextIOWrapper.write(w, "text"), w.encoding)
w.flush()
print(w.buffer.getvalue())
