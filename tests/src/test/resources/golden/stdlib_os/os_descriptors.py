# os: file descriptors — open/read/write/lseek/dup/dup2/pipe/fstat/ftruncate/fsync/isatty, inheritable and blocking flags.
import os
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, "data.bin")


def show(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace(base, "<tmp>"))


fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd), os.write(fd, b"0123456789"), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 2, os.SEEK_SET))
print(os.read(fd, 3), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10), os.read(fd, 10))
print(os.get_inheritable(fd), os.get_blocking(fd), os.isatty(fd))
os.set_inheritable(fd, True)
os.set_blocking(fd, False)
print(os.get_inheritable(fd), os.get_blocking(fd))
os.set_blocking(fd, True)

copy = os.dup(fd)
print(copy != fd, os.get_inheritable(copy), os.fstat(copy).st_size)
os.lseek(copy, 0, os.SEEK_SET)
print(os.read(fd, 4), "(the copy shares the offset)")
os.close(fd)
print(os.read(copy, 2), "(the copy stays open)")
other = os.open(path, os.O_RDONLY)
print(os.dup2(copy, other) == other, os.get_inheritable(other))
print(os.lseek(other, 0, os.SEEK_CUR))
os.close(other)
os.dup2(copy, other, inheritable=False)
print(os.get_inheritable(other))
os.close(other)

os.ftruncate(copy, 4)
os.fsync(copy)
os.fdatasync(copy)
print(os.fstat(copy).st_size, os.path.getsize(path))


class HasFileno:
    def fileno(self):
        return copy


os.fsync(HasFileno())
os.close(copy)

show("read closed", lambda: os.read(copy, 1))
show("write closed", lambda: os.write(copy, b"x"))
show("close closed", lambda: os.close(copy))
show("fstat closed", lambda: os.fstat(copy))
show("dup closed", lambda: os.dup(copy))
show("get_inheritable closed", lambda: os.get_inheritable(copy))
show("fsync negative", lambda: os.fsync(-1))
show("fsync str", lambda: os.fsync("x"))
show("isatty closed", lambda: os.isatty(copy))
show("open missing", lambda: os.open(os.path.join(base, "nope"), os.O_RDONLY))
show("open exclusive", lambda: os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
show("read negative", lambda: os.read(os.open(path, os.O_RDONLY), -1))

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
os.write(w, b"through the pipe")
print(os.read(r, 7), os.read(r, 100))
os.set_blocking(r, False)
show("read empty non-blocking pipe", lambda: os.read(r, 1))
os.close(w)
print(os.read(r, 1))
os.close(r)

with open(path, "rb") as f:
    print(f.read(), os.isatty(f.fileno()))

print(os.O_APPEND, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_NONBLOCK, os.O_CLOEXEC, os.O_DIRECTORY, os.O_NOFOLLOW)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)

st = os.stat(path)
print(type(st.st_blksize).__name__, type(st.st_blocks).__name__, st.st_blocks >= 0, st.st_blksize > 0, st.st_rdev)
