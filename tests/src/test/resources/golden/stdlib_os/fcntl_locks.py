# fcntl: descriptor flags, and flock/lockf locks that another process sees.
import fcntl
import os
import subprocess
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, "locked")
with open(path, "w") as f:
    f.write("data")


def child(kind):
    """Whether another process (util-linux's flock command) can take the file's lock at once."""
    result = subprocess.run(["flock", "-n", "-" + kind, path, "-c", "exit 0"])
    print("other process", "got" if result.returncode == 0 else "did not get", "the", kind, "lock")


fd = os.open(path, os.O_RDWR)
print(fcntl.fcntl(fd, fcntl.F_GETFD) == fcntl.FD_CLOEXEC, os.get_inheritable(fd))
fcntl.fcntl(fd, fcntl.F_SETFD, 0)
print(fcntl.fcntl(fd, fcntl.F_GETFD), os.get_inheritable(fd))
flags = fcntl.fcntl(fd, fcntl.F_GETFL)
print(flags & os.O_ACCMODE == os.O_RDWR, bool(flags & os.O_NONBLOCK))
fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_NONBLOCK)
print(bool(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_NONBLOCK), os.get_blocking(fd))
fcntl.fcntl(fd, fcntl.F_SETFL, flags)
copy = fcntl.fcntl(fd, fcntl.F_DUPFD, 20)
print(copy >= 20, os.get_inheritable(copy), os.read(copy, 4))
os.close(copy)
with open(path) as f:
    print(fcntl.fcntl(f, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY)
r, w = os.pipe()
print(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_ACCMODE, fcntl.fcntl(w, fcntl.F_GETFL) & os.O_ACCMODE)
os.close(r)
os.close(w)

child("x")
fcntl.flock(fd, fcntl.LOCK_EX)
child("x")
child("s")
fcntl.flock(fd, fcntl.LOCK_UN)
child("x")
fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
child("x")
child("s")
fcntl.flock(fd, fcntl.LOCK_UN)
copy = os.dup(fd)
fcntl.flock(copy, fcntl.LOCK_EX)
os.close(copy)
child("x")
os.close(fd)
child("x")

fd = os.open(path, os.O_RDWR)
fcntl.lockf(fd, fcntl.LOCK_EX, 2, 1)
fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
fcntl.lockf(fd, fcntl.LOCK_UN)
os.close(fd)

for label, action in [("flock closed", lambda: fcntl.flock(fd, fcntl.LOCK_EX)),
                      ("flock str", lambda: fcntl.flock("x", fcntl.LOCK_EX)),
                      ("flock negative", lambda: fcntl.flock(-1, fcntl.LOCK_EX)),
                      ("lockf bad command", lambda: fcntl.lockf(os.open(path, os.O_RDONLY), 16)),
                      ("fcntl closed", lambda: fcntl.fcntl(fd, fcntl.F_GETFD))]:
    try:
        action()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
