# selectors: the bookkeeping API, and an echo server on non-blocking sockets serving client threads.
import selectors
import socket
import threading


def attempt(label, f, *args):
    try:
        result = f(*args)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


class Nope:
    def __repr__(self):
        return "Nope()"


print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.SelectorKey._fields)
print(issubclass(selectors.DefaultSelector, selectors.BaseSelector), selectors.SelectSelector.__mro__[1].__name__)

for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.DefaultSelector):
    print("---", cls.__name__)
    a, b = socket.socketpair()
    sel = cls()
    attempt("register no fileno", sel.register, Nope(), selectors.EVENT_READ)
    attempt("register negative", sel.register, -1, selectors.EVENT_READ)
    attempt("register no events", sel.register, a, 0)
    attempt("register bad events", sel.register, a, 4)
    key = sel.register(a, selectors.EVENT_READ, "a-data")
    print(key.fileobj is a, key.fd == a.fileno(), key.events, key.data)
    attempt("register twice", lambda: sel.register(a, selectors.EVENT_WRITE) and None)
    attempt("unregister unknown", lambda: sel.unregister(b) and None)
    attempt("modify unknown", lambda: sel.modify(b, selectors.EVENT_READ) and None)
    attempt("get_key unknown", lambda: sel.get_key(b) and None)
    print("idle:", sel.select(0))
    b.send(b"!")
    print("ready:", [(k.data, events) for k, events in sel.select(1)])
    key = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, "both")
    print(key.events, key.data, sorted(events for _, events in sel.select(1)))
    key = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, "renamed")
    print(sel.get_key(a).data, len(sel.get_map()), list(sel.get_map()) == [a.fileno()], a in sel.get_map())
    print(sel.get_map()[a].data, sel.get_map().get(b, "absent"))
    print(sel.unregister(a).data, len(sel.get_map()))
    with sel:
        sel.register(b, selectors.EVENT_WRITE)
    print(sel.get_map())
    attempt("get_key closed", sel.get_key, b)
    a.close()
    b.close()

# an echo server
server = socket.create_server(("127.0.0.1", 0))
server.setblocking(False)
address = server.getsockname()
sel = selectors.DefaultSelector()
sel.register(server, selectors.EVENT_READ, "accept")
results = {}


def client(number):
    with socket.create_connection(address) as c:
        message = f"message {number} ".encode() * (number + 1)
        c.sendall(message)
        c.shutdown(socket.SHUT_WR)
        reply = b""
        while chunk := c.recv(4096):
            reply += chunk
        results[number] = (len(message), reply == message.upper())


threads = [threading.Thread(target=client, args=(n,)) for n in range(5)]
for t in threads:
    t.start()
finished = 0
events_seen = set()
while finished < 5:
    for key, events in sel.select(timeout=5):
        events_seen.add((key.data if isinstance(key.data, str) else "conn", events))
        if key.data == "accept":
            conn, _ = server.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, bytearray())
        else:
            conn = key.fileobj
            data = conn.recv(4096)
            if data:
                key.data.extend(data)
            else:
                sel.unregister(conn)
                conn.setblocking(True)
                conn.sendall(bytes(key.data).upper())
                conn.close()
                finished += 1
for t in threads:
    t.join()
print(sorted(results.items()))
print(sorted(events_seen))
sel.unregister(server)
sel.close()
server.close()
