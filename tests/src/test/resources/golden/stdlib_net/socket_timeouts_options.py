# Timeouts, blocking modes and socket options; a blocking call lets other threads run meanwhile.
import socket
import threading
import time


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e} (errno {getattr(e, 'errno', None)})")
    else:
        print(f"{label}: {result!r}")


a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking(), a.timeout)
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking(), a.timeout)
start = time.monotonic()
attempt("recv timeout", a.recv, 1)
print("waited at least the timeout:", time.monotonic() - start >= 0.04)
a.settimeout(3)
print(a.gettimeout(), type(a.gettimeout()))
a.settimeout(0)
print(a.gettimeout(), a.getblocking())
attempt("recv non-blocking", a.recv, 1)
a.setblocking(True)
print(a.gettimeout(), a.getblocking())
a.setblocking(False)
print(a.gettimeout())
a.settimeout(None)
print(a.gettimeout())
attempt("settimeout negative", a.settimeout, -1)
attempt("settimeout nan", a.settimeout, float("nan"))
attempt("settimeout str", a.settimeout, "1")
attempt("recv negative", a.recv, -1)
attempt("recv str", a.recv, "1")
attempt("recv_into bytes", a.recv_into, b"xx")
attempt("recv_into too much", a.recv_into, bytearray(2), 5)
attempt("recv_into negative", a.recv_into, bytearray(2), -1)
attempt("send str", a.send, "text")
attempt("sendall int", a.sendall, 5)

# a receive blocked in one thread while the main thread keeps running
received = []
reader = threading.Thread(target=lambda: received.append(a.recv(100)))
reader.start()
counted = 0
deadline = time.monotonic() + 0.2
while time.monotonic() < deadline:
    counted += 1
print("main thread ran while the reader waited:", counted > 10, received)
b.sendall(b"wake up")
reader.join()
print(received)

# MSG_DONTWAIT makes one call non-blocking
attempt("recv MSG_DONTWAIT", a.recv, 10, socket.MSG_DONTWAIT)
print(a.gettimeout())

# a full send buffer: a non-blocking send refuses, a timed sendall times out
b.setblocking(False)
sent = 0
try:
    while True:
        sent += b.send(bytes(65536))
except BlockingIOError as e:
    print("buffer full:", type(e).__name__, e.errno, sent > 0)
b.settimeout(0.05)
attempt("sendall timeout", b.sendall, bytes(65536))

a.close()
b.close()

# options
s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, b"\x00\x00\x00\x00")
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
attempt("unknown option", s.getsockopt, socket.SOL_SOCKET, 999)
attempt("set unknown option", s.setsockopt, socket.SOL_SOCKET, 999, 1)
attempt("set SO_TYPE", s.setsockopt, socket.SOL_SOCKET, socket.SO_TYPE, 1)
attempt("option value str", s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, "x")
attempt("shutdown unconnected", s.shutdown, socket.SHUT_RDWR)
attempt("shutdown bad how", s.shutdown, 5)
attempt("listen str", s.listen, "x")
s.close()
attempt("settimeout closed", s.settimeout, 1)
attempt("setsockopt closed", s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)

# socket() arguments
attempt("family", socket.socket, 99)
attempt("type", socket.socket, socket.AF_INET, 99)
attempt("fileno negative", socket.socket, fileno=-5)
attempt("fileno closed", socket.socket, fileno=999)
u = socket.socket(type=socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(u.type, u.gettimeout(), u.getblocking())
u.close()

# a server with a timeout on accept, detach and re-wrap
server = socket.create_server(("127.0.0.1", 0))
server.settimeout(0.05)
attempt("accept timeout", server.accept)
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
fd = server.detach()
print(server.fileno(), repr(server).startswith("<socket.socket [closed] fd=-1"))
again = socket.socket(fileno=fd)
print(again.family, again.type, again.getsockname()[0], again.fileno() == fd)
again.close()

# wrong argument counts get the C parser's messages
s = socket.socket()
for name, args in [("bind", ()), ("bind", (1, 2)), ("connect", ()), ("connect_ex", ()), ("listen", (1, 2)),
                   ("recv", ()), ("recv", (1, 2, 3)), ("send", ()), ("send", (1, 2, 3)), ("sendall", ()),
                   ("settimeout", ()), ("setblocking", ()), ("shutdown", (1, 2)), ("getsockopt", (1,)),
                   ("getsockopt", (1, 2, 3, 4)), ("setsockopt", (1, 2)), ("setsockopt", (1, 2, 3, 4, 5)),
                   ("recvfrom", ()), ("getsockname", (1,)), ("fileno", (1,)), ("gettimeout", (1,))]:
    attempt(f"{name}{args}", getattr(s, name), *args)
s.close()
