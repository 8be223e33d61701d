# gzip.GzipFile and gzip.open (binary modes) over BytesIO and over named files.
import gzip
import io
import os
import tempfile


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


buffer = io.BytesIO()
with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as g:
    print(g.write(b"hello\nworld\n"), g.mode, repr(g.name), g.writable(), g.readable(), g.seekable(), g.closed)
    print(g.write(memoryview(b"abc")), g.write(bytearray(b"")), g.tell())
    attempt("read in write mode", lambda: g.read())
    attempt("write str", lambda: g.write("s"))
print(g.closed, buffer.getvalue().hex())
print(gzip.decompress(buffer.getvalue()))

g = gzip.GzipFile(fileobj=io.BytesIO(buffer.getvalue()))
print(g.mode, g.mtime, g.read(3), g.mtime, g.readline(), g.tell(), g.read1(2), list(g), g.read(), g.seek(1), g.read(4))
print(g.seek(-2, 2), g.read(), g.seek(0), g.readlines(), g.seek(3), g.seek(2, 1), g.read(2))
attempt("write in read mode", lambda: g.write(b"x"))
attempt("fileno of a BytesIO", lambda: g.fileno())
g.close()
g.close()
attempt("read closed", lambda: g.read())
print(g.closed)
attempt("not gzip", lambda: gzip.GzipFile(fileobj=io.BytesIO(b"not gzip")).read())
attempt("truncated", lambda: gzip.GzipFile(fileobj=io.BytesIO(buffer.getvalue()[:-3])).read())
attempt("empty", lambda: gzip.GzipFile(fileobj=io.BytesIO(b""), mode="rb").read())
attempt("bad mode", lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="z"))
attempt("text mode", lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="rt"))
attempt("no file", lambda: gzip.GzipFile())
two = gzip.compress(b"first ", mtime=0) + gzip.compress(b"second", mtime=0)
print(gzip.GzipFile(fileobj=io.BytesIO(two)).read())
into = bytearray(4)
print(gzip.GzipFile(fileobj=io.BytesIO(two)).readinto(into), into)

w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
print(w.seek(0), w.tell())
w.write(b"ab")
w.seek(5)
print(w.tell())
attempt("seek back in write mode", lambda: w.seek(1))
w.close()
attempt("write closed", lambda: w.write(b"x"))

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "t.txt.gz")
    with gzip.open(path, "wb") as f:
        f.write(b"line1\nline2\n" * 3)
        print(os.path.basename(f.name), repr(f).startswith("<gzip _io.BufferedWriter name="))
    with open(path, "rb") as raw:
        header = raw.read(16)
        print(header[:4].hex(), header[8:10].hex(), header[10:16])
    with gzip.open(path) as f:
        print(f.readlines(), os.path.basename(f.name), f.mtime > 0)
    with gzip.open(path, "ab") as f:
        f.write(b"more\n")
    with open(path, "rb") as raw:
        print(gzip.decompress(raw.read()))
    with gzip.GzipFile(path, "rb") as f:
        print(f.read()[-10:], f.seek(0), f.read(5), f.seek(-1, 1), f.read(2), f.seek(0, 2))
    with open(path, "rb") as raw, gzip.open(raw) as f:
        print(f.read(5))
    attempt("encoding in binary mode", lambda: gzip.open(path, "rb", encoding="utf-8"))
    attempt("bad mode", lambda: gzip.open(path, "rbt"))
    attempt("bad filename", lambda: gzip.open(5))
    try:
        gzip.open(os.path.join(folder, "missing.gz"))
    except FileNotFoundError as e:
        print("missing ->", e.errno, os.path.basename(e.filename))
