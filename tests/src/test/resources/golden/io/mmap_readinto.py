# Files and regular expressions read into and search an mmap through the buffer protocol.
import mmap, re, io, tempfile, os
m = mmap.mmap(-1, 6)
try: re.search("a", m)
except TypeError as e: print(e)
fd, path = tempfile.mkstemp()
os.write(fd, b"xyz"); os.close(fd)
with open(path, "rb") as f:
    print(f.readinto(m), m[:])
with open(path, "rb", buffering=0) as f:
    print(f.readinto(memoryview(m)[3:]), m[:])
print(io.BytesIO(b"qq").readinto(m), m[:])
os.remove(path)
