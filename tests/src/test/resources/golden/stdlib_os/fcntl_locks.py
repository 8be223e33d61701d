# fcntl: descriptor flags, and flock/lockf locks that another process sees.
import fcntl
import os
import subprocess
import sys
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, "locked")
with open(path, "w") as f:
    f.write("data")

CHILD = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR)
try:
    if sys.argv[2] == "flock":
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    else:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    print("child got the lock")
except OSError as e:
    print("child:", type(e).__name__, e.errno in (11, 13))
"""


def child(kind):
    result = subprocess.run([sys.executable, "-c", CHILD, path, kind], capture_output=True, text=True)
    print(result.stdout.strip() or result.stderr)


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

child("flock")
fcntl.flock(fd, fcntl.LOCK_EX)
child("flock")
fcntl.flock(fd, fcntl.LOCK_UN)
child("flock")
fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
child("flock")
fcntl.flock(fd, fcntl.LOCK_UN)

fcntl.lockf(fd, fcntl.LOCK_EX)
child("lockf")
fcntl.lockf(fd, fcntl.LOCK_UN)
child("lockf")
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
