# io.TextIOWrapper over binary streams: BytesIO, binary files, GzipFile (gzip.open's text modes); newline modes, detach.
import io, gzip, csv, os, tempfile, sys
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
t = io.TextIOWrapper(io.BytesIO("héllo\nwörld\nlast".encode("utf-8")), encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.readable(), t.writable(), t.seekable(), t.closed, t.newlines)
print(repr(t.readline()), t.tell(), repr(t.read(3)), t.tell(), repr(t.read()), t.tell(), repr(t.read()))
print(t.seek(0), list(t))
t.seek(0)
print(t.readlines())
t.seek(7)
print(repr(t.readline(2)), repr(t.readline(0)), repr(t.readline()))
print(isinstance(t, io.TextIOWrapper), isinstance(sys.stderr, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOWrapper), isinstance(t, io.TextIOBase))
print(repr(t))
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
print(w.write("a\nb\n"), w.write("ç"))
w.flush()
print(b.getvalue())
d = w.detach()
print(d is b)
attempt("after detach", lambda: w.write("x"))
attempt("buffer after detach", lambda: w.buffer)
for nl in [None, "", "\n", "\r", "\r\n"]:
    r = io.TextIOWrapper(io.BytesIO(b"a\rb\r\nc\nd\r"), encoding="ascii", newline=nl)
    print(repr(nl), r.readlines(), r.newlines)
r = io.TextIOWrapper(io.BytesIO(b"a\r\nb"), newline=None)
print(repr(r.read()), r.newlines, r.encoding)
attempt("bad newline", lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
attempt("bad encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"))
attempt("write bytes", lambda: io.TextIOWrapper(io.BytesIO()).write(b"x"))
attempt("decode error", lambda: io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8").read())
print(io.TextIOWrapper(io.BytesIO(b"\xffa"), encoding="utf-8", errors="replace").read())
x = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
attempt("cur seek", lambda: x.seek(1, 1))
attempt("end seek", lambda: x.seek(0, 2))
x.close()
attempt("read closed", lambda: x.read())
print(x.closed)
big = io.TextIOWrapper(io.BytesIO((("x" * 10000 + "\n") * 3 + "é" * 5000).encode()), encoding="utf-8")
print([len(l) for l in big])
rows = list(csv.reader(io.TextIOWrapper(io.BytesIO(b"a,b\r\n1,2\r\n"), encoding="utf-8", newline="")))
print(rows)
with tempfile.TemporaryDirectory() as folder:
    p = os.path.join(folder, "t.gz")
    with gzip.open(p, "wt", encoding="utf-8") as f:
        print(f.write("línea 1\nlínea 2\n"))
    with gzip.open(p, "rt", encoding="utf-8") as f:
        print(f.readlines())
    with gzip.open(p, "rt") as f:
        print(f.read(3), type(f).__name__)
    with open(p, "rb") as raw:
        with io.TextIOWrapper(gzip.GzipFile(fileobj=raw), encoding="utf-8") as f:
            print(f.readline())
    with io.TextIOWrapper(open(os.path.join(folder, "x.txt"), "wb"), encoding="utf-8") as f:
        f.write("file\n")
    with open(os.path.join(folder, "x.txt")) as tf:
        print(tf.read(), isinstance(tf, io.TextIOWrapper), issubclass(type(tf), io.TextIOWrapper), issubclass(io.TextIOWrapper, io.TextIOBase))
rw = io.TextIOWrapper(io.BytesIO(b"one\ntwo\n"), encoding="utf-8")
print(rw.readline(), rw.write("TWO\n"), rw.seek(0), rw.read())
