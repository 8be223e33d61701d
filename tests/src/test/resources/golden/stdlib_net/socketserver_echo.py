# socketserver: TCP and UDP servers, threading servers, stream and datagram handlers, errors in handlers.
import os
import socket
import socketserver
import tempfile
import threading

log = []


class UpperHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line.strip() == b"quit":
                break
            self.wfile.write(line.upper())
        log.append(("handled", type(self.rfile).__name__, type(self.wfile).__name__))


def talk(address, lines, family=socket.AF_INET):
    with socket.socket(family) as c:
        c.connect(address)
        for line in lines:
            c.sendall(line + b"\n")
        c.shutdown(socket.SHUT_WR)
        reply = b""
        while chunk := c.recv(1024):
            reply += chunk
        return reply


print(socketserver.TCPServer.request_queue_size, socketserver.UDPServer.max_packet_size, socketserver.BaseServer.timeout)
print([name for name in socketserver.__all__ if not name.startswith("Forking")])

# one request at a time with handle_request()
with socketserver.TCPServer(("127.0.0.1", 0), UpperHandler) as server:
    print(server.server_address[0], server.socket.type, server.fileno() == server.socket.fileno())
    client = threading.Thread(target=lambda: log.append(talk(server.server_address, [b"hello", b"world", b"quit", b"ignored"])))
    client.start()
    server.handle_request()
    client.join()
print(log)
log.clear()

# a timeout when nobody comes
class Quiet(socketserver.TCPServer):
    timeout = 0.05

    def handle_timeout(self):
        log.append("timed out")


with Quiet(("127.0.0.1", 0), UpperHandler) as server:
    print(server.handle_request(), log)
log.clear()

# serve_forever in a thread, a threading server, several clients
with socketserver.ThreadingTCPServer(("127.0.0.1", 0), UpperHandler) as server:
    runner = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    runner.start()
    replies = {}
    clients = [threading.Thread(target=lambda n=n: replies.__setitem__(n, talk(server.server_address, [b"client %d" % n] * 2)))
               for n in range(4)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    server.shutdown()
    runner.join()
print(sorted(replies.items()))
print(len(log))
log.clear()


# an error in a handler is reported and the server goes on
class Failing(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError("handler failed")


class Reporting(socketserver.TCPServer):
    def handle_error(self, request, client_address):
        import sys
        log.append(("error", sys.exc_info()[0].__name__, str(sys.exc_info()[1]), client_address[0]))


def connect_and_wait(address):
    with socket.create_connection(address) as c:
        return c.recv(10)


with Reporting(("127.0.0.1", 0), Failing) as server:
    client = threading.Thread(target=lambda: log.append(connect_and_wait(server.server_address)))
    client.start()
    server.handle_request()
    client.join()
print(log)
log.clear()


# UDP with a datagram handler
class Reverse(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(data[::-1])
        log.append(("datagram", len(data)))


with socketserver.UDPServer(("127.0.0.1", 0), Reverse) as server:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
        c.sendto(b"abcdef", server.server_address)
        server.handle_request()
        print(c.recv(100))
print(log)
log.clear()

# a Unix-domain stream server
with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "server.sock")
    with socketserver.UnixStreamServer(path, UpperHandler) as server:
        print(server.server_address == path)
        client = threading.Thread(target=lambda: log.append(talk(path, [b"over a path"], socket.AF_UNIX)))
        client.start()
        server.handle_request()
        client.join()
print(log)

# binding to a port in use
with socketserver.TCPServer(("127.0.0.1", 0), UpperHandler) as first:
    try:
        socketserver.TCPServer(first.server_address, UpperHandler)
    except OSError as e:
        print(type(e).__name__, e)
