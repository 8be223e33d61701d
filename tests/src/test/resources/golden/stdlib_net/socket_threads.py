# Several threads on one socket: a receive waiting while another thread sends through the same socket, a close
# from another thread, a blocking accept while the main thread works.
import socket
import threading
import time

a, b = socket.socketpair()
received = []


def receive_forever(sock, into):
    while True:
        data = sock.recv(65536)
        if not data:
            break
        into.append(len(data))


# a's receiving thread waits the whole time a sends 4 MiB, which needs b's reader to drain it
reader_a = threading.Thread(target=receive_forever, args=(a, received))
reader_a.start()
drained = []
reader_b = threading.Thread(target=receive_forever, args=(b, drained))
reader_b.start()
time.sleep(0.05)
a.sendall(bytes(4 * 1024 * 1024))
a.shutdown(socket.SHUT_WR)
reader_b.join()
print("sent through a while a waited to receive:", sum(drained))
b.sendall(b"reply to a")
b.shutdown(socket.SHUT_WR)
reader_a.join()
print("a received:", sum(received))
a.close()
b.close()

# an accept that waits while the main thread keeps working, then a client
server = socket.create_server(("127.0.0.1", 0))
accepted = []
acceptor = threading.Thread(target=lambda: accepted.append(server.accept()[0]))
acceptor.start()
work = sum(i * i for i in range(100000))
print("main thread worked:", work)
client = socket.create_connection(server.getsockname())
acceptor.join()
conn = accepted[0]
print(conn.getpeername() == client.getsockname(), client.getpeername() == conn.getsockname())

# ping-pong between two threads
def echo():
    while data := conn.recv(100):
        conn.sendall(data + b"!")


echoer = threading.Thread(target=echo)
echoer.start()
replies = []
for word in (b"one", b"two", b"three"):
    client.sendall(word)
    replies.append(client.recv(100))
client.close()
echoer.join()
print(replies)
conn.close()
server.close()
