# _pyio: the io stack in Python. Its FileIO works on os descriptors; open() layers io's Python buffered and text
# classes on it. Modes, reading and writing through every layer, seek/tell/truncate, opener, errors.
import _pyio, io, os, tempfile

directory = tempfile.mkdtemp()
P = os.path.join(directory, "pyio.txt")


def show(label, fn):
    try:
        print(label, "->", repr(fn()).replace(directory, "DIR"))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).replace(directory, "DIR"))


with _pyio.open(P, "w") as f:
    show("layers", lambda: (type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__))
    show("modes", lambda: (f.mode, f.buffer.raw.mode, f.buffer.raw.closefd))
    f.write("héllo\nwörld\n")
    f.writelines(["a\n", "b\n"])
show("closed", lambda: (f.closed, f.buffer.raw.closed))
with _pyio.open(P) as f:
    show("readline", f.readline)
    show("rest", f.readlines)
with _pyio.open(P, "rb") as f:
    show("binary", lambda: (type(f).__name__, f.read(6), f.readline(), f.tell()))
    show("seek", lambda: (f.seek(0), f.read(1), f.seek(-2, 2), f.read()))
with _pyio.open(P, "r+b", buffering=0) as f:
    show("unbuffered", lambda: (type(f).__name__, f.mode, f.read(3), f.write(b"XY"), f.tell()))
    show("truncate", lambda: (f.truncate(4), f.seek(0), f.readall()))
    show("readinto", lambda: (f.seek(0), f.readinto(bytearray(3))))
    show("repr", lambda: repr(f))
show("repr closed", lambda: repr(f))
f = _pyio.FileIO(P, "w")
show("fileio", lambda: (f.writable(), f.readable(), f.seekable(), f.isatty(), f.write(b"data")))
show("read write-only", f.read)
f.close()
show("read closed", f.read)
show("fileno closed", f.fileno)
opened = []
with _pyio.open(P, "a", opener=lambda path, flags: opened.append(path == P) or os.open(path, flags)) as f:
    f.write("+")
show("opener", lambda: (opened, open(P).read()))
show("bad mode", lambda: _pyio.open(P, "rw"))
show("text and binary", lambda: _pyio.open(P, "rbt"))
show("binary encoding", lambda: _pyio.open(P, "rb", encoding="utf-8"))
show("unbuffered text", lambda: _pyio.open(P, "r", buffering=0))
show("closefd with name", lambda: _pyio.open(P, closefd=False))
show("missing", lambda: _pyio.open(os.path.join(directory, "missing")))
show("negative fd", lambda: _pyio.FileIO(-1))
show("float", lambda: _pyio.FileIO(1.5))
show("abc", lambda: (isinstance(_pyio.FileIO(P), _pyio.RawIOBase), issubclass(_pyio.BytesIO, _pyio.BufferedIOBase)))
show("open_code", lambda: _pyio.open_code(P).read())
