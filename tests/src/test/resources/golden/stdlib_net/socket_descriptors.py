# A socket's number is a file descriptor: os.read/os.write on it, socket(fileno=), fromfd/dup, sizes.
import os
import socket


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


a, b = socket.socketpair()
print(os.write(a.fileno(), b"through os.write"))
print(b.recv(100))
b.send(b"for os.read")
print(os.read(a.fileno(), 100))
attempt("lseek", os.lseek, a.fileno(), 0, 0)

# descriptors are numbered together with files
fd = os.open(__file__, os.O_RDONLY)
print(len({a.fileno(), b.fileno(), fd}))
attempt("socket of a file", socket.socket, fileno=fd)
os.close(fd)

# dup and fromfd: another socket on the same connection
c = a.dup()
print(c.fileno() != a.fileno(), c.family, c.type, c.gettimeout())
c.send(b"via the duplicate")
print(b.recv(100))
a.close()
b.send(b"still open")
print(c.recv(100))
d = socket.fromfd(c.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
c.close()
d.send(b"from fromfd")
print(b.recv(100))
d.close()
print("peer sees the end:", b.recv(100))
b.close()

# unreachable receive sizes are refused before anything is reserved, or served in part
sizes = socket.socket()
with sizes:
    for bufsize in (2**62, 2**48):
        try:
            sizes.recv(bufsize)
        except (MemoryError, OSError, OverflowError) as e:
            print("refused", bufsize.bit_length())
    attempt("too big for ssize_t", sizes.recv, 2**70)
