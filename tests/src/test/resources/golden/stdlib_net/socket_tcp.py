# TCP over the loopback: a server thread and clients, accept/connect, transfers, shutdown, makefile, errors.
import socket
import threading


def attempt(label, f, *args):
    try:
        result = f(*args)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e} (errno {getattr(e, 'errno', None)})")
    else:
        print(f"{label}: {result!r}")


def describe(sock):
    text = repr(sock)
    # the descriptor number and the ports vary; the rest is CPython's repr
    text = text.replace(f"fd={sock.fileno()}", "fd=N")
    for address in (sock.getsockname(),) if sock.fileno() >= 0 else ():
        text = text.replace(str(address), f"('{address[0]}', PORT)")
    try:
        peer = sock.getpeername()
        text = text.replace(str(peer), f"('{peer[0]}', PORT)")
    except OSError:
        pass
    return text


# a fresh socket
s = socket.socket()
print(describe(s), s.family, s.type, s.proto, s.gettimeout(), s.getblocking())
print(s.getsockname())
attempt("getpeername", s.getpeername)
attempt("recv unconnected", s.recv, 10)
attempt("send unconnected", s.send, b"x")
attempt("accept unlistened", s.accept)
attempt("bind str", s.bind, "127.0.0.1")
attempt("bind short", s.bind, ("127.0.0.1",))
attempt("bind port type", s.bind, ("127.0.0.1", "x"))
attempt("bind port range", s.bind, ("127.0.0.1", 70000))
attempt("bind host type", s.bind, (1, 0))
attempt("bind list", s.bind, ["127.0.0.1", 0])
s.bind(("127.0.0.1", 0))
attempt("bind again", s.bind, ("127.0.0.1", 0))
port = s.getsockname()[1]
print("bound:", describe(s), 0 < port < 65536)

# nobody listens on a bound socket's port
c = socket.socket()
attempt("connect refused", c.connect, ("127.0.0.1", port))
print("connect_ex refused:", c.connect_ex(("127.0.0.1", port)))
c.close()

s.listen()
print("listening:", describe(s), s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
log = []


def serve(count):
    for _ in range(count):
        conn, addr = s.accept()
        with conn:
            log.append(("accepted", addr[0], type(conn).__name__, conn.gettimeout()))
            data = b""
            while True:
                chunk = conn.recv(7)
                if not chunk:
                    break
                data += chunk
            conn.sendall(data.upper())
            conn.shutdown(socket.SHUT_WR)
            log.append(("served", len(data)))


server = threading.Thread(target=serve, args=(3,))
server.start()

# 1: plain transfer, half-close to mark the end
c = socket.create_connection(("127.0.0.1", port))
print("client:", describe(c), c.getpeername()[1] == port)
c.sendall(b"hello, socket world")
c.shutdown(socket.SHUT_WR)
reply = b""
while chunk := c.recv(1024):
    reply += chunk
print(reply)
attempt("send after shutdown", c.send, b"x")
c.close()
print("closed:", repr(c))
attempt("fileno", c.fileno)
attempt("recv closed", c.recv, 1)
attempt("getsockname closed", c.getsockname)
c.close()

# 2: a large transfer through sendall, recv_into a buffer
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as c:
    c.connect(("127.0.0.1", port))
    payload = bytes(range(256)) * 4096
    c.sendall(payload)
    c.shutdown(socket.SHUT_WR)
    buffer = bytearray(len(payload) + 10)
    view = memoryview(buffer)
    total = 0
    while n := c.recv_into(view[total:]):
        total += n
    print("large:", total, buffer[:total] == payload.upper())
print("after with:", c.fileno(), repr(c).startswith("<socket.socket [closed] fd=-1"))

# 3: makefile in text and binary modes
c = socket.create_connection(("127.0.0.1", port))
writer = c.makefile("w", encoding="utf-8")
writer.write("first line\nsecond line\n")
writer.flush()
writer.close()
c.shutdown(socket.SHUT_WR)
reader = c.makefile("rb")
print(reader.readline(), reader.read())
reader.close()
c.close()
server.join()
for entry in log:
    print(entry)
s.close()
attempt("accept closed", s.accept)
