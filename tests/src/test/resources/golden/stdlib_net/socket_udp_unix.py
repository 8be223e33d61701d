# Datagram sockets over the loopback, AF_UNIX stream sockets on a path, and socketpair().
import os
import socket
import tempfile
import threading


def attempt(label, f, *args):
    try:
        result = f(*args)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e} (errno {getattr(e, 'errno', None)})")
    else:
        print(f"{label}: {result!r}")


# --- UDP
receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(receiver.type, receiver.proto, receiver.getsockname())
receiver.bind(("127.0.0.1", 0))
address = receiver.getsockname()
sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
attempt("send unconnected", sender.send, b"x")
attempt("sendto str address", sender.sendto, b"x", "nowhere")
attempt("sendto one argument", sender.sendto, b"x")
attempt("sendto four arguments", sender.sendto, b"x", 0, address, 5)
print("sendto:", sender.sendto(b"first datagram", address), sender.sendto(b"second", 0, address))
data, origin = receiver.recvfrom(1024)
print(data, origin == sender.getsockname(), origin[0])
print(receiver.recv(3))  # the rest of a datagram is dropped
attempt("recvfrom negative", receiver.recvfrom, -1)
sender.connect(address)
print("connected send:", sender.send(b"third"), sender.getpeername() == address)
buffer = bytearray(10)
nbytes, origin = receiver.recvfrom_into(buffer)
print(nbytes, buffer, origin == sender.getsockname())
receiver.settimeout(0.05)
attempt("recv timeout", receiver.recv, 10)
receiver.setblocking(False)
attempt("recv non-blocking", receiver.recv, 10)
attempt("listen on UDP", receiver.listen)
sender.close()
receiver.close()

# --- AF_UNIX stream sockets on a path
with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "server.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    print(repr(server.getsockname()), server.family)
    attempt("bind int", server.bind, 5)
    server.bind(path)
    print(server.getsockname() == path, os.path.exists(path))
    server.listen(1)

    def serve():
        conn, addr = server.accept()
        with conn:
            print("server side:", repr(addr), conn.getsockname() == path)
            conn.sendall(conn.recv(100)[::-1])

    thread = threading.Thread(target=serve)
    thread.start()
    client = socket.socket(socket.AF_UNIX)
    client.connect(path)
    print("client side:", client.getpeername() == path, repr(client.getsockname()))
    client.sendall(b"stressed")
    print(client.recv(100))
    thread.join()
    client.close()
    server.close()
    missing = socket.socket(socket.AF_UNIX)
    attempt("connect missing", missing.connect, os.path.join(directory, "missing.sock"))
    missing.close()

# --- socketpair
a, b = socket.socketpair()
print(a.family, a.type, repr(a.getsockname()), repr(b.getpeername()))
print(repr(a).replace(str(a.fileno()), "N"))
a.sendall(b"ping")
print(b.recv(10))
b.send(memoryview(b"pong!")[:4])
print(a.recv(10))
a.setblocking(False)
attempt("empty non-blocking", a.recv, 1)
print(a.gettimeout(), a.getblocking())
b.close()
print("after peer close:", a.recv(10))
a.close()
attempt("socketpair AF_INET", socket.socketpair, socket.AF_INET)
