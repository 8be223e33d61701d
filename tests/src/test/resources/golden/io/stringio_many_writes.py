# StringIO: 100,000 appends stay linear (the length is kept, not recounted); writes after seeks and truncates
import io
f = io.StringIO()
for i in range(100000):
    f.write("line %d\n" % i)
v = f.getvalue()
print(len(v), v[:14].split())
f.seek(3); f.write("XY"); print(f.getvalue()[:10].split()); f.seek(0, 2); f.write("end"); print(f.getvalue()[-8:].split())
f.truncate(5); print(repr(f.getvalue())); f.seek(5); f.write("Z"); print(repr(f.getvalue()), f.tell())
f.seek(10); f.write("Q"); print(repr(f.getvalue()))
g = io.StringIO("abc"); g.seek(0, 2); g.write("d"); print(g.getvalue()); g.seek(1); g.write("X"); g.write("Y"); print(g.getvalue())
