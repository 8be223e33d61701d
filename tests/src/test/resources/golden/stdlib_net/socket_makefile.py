# socket.makefile: text and binary streams over a connected socket, buffering, modes, closing order.
import socket


def attempt(label, f, *args):
    try:
        result = f(*args)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


a, b = socket.socketpair()
reader = a.makefile("r", encoding="utf-8", newline="")
print(type(reader).__name__, reader.mode, reader.encoding, reader.readable(), reader.writable())
b.sendall("première ligne\r\nsecond\n".encode())
print(repr(reader.readline()), repr(reader.readline()))
b.sendall(b"x" * 10000 + b"\nlast\n")
print(len(reader.readline()), repr(reader.readline()))

writer = b.makefile("wb")
print(type(writer).__name__, writer.mode, writer.name == b.fileno(), writer.writable(), writer.readable())
print(writer.write(b"buffered "), writer.write(bytearray(b"until flush\n")))
writer.flush()
print(repr(reader.readline()))

raw = b.makefile("wb", buffering=0)
print(type(raw).__name__, raw.mode, raw.write(b"raw\n"), raw.seekable())
print(repr(reader.readline()))

both = a.makefile("rwb")
print(type(both).__name__, both.readable(), both.writable())
b.sendall(b"abc\ndef")
print(both.readline(), both.read(2), both.read1(10))
both.write(b"from both\n")
both.flush()
print(b.recv(100))

attempt("mode", a.makefile, "x")
attempt("text unbuffered", a.makefile, "r", 0)

# the socket closes when its last file does
lines = b.makefile("rb")
b.close()
print("socket closed while a file is open:", b.fileno() != -1)
a.sendall(b"still readable\n")
print(lines.readline())
writer.close()
raw.close()
lines.close()
print("after the files:", b.fileno())
a.close()
print(a.fileno(), reader.closed, both.closed)
reader.close()
both.close()
print(reader.closed, both.closed)
attempt("read closed", both.read)

# iterating the lines until the peer closes
c, d = socket.socketpair()
d.sendall(b"one\ntwo\nthree")
d.close()
with c, c.makefile("rb") as f:
    print(list(f))

# sendfile() from a binary file, and os.close() of a socket's descriptor
import os
import tempfile

a, b = socket.socketpair()
with tempfile.TemporaryFile() as f:
    f.write(b"0123456789" * 1000)
    f.flush()
    f.seek(0)
    print(a.sendfile(f, 5, 100), f.tell(), len(b.recv(1000)))
    attempt("sendfile count", a.sendfile, f, 0, 0)
    f.seek(0)
    print(a.sendfile(f), f.tell())
got = 0
while got < 10000:
    got += len(b.recv(65536))
print(got)
os.close(b.fileno())
attempt("recv after os.close", b.recv, 1)
attempt("close after os.close", b.close)
print(b.fileno())
a.close()
