# select.select and select.poll over sockets: readiness, timeouts, argument errors.
import select
import socket
import time


def attempt(label, f, *args):
    try:
        result = f(*args)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


class Nope:
    pass


class Almost:
    def fileno(self):
        return "fileno"


class Wrapper:
    def __init__(self, sock):
        self.sock = sock

    def fileno(self):
        return self.sock.fileno()

    def __repr__(self):
        return "Wrapper"


attempt("not sequences", select.select, 1, 2, 3)
attempt("no fileno", select.select, [Nope()], [], [])
attempt("bad fileno", select.select, [Almost()], [], [])
attempt("timeout str", select.select, [], [], [], "not a number")
attempt("timeout negative", select.select, [], [], [], -1)
attempt("negative fd", select.select, [-1], [], [], 0)
attempt("fd too large", select.select, [5000], [], [], 0)
attempt("timeout nan", select.select, [], [], [], float("nan"))
print(select.select([], [], [], 0), select.select((), iter([]), [], 0.01))
print(select.error is OSError, select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)

a, b = socket.socketpair()
wa = Wrapper(a)
print("idle:", select.select([a, b], [], [], 0))
r, w, x = select.select([a, b], [a, wa, b.fileno()], [a], 0)
print("writable:", len(r), w == [a, wa, b.fileno()], x)
b.send(b"data")
r, w, x = select.select([a, wa, b], [], [], 5)
print("readable:", r == [a, wa], w, x)
print(a.recv(10))
start = time.monotonic()
print("timeout:", select.select([a], [], [], 0.05), time.monotonic() - start >= 0.04)

# a listening socket is readable when a connection waits
server = socket.create_server(("127.0.0.1", 0))
print("no client:", select.select([server], [], [], 0))
client = socket.create_connection(server.getsockname())
print("client waits:", select.select([server], [], [], 5)[0] == [server])
conn, _ = server.accept()
print("accepted:", select.select([server], [], [], 0))
client.sendall(b"x")
print("conn readable:", select.select([conn], [conn], [], 5)[:2] == ([conn], [conn]))

# poll
p = select.poll()
attempt("register str", p.register, "x")
attempt("register negative", p.register, -1)
attempt("modify unregistered", p.modify, a, select.POLLIN)
attempt("unregister unregistered", p.unregister, a.fileno())
attempt("poll str", p.poll, "x")
print(p.poll(0))
p.register(a, select.POLLIN | select.POLLOUT)
p.register(b.fileno(), select.POLLIN)
print([(fd == a.fileno(), events) for fd, events in p.poll(0)])
b.send(b"more")
print([(fd == a.fileno(), events) for fd, events in p.poll(1000)])
p.modify(a, select.POLLIN)
print([(fd == a.fileno(), events) for fd, events in p.poll()])
a.send(b"reply")
print(sorted((fd == a.fileno(), events) for fd, events in p.poll(10.5)))
p.unregister(a)
print([(fd == b.fileno(), events) for fd, events in p.poll(0)])
print(b.recv(100), a.recv(100))
print(p.poll(20))

for s in (a, b, server, client, conn):
    s.close()
attempt("closed socket", select.select, [a], [], [], 0)

# epoll
a, b = socket.socketpair()
ep = select.epoll()
print(ep.closed, ep.fileno() > 2, select.EPOLLIN, select.EPOLLOUT, select.EPOLLONESHOT, select.EPOLL_CLOEXEC)
attempt("sizehint", select.epoll, 0)
attempt("flags", select.epoll, -1, 5)
ep.register(a, select.EPOLLIN | select.EPOLLOUT)
attempt("register twice", ep.register, a)
attempt("modify unknown", ep.modify, b, select.EPOLLIN)
attempt("unregister unknown", ep.unregister, b)
attempt("maxevents", ep.poll, 0, 0)
print([(fd == a.fileno(), ev) for fd, ev in ep.poll(0)])
ep.modify(a, select.EPOLLIN)
print(ep.poll(0.01))
b.send(b"x")
print([(fd == a.fileno(), ev) for fd, ev in ep.poll(1)])
ep.register(b, select.EPOLLOUT | select.EPOLLONESHOT)
print(sorted((fd == a.fileno(), ev) for fd, ev in ep.poll(1, 5)), ep.poll(0, 1) == [(a.fileno(), select.EPOLLIN)])
print([(fd == a.fileno(), ev) for fd, ev in ep.poll(0)])
ep.modify(b, select.EPOLLOUT)
print(len(ep.poll(0)))
ep.unregister(a)
with ep:
    print([(fd == b.fileno(), ev) for fd, ev in ep.poll(0)])
print(ep.closed)
attempt("fileno closed", ep.fileno)
attempt("poll closed", ep.poll)
ep.close()
a.close()
b.close()
