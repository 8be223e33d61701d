# fileno() of open files: a descriptor os.fstat/os.read reach, the number open(fd) was given, ValueError once closed.
import os
with open("fno3.tmp", "w") as f:
    fd = f.fileno()
    print(type(fd).__name__, fd >= 3, os.fstat(fd).st_size)
    f.write("hello")
    f.flush()
    print(os.fstat(fd).st_size)
try:
    f.fileno()
except ValueError as e:
    print("ValueError", e)
with open("fno3.tmp", "rb") as f:
    print(os.read(f.fileno(), 3))
fd = os.open("fno3.tmp", os.O_RDONLY)
with open(fd, "rb") as g:
    print(g.fileno() == fd, g.read())
os.remove("fno3.tmp")
