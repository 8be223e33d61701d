# open()'s layered files: a text file's .buffer (BufferedReader/Writer/Random) and its .raw FileIO over the same file,
# their modes and names, writes through each layer, detach(), peek()/read1(), reconfigure(), opener, line buffering,
# newline modes and .newlines, seek/tell/truncate, and closing through any layer.
import io, os, tempfile

directory = tempfile.mkdtemp()
P = os.path.join(directory, "layers.txt")


def show(label, fn):
    try:
        value = fn()
        print(label, "->", repr(value).replace(directory, "DIR"))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).replace(directory, "DIR"))


with open(P, "w") as f:
    show("types", lambda: (type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__))
    show("same objects", lambda: f.buffer is f.buffer and f.buffer.raw is f.buffer.raw)
    show("modes", lambda: (f.mode, f.buffer.mode, f.buffer.raw.mode))
    show("names", lambda: (f.name == f.buffer.name == f.buffer.raw.name == P))
    show("closefd", lambda: f.buffer.raw.closefd)
    show("reprs", lambda: (repr(f.buffer), repr(f.buffer.raw)))
    f.write("text\n")
    f.flush()
    f.buffer.write(b"bytes\n")
    f.buffer.flush()
    f.write("more text\n")
    f.flush()
    f.buffer.raw.write(b"raw\n")
    show("fileno", lambda: f.fileno() == f.buffer.fileno() == f.buffer.raw.fileno())
show("closed layers", lambda: (f.closed, f.buffer.closed, f.buffer.raw.closed))
with open(P) as f:
    show("content", f.read)

for mode in ["r", "w", "a", "x", "r+", "w+", "a+", "rb", "wb", "ab", "r+b", "w+b", "a+b"]:
    if "x" in mode:
        os.remove(P)
    with open(P, mode) as f:
        layers = [f] + ([f.buffer] if "b" not in mode else []) 
        bottom = layers[-1].raw
        print(mode, [type(layer).__name__ for layer in layers + [bottom]], f.mode, bottom.mode, f.readable(), f.writable())

with open(P, "w") as f:
    f.write("line one\nline two\n")
f = open(P)
show("readline", f.readline)
show("tell", f.tell)
show("buffer closes text", lambda: (f.buffer.close(), f.closed))
show("read closed", f.read)

f = open(P, "rb")
show("peek", lambda: f.peek(2)[:4])
show("read1", lambda: f.read1(4))
show("read", lambda: f.read(4))
raw = f.detach()
show("detached", lambda: type(raw).__name__)
show("read after detach", f.read)
show("name after detach", lambda: f.name)
show("repr after detach", lambda: repr(f))
raw.close()

f = open(P, "r+")
buffer = f.detach()
show("text detach", lambda: type(buffer).__name__)
show("closed after detach", lambda: f.closed)
show("write after detach", lambda: f.write("x"))
show("repr text after detach", lambda: repr(f))
show("buffer read", lambda: buffer.read(4))
buffer.close()

opened = []


def opener(path, flags):
    opened.append((path == P, flags & 3))
    return os.open(path, flags)


with open(P, "a", opener=opener) as f:
    f.write("opened\n")
show("opener", lambda: opened)
show("opener wrote", lambda: open(P).read().splitlines()[-1])
show("opener bad", lambda: open(P, opener=lambda path, flags: "x"))

f = open(P, "w", buffering=1)
show("line buffering", lambda: (f.line_buffering, f.write_through))
f.write("a")
show("before newline", lambda: open(P).read())
f.write("b\nc")
show("after newline", lambda: open(P).read())
f.reconfigure(line_buffering=False)
show("reconfigured", lambda: f.line_buffering)
f.close()
show("unbuffered text", lambda: open(P, "w", buffering=0))

f = open(P, "w", encoding="utf-8")
f.reconfigure(encoding="latin-1")
show("encoding", lambda: (f.encoding, f.errors))
f.write("é\n")
f.reconfigure(errors="replace")
f.write("\u2603\n")
f.close()
show("bytes", lambda: open(P, "rb").read())
f = open(P, encoding="latin-1")
f.read(1)
show("reconfigure after read", lambda: f.reconfigure(newline="\n"))
f.close()
f = open(P, "w")
show("reconfigure bad newline", lambda: f.reconfigure(newline="x"))
show("reconfigure bad encoding", lambda: f.reconfigure(encoding="no-such-codec"))
f.close()

with open(P, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(P, newline=newline) as f:
        print(repr(newline), f.readlines(), f.newlines)

f = open(P, "w+b")
f.write(b"hello world")
f.seek(0)
show("random read", lambda: f.read(5))
f.write(b"XX")
f.seek(0)
show("random all", f.read)
show("truncate", lambda: f.truncate(4))
f.seek(0)
show("after truncate", f.read)
show("seek end", lambda: f.seek(0, 2))
show("seek data", lambda: f.seek(1, 3))
show("seek hole", lambda: f.seek(0, 4))
show("seek past data", lambda: f.seek(10, 3))
show("seek bad whence", lambda: f.seek(0, 5))
f.close()

with open(P, "w") as f:
    f.write("héllo\nwörld\n")
with open(P) as f:
    first = f.readline()
    cookie = f.tell()
    rest = f.read()
    f.seek(cookie)
    show("seek to cookie", lambda: f.read() == rest)
    show("cur-relative", lambda: f.seek(1, 1))
    show("end-relative", lambda: f.seek(-1, 2))
    show("negative", lambda: f.seek(-1))

f = open(P, "w")
f.write("dropped without close\n")
del f
show("dropped file flushed", lambda: open(P).read())
f = open(P, "w")
b = f.buffer
b.write(b"kept\n")
del f
show("buffer of dropped file", lambda: (b.closed, open(P).read()))
