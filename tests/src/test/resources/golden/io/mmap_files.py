# mmap of files: shared maps write through to the file and see its writes, private maps keep their changes,
# read-only maps refuse changes, offsets, whole-file maps, resize, and the errors of each.
import mmap
import os
import tempfile


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result))


def content(path):
    with open(path, "rb") as f:
        return f.read()


directory = tempfile.mkdtemp()
path = os.path.join(directory, "data.bin")
with open(path, "wb") as f:
    f.write(b"0123456789abcdef" * 512)  # two pages

# a shared map of the whole file, through a file object's descriptor
with open(path, "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)
print(len(m), m.size(), m[:16], repr(m))
m[0:4] = b"ABCD"
m.seek(16)
m.write(b"wxyz")
m.flush()
print(content(path)[:24])
# the file's own writes show in the map
fd = os.open(path, os.O_RDWR)
os.lseek(fd, 8, os.SEEK_SET)
os.write(fd, b"!!")
print(m[:12])
print(m.find(b"!!"), m.rfind(b"abc"), m.find(b"f0"))
m.close()
os.close(fd)

# an offset must be a multiple of the allocation granularity
fd = os.open(path, os.O_RDWR)
m = mmap.mmap(fd, 16, offset=mmap.ALLOCATIONGRANULARITY)
print(repr(m), m[:])
m[:] = b"P" * 16
m.close()
print(content(path)[4096:4112])
attempt("unaligned offset", lambda: mmap.mmap(fd, 16, offset=100))
attempt("length past the end", lambda: mmap.mmap(fd, 8193))
attempt("offset past the end", lambda: mmap.mmap(fd, 0, offset=3 * 4096))
attempt("offset at the end", lambda: mmap.mmap(fd, 0, offset=2 * 4096))
attempt("offset and length past the end", lambda: mmap.mmap(fd, 10, offset=3 * 4096))

# length 0 maps what follows the offset
m = mmap.mmap(fd, 0, offset=4096)
print(len(m), m[:4])
m.close()

# the map keeps its own hold on the file: closing the descriptor does not end it
m = mmap.mmap(fd, 0)
os.close(fd)
print(m.size(), m[4:8])
m[4:8] = b"1234"
m.close()
print(content(path)[:8])

# private (copy-on-write) maps: changes stay in memory
fd = os.open(path, os.O_RDWR)
p = mmap.mmap(fd, 16, flags=mmap.MAP_PRIVATE)
p[:] = b"-" * 16
print(p[:], content(path)[:16])
c = mmap.mmap(fd, 16, access=mmap.ACCESS_COPY)
c.write(b"copied")
print(c[:], content(path)[:16], c.flush())
attempt("copy resize", lambda: c.resize(32))
p.close()
c.close()

# read-only maps
r = mmap.mmap(fd, 16, access=mmap.ACCESS_READ)
print(repr(r), r[:], memoryview(r).readonly)
attempt("write", lambda: r.write(b"x"))
attempt("setitem", lambda: r.__setitem__(0, 65))
attempt("view setitem", lambda: memoryview(r).__setitem__(0, 65))
attempt("resize", lambda: r.resize(8))
r.close()
r = mmap.mmap(fd, 16, prot=mmap.PROT_READ)
print(repr(r))
r.close()
w = mmap.mmap(fd, 16, access=mmap.ACCESS_WRITE)
w[:2] = b"ww"
w.close()
print(content(path)[:4])
os.close(fd)

# the descriptor's mode decides what may be mapped
fd = os.open(path, os.O_RDONLY)
attempt("shared writable map of a read-only descriptor", lambda: mmap.mmap(fd, 16))
attempt("ACCESS_WRITE of a read-only descriptor", lambda: mmap.mmap(fd, 16, access=mmap.ACCESS_WRITE))
r = mmap.mmap(fd, 16, access=mmap.ACCESS_READ)
c = mmap.mmap(fd, 16, access=mmap.ACCESS_COPY)
c[:2] = b"cc"
print(r[:4], c[:4])
r.close()
c.close()
os.close(fd)

# resize changes the file's size too
small = os.path.join(directory, "small.bin")
with open(small, "wb") as f:
    f.write(b"hello")
with open(small, "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)
    m.resize(10)
    m[5:] = b" mmap"
    print(len(m), m[:], m.size(), os.path.getsize(small))
    m.resize(2)
    print(len(m), m[:], m.size(), content(small))
    m.close()

# empty files and bad descriptors
empty = os.path.join(directory, "empty.bin")
open(empty, "wb").close()
with open(empty, "r+b") as f:
    attempt("empty file", lambda: mmap.mmap(f.fileno(), 0))
    attempt("empty file with a length", lambda: mmap.mmap(f.fileno(), 1))
fd = os.open(empty, os.O_RDONLY)
os.close(fd)
attempt("closed descriptor", lambda: mmap.mmap(fd, 0))

# a text file read after writing through a map, then readline over a file's lines
lines = os.path.join(directory, "lines.txt")
with open(lines, "w") as f:
    f.write("first\nsecond\nthird")
with open(lines, "r+b") as f, mmap.mmap(f.fileno(), 0) as m:
    print(m.readline(), m.readline(), m.readline(), m.readline())
    m[0:5] = b"FIRST"
with open(lines) as f:
    print(f.read().splitlines())

for name in os.listdir(directory):
    os.remove(os.path.join(directory, name))
os.rmdir(directory)
