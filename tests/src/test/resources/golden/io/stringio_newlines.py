# StringIO newline modes: translation on write, line splitting on read, the newlines seen
from io import StringIO
for nl in (None, "", "\n", "\r", "\r\n"):
    f = StringIO("a\rb\r\nc\nd", newline=nl)
    print(repr(nl), repr(f.getvalue()), f.newlines, [f.readline() for _ in range(5)], list(StringIO("x\ry\r\nz", newline=nl)))
    f.write("\r"); print(" ", f.newlines)
f = StringIO(newline=None)
f.write("\r")
f.__init__("x\n", newline=None)
print(f.newlines)
f.close()
try:
    f.newlines
except ValueError as e:
    print(e)
for bad in (5, "x"):
    try:
        StringIO(newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
f = StringIO(newline="")
f.write("a\n"); print(f.newlines); f.write("b\r\n"); print(f.newlines); f.write("c\r"); print(f.newlines)
f = StringIO(); f.close()
for m in ("read", "getvalue", "tell", "readline"):
    try: getattr(f, m)()
    except ValueError as e: print(m, e)
