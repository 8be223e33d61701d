# a socket subclass whose __init__ does not call socket.__init__ is a closed socket of family 0; addresses are read before the socket is used
from _socket import socket
class MySock(socket):
    def __init__(self, *args):
        pass
s = MySock()
print(s.type, s.proto, s.family, s.fileno() < 0, s.gettimeout())
try: s.bind(('localhost', 0))
except OSError as e: print(type(e).__name__, e.errno, e)
print(repr(s)[:40])
s.close()
import socket
s = socket.socket()
s.close()
for f in (lambda: s.bind(('localhost', 0)), lambda: s.connect(('localhost', 1)), lambda: s.bind(5)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
