from io import StringIO
s = StringIO("1234567890")
print(s.seek(11), repr(s.read()), s.tell())
s.write("")
print(repr(s.getvalue()))
s.write("ab")
print(repr(s.getvalue()))
s = StringIO("a\nb", newline="\r\n")
s.seek(1)
print(s.__getstate__())
t = StringIO()
t.__setstate__(s.__getstate__())
print(repr(t.getvalue()), t.tell(), t.newlines)
import pickle, copy
print(repr(copy.copy(s).getvalue()))
for st in (("", "f", 0, None), ("", "", -1, None), (b"", "", 0, None), ("", "", 0.0, None), ("", "", 0, 0), ("len-test", 0), 0):
    try:
        StringIO().__setstate__(st)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
x = StringIO("q"); x.extra = 5; print(x.__getstate__())
x.close()
try: x.__getstate__()
except ValueError as e: print(e)
