import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.bin")
with open(p, "wb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd, f.write(b"hello world"))
    print(repr(f).replace(d, "D"))
f = io.FileIO(p)
print(f.mode, f.read(5), f.readall(), f.name == p)
f.close()
print(repr(f))
with io.FileIO(p, "r+") as g:
    print(g.mode, g.readable(), g.writable())
    buf = bytearray(4)
    print(g.readinto(buf), buf)
with open(p, "rb") as h:
    m = bytearray(20)
    n = h.readinto(m)
    print(n, m[:n], h.readinto(bytearray(3)))
for bad in (lambda: open(p, "r", buffering=0), lambda: io.FileIO(p, "rt"), lambda: open(p, "rb").readinto(b"xx")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(os.path.getsize(p))
