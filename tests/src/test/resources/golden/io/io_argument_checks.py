# io's argument checks, their order and CPython's messages: StringIO/BytesIO/buffered/TextIOWrapper seeks and
# sizes, detached and closed streams, FileIO and open() modes, and what StringIO.write() returns.
import array
import io
import os
import tempfile


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result))


class Index:
    def __index__(self):
        return 1


class IntWithIndex(int):
    def __index__(self):
        raise UserWarning("int subclasses are ints: __index__ is not asked")


# StringIO.write counts the characters given, before newline translation
for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(newline=newline)
    print(repr(newline), [s.write(t) for t in ("a\n", "b\r\n", "c\rd")], repr(s.getvalue()), s.newlines)
s = io.StringIO("a\nb\r\nc\rd", newline="\r\n")
print(repr(s.read()), s.seek(0), list(s))

s = io.StringIO("hello world")
for label, args in [("str whence", (0, "x")), ("big whence", (0, 2 ** 65)), ("float whence", (0, 1.0)), ("index whence", (0, Index())),
                    ("index pos", (Index(),)), ("str pos", ("1",)), ("big pos", (2 ** 65,)), ("negative big pos", (-2 ** 65,)),
                    ("whence 9", (0, 9)), ("negative pos", (-1,)), ("cur-relative", (1, 1)), ("end-relative", (1, 2)),
                    ("end", (0, 2)), ("int subclass", (IntWithIndex(3),))]:
    attempt("StringIO.seek " + label, lambda: s.seek(*args))
s.close()
attempt("closed StringIO iter", lambda: iter(s))
attempt("closed StringIO line_buffering", lambda: s.line_buffering)
attempt("closed StringIO readlines", lambda: s.readlines())
attempt("closed StringIO next", lambda: next(s))
attempt("closed StringIO seek str", lambda: s.seek("x"))


class ClaimsClosed(io.StringIO):
    closed = True


c = ClaimsClosed()
print(c.write("foobar"), c.seek(0))
attempt("readlines of a StringIO claiming to be closed", lambda: c.readlines())
attempt("iter of a StringIO claiming to be closed", lambda: iter(c))

b = io.BytesIO(b"hello")
for label, args in [("str whence", (0, "x")), ("big whence", (0, 2 ** 65)), ("index whence", (0, Index())), ("index pos", (Index(),)),
                    ("big pos", (2 ** 65,)), ("whence 9", (0, 9)), ("int subclass pos", (IntWithIndex(1),)),
                    ("int subclass whence", (0, IntWithIndex(2)))]:
    attempt("BytesIO.seek " + label, lambda: b.seek(*args))
b.seek(0)
print(b.read(IntWithIndex(2)))
attempt("BytesIO.read str", lambda: b.read("1"))
attempt("BytesIO.read big", lambda: b.read(2 ** 65))

for cls in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    stream = cls(io.BytesIO(b"abc"))
    for label, args in [("whence 3", (0, 3)), ("whence -1", (0, -1)), ("whence 5", (0, 5)), ("big whence", (0, 2 ** 40)),
                        ("str whence", (0, "x")), ("str pos", ("x", 0)), ("big pos", (2 ** 65, 0)), ("end", (0, 2))]:
        attempt(cls.__name__ + ".seek " + label, lambda: stream.seek(*args))
reader = io.BufferedReader(io.BytesIO(b"abc"))
attempt("read1(None)", lambda: reader.read1(None))
attempt("read1('x')", lambda: reader.read1("x"))
print(reader.read1(-1), reader.read1())

# TextIOWrapper: arguments are checked before the stream's state
attempt("TextIOWrapper(None)", lambda: io.TextIOWrapper(None))
t = io.TextIOWrapper(io.BytesIO(b"hello"), encoding="ascii")
for label, action in [("readline str", lambda: t.readline("x")), ("readline float", lambda: t.readline(1.5)),
                      ("read str", lambda: t.read("x")), ("seek float whence", lambda: t.seek(0, 1.5)),
                      ("seek whence 5", lambda: t.seek(0, 5))]:
    attempt(label, action)
t.detach()
for label, action in [("detached readline str", lambda: t.readline("x")), ("detached read float", lambda: t.read(1.5)),
                      ("detached seek float whence", lambda: t.seek(0, 1.5)), ("detached seek str", lambda: t.seek("x")),
                      ("detached write float", lambda: t.write(5.5)), ("detached newlines", lambda: t.newlines),
                      ("detached close", lambda: t.close()), ("detached readline", lambda: t.readline())]:
    attempt(label, action)


class Asked(io.BytesIO):
    asked = []

    def readable(self):
        self.asked.append("readable")
        return True

    def writable(self):
        self.asked.append("writable")
        return True

    def seekable(self):
        self.asked.append("seekable")
        return True


wrapper = io.TextIOWrapper(Asked(b"x"), encoding="utf-8")
print(Asked.asked[:3])


class Terminal(io.BytesIO):
    def __init__(self, name, answer, calls):
        super().__init__()
        self.name, self.answer, self.calls = name, answer, calls

    def isatty(self):
        self.calls.append(self.name)
        return self.answer


for reader_answer, writer_answer in [(True, False), (False, True), (False, False)]:
    calls = []
    pair = io.BufferedRWPair(Terminal("reader", reader_answer, calls), Terminal("writer", writer_answer, calls))
    print(reader_answer, writer_answer, pair.isatty(), calls)

# FileIO and open(): modes and descriptors
directory = tempfile.mkdtemp()
path = os.path.join(directory, "f.bin")
with open(path, "wb") as f:
    f.write(b"hello")
fd = os.open(path, os.O_RDWR)
for mode in ["r++", "+", "rw", "", "rb+x", "q", "rr", "ra", "rt", "b"]:
    attempt("FileIO mode " + repr(mode), lambda: io.FileIO(fd, mode=mode, closefd=False).mode)
for mode in ["", "+", "r++", "rw", "q", "rtb", "U", "rr"]:
    attempt("open mode " + repr(mode), lambda: open(fd, mode=mode, closefd=False).mode)
attempt("FileIO(-5)", lambda: io.FileIO(-5))
attempt("open(-5)", lambda: open(-5))
os.close(fd)

with io.FileIO(path) as raw:
    raw.note = "files have a __dict__"
    print(raw.note)
    items = array.array("b", [1, 2, 3])
    print(raw.readinto(items), items.tobytes())
    raw.seek(0)
    wide = array.array("h", [0, 0])
    print(raw.readinto(wide), wide.tobytes())
with open(path) as text:
    text.note = 1
    print(text.note, text.buffer.read(2))
os.remove(path)
os.rmdir(directory)
