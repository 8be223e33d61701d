# The socket module's constants, enums, address conversions and argument errors (no network needed).
import socket
import _socket


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM), socket.AF_INET.name, socket.SocketKind(2))
print(socket.AddressFamily.__name__, socket.AddressFamily.__module__, isinstance(socket.AF_INET, int))
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SO_KEEPALIVE, socket.SO_RCVBUF, socket.SO_SNDBUF, socket.SO_ERROR, socket.SO_TYPE)
print(socket.IPPROTO_TCP, socket.IPPROTO_UDP, socket.TCP_NODELAY, socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR)
print(socket.MSG_PEEK, socket.MSG_DONTWAIT, socket.AI_PASSIVE, socket.SOMAXCONN, socket.INADDR_ANY, socket.INADDR_LOOPBACK)
print(socket.has_ipv6, "AF_INET" in dir(socket), "socketpair" in socket.__all__)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.gaierror.__module__, socket.herror.__name__)
print(socket.socket.__mro__, _socket.socket, socket.SocketType is _socket.socket)

# byte order
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216), socket.htons(0x1234) == 0x3412)
attempt("htons big", socket.htons, 70000)
attempt("htons negative", socket.htons, -1)
attempt("htonl big", socket.htonl, 1 << 32)
attempt("ntohl negative", socket.ntohl, -1)
attempt("htons str", socket.htons, "x")

# address text <-> packed
print(socket.inet_aton("127.0.0.1"), socket.inet_aton("1.2.3"), socket.inet_aton("0x7f.1"), socket.inet_aton("10"))
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.inet_ntoa(bytearray(b"\xc0\xa8\x01\x02")))
for bad in ["x", "1.2.3.256", "255.255.255.256", "1..2", ""]:
    attempt(f"inet_aton {bad!r}", socket.inet_aton, bad)
attempt("inet_aton bytes", socket.inet_aton, b"1.2.3.4")
attempt("inet_ntoa short", socket.inet_ntoa, b"123")
attempt("inet_ntoa str", socket.inet_ntoa, "1234")
for text in ["::", "::1", "1::", "fe80::1:2", "2001:db8::8:800:200c:417a", "::ffff:1.2.3.4", "::1.2.3.4",
             "1:2:3:4:5:6:7:8", "1:0:0:2:0:0:0:3", "0:0:1:0:0:0:0:0", "1:0:2:0:3:0:4:0", "ABCD::Ef"]:
    packed = socket.inet_pton(socket.AF_INET6, text)
    print(text, "->", packed.hex(), "->", socket.inet_ntop(socket.AF_INET6, packed))
print(socket.inet_pton(socket.AF_INET, "10.0.0.255"), socket.inet_ntop(socket.AF_INET, b"\n\x00\x00\xff"))
for bad in ["1.2.3", "01.2.3.4", "1.2.3.4.5", "256.0.0.0"]:
    attempt(f"inet_pton v4 {bad!r}", socket.inet_pton, socket.AF_INET, bad)
for bad in [":::", "1:2:3:4:5:6:7:8:9", "12345::", "1::2::3", "g::", "::1.2.3"]:
    attempt(f"inet_pton v6 {bad!r}", socket.inet_pton, socket.AF_INET6, bad)
attempt("inet_pton family", socket.inet_pton, 99, "1.2.3.4")
attempt("inet_ntop family", socket.inet_ntop, 99, b"1234")
attempt("inet_ntop length", socket.inet_ntop, socket.AF_INET, b"123")
attempt("inet_ntop v6 length", socket.inet_ntop, socket.AF_INET6, b"1234")

# names without a network
print(socket.getaddrinfo("127.0.0.1", 80))
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", "8080", socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 80, socket.AF_INET, 0, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo(None, 80, socket.AF_INET))
print(socket.getaddrinfo("10.1.2.3", None, proto=socket.IPPROTO_UDP))
attempt("getaddrinfo nothing", socket.getaddrinfo, None, None)
attempt("getaddrinfo v6 as v4", socket.getaddrinfo, "::1", 80, socket.AF_INET)
attempt("getaddrinfo bad host", socket.getaddrinfo, 5, 80)
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname(""), socket.gethostbyname("<broadcast>"))
print(type(socket.gethostname()), socket.gethostname() != "")
print(socket.getprotobyname("tcp"), socket.getprotobyname("udp"))
attempt("getprotobyname", socket.getprotobyname, "nonesuch")
attempt("getservbyport range", socket.getservbyport, 99999)
print(socket.getnameinfo(("127.0.0.1", 8080), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))

# default timeout
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
with socket.socket() as s:
    print(s.gettimeout(), s.getblocking())
socket.setdefaulttimeout(None)
attempt("setdefaulttimeout", socket.setdefaulttimeout, -1)
