# open() in text mode: modes, reading, writing, newlines, positions and errors.
import os
with open("out.txt", "w") as f:
    print(f, f.name, f.mode, f.closed, f.encoding, f.writable(), f.readable())
    n = f.write("line one\nline two\n")
    f.writelines(["three\n", "four"])
    print(n, f.tell())
print(f.closed, repr(f))
with open("out.txt") as f:
    print(repr(f.read()))
    print(f.tell(), repr(f.read()), f.seek(0), repr(f.readline()), f.tell(), repr(f.readline(3)))
    print(f.readlines())
with open("out.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open("out.txt", "a") as f:
    f.write("\nappended\n")
print(open("out.txt").read().splitlines())
print(list(open("out.txt"))[-1:])
open("crlf.txt", "w", newline="").write("a\r\nb\rc\n")
print(repr(open("crlf.txt").read()), repr(open("crlf.txt", newline="").read()), open("crlf.txt", newline="").readlines())
f = open("out.txt", "r+")
print(f.read(4), f.tell())
f.seek(0)
f.write("LINE")
f.close()
print(open("out.txt").readline())
for bad in [lambda: open("missing.txt"), lambda: open("out.txt", "rw"), lambda: open("out.txt", "rr"), lambda: open("out.txt", "q"),
            lambda: open("out.txt", "rb", encoding="utf-8"), lambda: open("out.txt", "tb"), lambda: open(".", "r"), lambda: open(3.5),
            lambda: open("out.txt", newline="x"), lambda: open("out.txt", encoding="nope"), lambda: open("new.txt", "x") and open("new.txt", "x"),
            lambda: open("out.txt").write("x"), lambda: open("out.txt", "w").read(), lambda: f.read(), lambda: open("out.txt").write(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "errno", None))
import io
print(io.UnsupportedOperation.__mro__[1:3], issubclass(io.UnsupportedOperation, OSError))
os.remove("out.txt"); os.remove("crlf.txt"); os.remove("new.txt")
