# The io class hierarchy: _io's base classes (CPython's closing protocol, their answers for what a subclass leaves
# out), the io ABCs with the concrete classes registered, IncrementalNewlineDecoder, and Python subclasses of
# RawIOBase buffered by BufferedReader and read as text by TextIOWrapper.
import _io, io, sys


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def error_type(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, "->", type(e).__name__)


for name in ["_IOBase", "_RawIOBase", "_BufferedIOBase", "_TextIOBase", "IncrementalNewlineDecoder", "BytesIO", "StringIO",
             "TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "BufferedRWPair"]:
    cls = getattr(_io, name)
    print(name, cls.__module__, cls.__name__, [base.__name__ for base in cls.__mro__])
for name in ["IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"]:
    cls = getattr(io, name)
    print(name, type(cls).__name__, [base.__name__ for base in cls.__mro__])
print(io.UnsupportedOperation.__mro__[1:3], io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.open is open, io.open_code.__name__, io.text_encoding(None), io.text_encoding("latin-1"))

# the base classes on their own
base = _io._IOBase()
show("closed", lambda: base.closed)
show("readable", base.readable)
show("writable", base.writable)
show("seekable", base.seekable)
show("isatty", base.isatty)
show("seek", lambda: base.seek(0))
show("tell", base.tell)
show("truncate", base.truncate)
show("fileno", base.fileno)
error_type("writelines", lambda: base.writelines([b"x"]))
show("_checkReadable", base._checkReadable)
show("_checkSeekable", base._checkSeekable)
show("enter", lambda: base.__enter__() is base)
show("close", base.close)
show("closed after", lambda: base.closed)
show("marker", lambda: getattr(base, "__IOBase_closed"))
show("flush closed", base.flush)
show("enter closed", base.__enter__)
show("iter closed", lambda: iter(base))
show("_checkClosed", base._checkClosed)
error_type("ctor args", lambda: _io._IOBase(1, 2))
show("raw read", lambda: _io._RawIOBase().read(2))
show("buffered read", lambda: _io._BufferedIOBase().read())
show("buffered readinto", lambda: _io._BufferedIOBase().readinto(bytearray(2)))
show("text write", lambda: _io._TextIOBase().write("x"))
show("text attrs", lambda: (_io._TextIOBase().encoding, _io._TextIOBase().newlines, _io._TextIOBase().errors))


class Counting(_io._IOBase):
    flushes = 0

    def flush(self):
        Counting.flushes += 1
        super().flush()


c = Counting()
c.close()
c.close()
print("flushes", Counting.flushes)


class Lines(_io._IOBase):
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk


print(Lines(b"one\ntwo\nthree").readlines(), list(Lines(b"a\nb")), Lines(b"abc\n").readline(2))

# registration with the ABCs
for value in [io.BytesIO(), io.StringIO(), sys.stdout, sys.stdin.buffer, io.BufferedReader(io.BytesIO()),
              io.TextIOWrapper(io.BytesIO(), encoding="utf-8")]:
    print(type(value).__name__, [isinstance(value, cls) for cls in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)])
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.RawIOBase))


# a raw stream written in Python, buffered and decoded by the io classes
class Chunks(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        self.calls += 1
        if not self.chunks:
            return 0
        chunk = self.chunks.pop(0)
        buffer[:len(chunk)] = chunk
        return len(chunk)


raw = Chunks([b"first ", b"line\nsec", b"ond line\n", b"tail"])
buffered = io.BufferedReader(raw, buffer_size=16)
print(buffered.readline(), buffered.read(3), buffered.peek(1)[:1], buffered.read(), raw.calls)
show("read after close", lambda: (buffered.close(), buffered.read()))
text = io.TextIOWrapper(io.BufferedReader(Chunks([b"caf\xc3", b"\xa9\r\nna\xc3\xafve\r", b"\nend"])), encoding="utf-8")
print(text.readlines(), text.newlines)
print(Chunks([b"ab", b"cd"]).read(), Chunks([b"xyz"]).readall())


class Sink(io.RawIOBase):
    def __init__(self):
        self.written = []

    def writable(self):
        return True

    def write(self, data):
        self.written.append(bytes(data))
        return len(data)


sink = Sink()
writer = io.BufferedWriter(sink, buffer_size=8)
writer.write(b"abc")
print(sink.written)
writer.write(b"defghijkl")
writer.flush()
print(sink.written)
out = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding="utf-8", newline="\r\n")
out.write("x\ny\n")
out.flush()
print(out.buffer.raw.written)

# IncrementalNewlineDecoder
import codecs
decoder = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
print(repr(decoder.decode(b"a\r")), repr(decoder.decode(b"\nb\r")), decoder.getstate(), repr(decoder.decode(b"", final=True)), decoder.newlines)
decoder.reset()
print(decoder.newlines, decoder.getstate())
plain = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(plain.decode("x\r\ny\rz\n")), plain.newlines)
show("decode bytes without decoder", lambda: plain.decode(b"x"))


# a Python subclass of FileIO: its own methods and attributes, buffered by BufferedReader
import tempfile, os
path = os.path.join(tempfile.mkdtemp(), "sub.bin")
with open(path, "wb") as f:
    f.write(b"hello")


class Marked(io.FileIO):
    def __init__(self, name, mode="r"):
        super().__init__(name, mode)
        self.extra = "kept"

    def read(self, size=-1):
        return b"<" + super().read(size) + b">"


marked = Marked(path)
print(type(marked).__name__, marked.read(2), marked.extra, isinstance(marked, io.RawIOBase), repr(marked).split(" name")[0])
reader = io.BufferedReader(marked)
print(reader.read(), marked.closed)
del reader
print(marked.closed)
