# Every file class's answers once closed (and the reading/writing methods a class lacks): CPython's exception types
# and exact messages, which differ by class ("read of closed file", "I/O operation on closed file" without a period
# for FileIO, IOBase's "I/O operation on closed file."), and the attributes each class has.
import os, tempfile

directory = tempfile.mkdtemp()
P = os.path.join(directory, "closed.bin")
with open(P, "wb") as f:
    f.write(b"abc\n")

METHODS = [("read", ()), ("read", (2,)), ("readline", ()), ("readlines", ()), ("write", None), ("writelines", ([],)),
           ("flush", ()), ("seek", (0,)), ("tell", ()), ("truncate", ()), ("fileno", ()), ("isatty", ()),
           ("readable", ()), ("writable", ()), ("seekable", ()), ("peek", ()), ("read1", ()),
           ("readinto", (bytearray(2),)), ("readall", ()), ("detach", ()), ("__enter__", ()), ("__iter__", ()),
           ("__next__", ()), ("close", ())]
ATTRIBUTES = ["mode", "closed", "closefd", "buffer", "encoding", "errors", "newlines", "line_buffering", "write_through"]


def run(f, mode):
    for name, args in METHODS:
        if args is None:
            args = (b"x",) if "b" in mode else ("x",)
        try:
            result = getattr(f, name)(*args)
            print(" ", name, args, "->", repr(result).replace(directory, "DIR"))
        except Exception as e:
            print(" ", name, args, type(e).__name__, str(e).replace(directory, "DIR"))
    for name in ATTRIBUTES:
        try:
            print(" ", name, repr(getattr(f, name)).replace(directory, "DIR"))
        except Exception as e:
            print(" ", name, type(e).__name__, e)
    print(" ", hasattr(f, "raw"), repr(f).replace(directory, "DIR"))


for mode, options in [("r", {}), ("w", {}), ("rb", {}), ("wb", {}), ("r+b", {}), ("rb", {"buffering": 0}), ("wb", {"buffering": 0})]:
    f = open(P, mode, **options)
    print("== open", mode, options, type(f).__name__)
    run(f, mode)
    f = open(P, mode, **options)
    f.close()
    print("== closed", mode, options, type(f).__name__)
    run(f, mode)
