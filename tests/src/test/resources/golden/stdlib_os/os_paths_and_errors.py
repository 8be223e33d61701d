# os: path arguments (str, bytes, os.PathLike, descriptors, dir_fd) and the errors CPython raises for them.
import os
import pathlib
import stat
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)


def show(label, action):
    try:
        result = action()
        print(label, "->", result)
    except Exception as e:
        text = str(e).replace(base, "<tmp>")
        print(label, "->", type(e).__name__, text, getattr(e, "errno", None))


with open("file.txt", "w") as f:
    f.write("hello world")
os.mkdir("sub")
os.symlink("file.txt", "link")
os.symlink("missing", "dangling")

show("stat empty", lambda: os.stat(""))
show("stat missing", lambda: os.stat("nope"))
show("stat bytes missing", lambda: os.stat(b"nope"))
show("stat pathlike missing", lambda: os.stat(pathlib.Path("nope")))
show("stat float", lambda: os.stat(3.14))
show("lstat int", lambda: os.lstat(3))
show("stat bytearray", lambda: os.stat(bytearray(b".")))
show("open bytearray", lambda: os.open(bytearray(b"."), 0))
show("scandir array", lambda: os.scandir(3.5))
show("unlink float", lambda: os.unlink(3.14))
show("remove float", lambda: os.remove(3.14))
show("rename float", lambda: os.rename(3.14, "x"))
show("replace float", lambda: os.replace("x", 3.14))
show("rename missing", lambda: os.rename("nope", "other"))
with open("mixed", "w"):
    pass
show("rename mixed", lambda: os.rename("mixed", b"mixed2"))
show("link mixed", lambda: os.link("mixed2", b"mixed3"))
print(sorted(n for n in os.listdir() if n.startswith("mixed")))
show("stat nul", lambda: os.stat("a\0b"))
show("stat bad surrogate", lambda: os.stat("bad-\udc74"))
show("stat dangling", lambda: os.stat("dangling"))
show("rmdir file", lambda: os.rmdir("file.txt"))
show("remove dir", lambda: os.remove("sub"))
show("mkdir exists", lambda: os.mkdir("sub"))
show("listdir file", lambda: os.listdir("file.txt"))
show("chdir file", lambda: os.chdir("file.txt"))
show("readlink file", lambda: os.readlink("file.txt"))


class Bad:
    def __fspath__(self):
        return 42


show("fspath bad", lambda: os.stat(Bad()))

print(stat.S_ISREG(os.stat("file.txt").st_mode), stat.S_ISLNK(os.lstat("link").st_mode), stat.S_ISDIR(os.stat(b"sub").st_mode))
print(os.stat(pathlib.Path("file.txt")).st_size, os.stat("link").st_size, os.stat("link", follow_symlinks=False).st_size)
print(os.readlink("link"), os.readlink(b"link"), os.readlink(pathlib.Path("link")))
print(sorted(os.listdir()), sorted(os.listdir(".")), sorted(os.listdir(b".")))

# descriptors standing for paths, and paths relative to a directory descriptor
dir_fd = os.open(".", os.O_RDONLY)
print(os.stat("file.txt", dir_fd=dir_fd).st_size, os.lstat("link", dir_fd=dir_fd).st_size == len("file.txt"))
print(sorted(os.listdir(dir_fd)))
fd = os.open("file.txt", os.O_RDONLY)
print(os.stat(fd).st_size, os.fstat(fd).st_size, os.path.samestat(os.stat(fd), os.stat("file.txt")))
show("stat fd nofollow", lambda: os.stat(fd, follow_symlinks=False))
show("stat fd dir_fd", lambda: os.stat(fd, dir_fd=dir_fd))
show("stat bad fd", lambda: os.stat(1000000))
show("fstat bad fd", lambda: os.fstat(1000000))
show("listdir bad fd", lambda: os.listdir(1000000))
os.close(fd)
os.mkdir("made", dir_fd=dir_fd)
print(os.path.isdir("made"))
os.rename("made", "moved", src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
os.rmdir("moved", dir_fd=dir_fd)
print(os.path.exists("made"), os.path.exists("moved"))
os.symlink("file.txt", "link2", dir_fd=dir_fd)
print(os.readlink("link2", dir_fd=dir_fd))
os.unlink("link2", dir_fd=dir_fd)
print(os.access("file.txt", os.R_OK, dir_fd=dir_fd), os.access("nope", os.F_OK, dir_fd=dir_fd))
print(os.access("dangling", os.F_OK), os.access("dangling", os.F_OK, follow_symlinks=False))
os.close(dir_fd)
show("access closed dir_fd", lambda: os.access("file.txt", os.F_OK, dir_fd=dir_fd))

# modes and times
os.chmod("file.txt", 0o640)
print(oct(os.stat("file.txt").st_mode & 0o777))
fd = os.open("file.txt", os.O_RDONLY)
os.chmod(fd, 0o600)
os.close(fd)
print(oct(os.stat("file.txt").st_mode & 0o777))
show("chmod nofollow", lambda: os.chmod("link", 0o600, follow_symlinks=False))
os.utime("file.txt", (1000000000, 1500000000.25))
st = os.stat("file.txt")
print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
os.utime("file.txt", ns=(2000000000123456789, 1234567890987654321))
st = os.stat("file.txt")
print(st.st_atime_ns // 1000, st.st_mtime_ns // 1000, type(st.st_mtime))
show("utime both", lambda: os.utime("file.txt", (1, 2), ns=(3, 4)))
show("utime ns None", lambda: os.utime("file.txt", ns=None))
show("utime times list", lambda: os.utime("file.txt", [1, 2]))
show("utime fd nofollow", lambda: os.utime(1, follow_symlinks=False))
show("utime fd dir_fd", lambda: os.utime(1, dir_fd=2))
show("utime missing", lambda: os.utime("nope", (1, 2)))

# truncate
os.truncate("file.txt", 5)
with open("file.txt") as f:
    print(repr(f.read()))
fd = os.open("file.txt", os.O_RDWR)
os.ftruncate(fd, 8)
print(os.read(fd, 100))
os.close(fd)
show("truncate missing", lambda: os.truncate("nope", 1))
show("truncate negative", lambda: os.truncate("file.txt", -1))

# links
os.link("file.txt", "hard")
print(os.stat("hard").st_nlink, os.stat("file.txt").st_ino == os.stat("hard").st_ino)
show("link exists", lambda: os.link("file.txt", "hard"))
show("symlink exists", lambda: os.symlink("file.txt", "hard"))
os.chdir("/")
print(os.getcwd() == "/", os.getcwdb() == b"/")
