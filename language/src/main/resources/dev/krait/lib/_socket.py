"""The low-level socket module (Krait's implementation of CPython's C module _socket): the socket type, the
constants of Linux, name resolution and the address conversions. The sockets themselves are Java NIO channels in
_krait_socket, named by descriptor numbers shared with os.open; this module checks the arguments and converts the
addresses as CPython does."""

import _krait_socket as _k

AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET = 0, 1, 2, 10, 16, 17
SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_RDM, SOCK_SEQPACKET, SOCK_NONBLOCK, SOCK_CLOEXEC = 1, 2, 3, 4, 5, 2048, 524288
SOL_SOCKET, SOL_IP, SOL_TCP, SOL_UDP = 1, 0, 6, 17
SO_DEBUG, SO_ACCEPTCONN, SO_REUSEADDR, SO_REUSEPORT, SO_KEEPALIVE, SO_DONTROUTE, SO_BROADCAST, SO_LINGER = 1, 30, 2, 15, 9, 5, 6, 13
SO_OOBINLINE, SO_SNDBUF, SO_RCVBUF, SO_SNDLOWAT, SO_RCVLOWAT, SO_SNDTIMEO, SO_RCVTIMEO, SO_ERROR = 10, 7, 8, 19, 18, 21, 20, 4
SO_TYPE, SO_PROTOCOL, SO_DOMAIN, SO_PRIORITY, SO_BINDTODEVICE, SO_PASSCRED, SO_PEERCRED, SO_MARK = 3, 38, 39, 12, 25, 16, 17, 36
IPPROTO_IP, IPPROTO_ICMP, IPPROTO_IGMP, IPPROTO_TCP, IPPROTO_UDP = 0, 1, 2, 6, 17
IPPROTO_IPV6, IPPROTO_ICMPV6, IPPROTO_RAW, IPPROTO_SCTP = 41, 58, 255, 132
IP_TOS, IP_TTL, IP_HDRINCL, IP_OPTIONS, IP_MULTICAST_IF, IP_MULTICAST_TTL, IP_MULTICAST_LOOP = 1, 2, 3, 4, 32, 33, 34
IP_ADD_MEMBERSHIP, IP_DROP_MEMBERSHIP, IP_DEFAULT_MULTICAST_TTL, IP_DEFAULT_MULTICAST_LOOP = 35, 36, 1, 1
IPV6_V6ONLY, IPV6_UNICAST_HOPS, IPV6_MULTICAST_IF, IPV6_MULTICAST_HOPS = 26, 16, 17, 18
IPV6_MULTICAST_LOOP, IPV6_JOIN_GROUP, IPV6_LEAVE_GROUP, IPV6_TCLASS = 19, 20, 21, 67
TCP_NODELAY, TCP_MAXSEG, TCP_CORK, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT = 1, 2, 3, 4, 5, 6
TCP_QUICKACK, TCP_USER_TIMEOUT, TCP_FASTOPEN = 12, 18, 23
MSG_OOB, MSG_PEEK, MSG_DONTROUTE, MSG_CTRUNC, MSG_TRUNC, MSG_DONTWAIT, MSG_EOR = 1, 2, 4, 8, 32, 64, 128
MSG_WAITALL, MSG_NOSIGNAL, MSG_CMSG_CLOEXEC, MSG_CONFIRM, MSG_ERRQUEUE, MSG_MORE, MSG_FASTOPEN = 256, 16384, 1073741824, 2048, 8192, 32768, 536870912
SHUT_RD, SHUT_WR, SHUT_RDWR = 0, 1, 2
AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_V4MAPPED, AI_ALL, AI_ADDRCONFIG, AI_NUMERICSERV = 1, 2, 4, 8, 16, 32, 1024
NI_NUMERICHOST, NI_NUMERICSERV, NI_NOFQDN, NI_NAMEREQD, NI_DGRAM, NI_MAXHOST, NI_MAXSERV = 1, 2, 4, 8, 16, 1025, 32
EAI_BADFLAGS, EAI_NONAME, EAI_AGAIN, EAI_FAIL, EAI_NODATA, EAI_FAMILY = -1, -2, -3, -4, -5, -6
EAI_SOCKTYPE, EAI_SERVICE, EAI_ADDRFAMILY, EAI_MEMORY, EAI_SYSTEM, EAI_OVERFLOW = -7, -8, -9, -10, -11, -12
INADDR_ANY, INADDR_BROADCAST, INADDR_LOOPBACK, INADDR_NONE = 0, 4294967295, 2130706433, 4294967295
INADDR_UNSPEC_GROUP, INADDR_ALLHOSTS_GROUP, INADDR_MAX_LOCAL_GROUP = 3758096384, 3758096385, 3758096639
SOMAXCONN = 4096
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = "socket"
gaierror.__module__ = "socket"

_GAI_MESSAGES = {
    EAI_BADFLAGS: "Bad value for ai_flags",
    EAI_NONAME: "Name or service not known",
    EAI_AGAIN: "Temporary failure in name resolution",
    EAI_FAIL: "Non-recoverable failure in name resolution",
    EAI_NODATA: "No address associated with hostname",
    EAI_FAMILY: "ai_family not supported",
    EAI_SOCKTYPE: "ai_socktype not supported",
    EAI_SERVICE: "Servname not supported for ai_socktype",
    EAI_ADDRFAMILY: "Address family for hostname not supported",
    EAI_MEMORY: "Memory allocation failure",
    EAI_SYSTEM: "System error",
    EAI_OVERFLOW: "Argument buffer overflow",
}


def _gaierror(code):
    return gaierror(code, _GAI_MESSAGES[code])


_default_timeout = None


# ---- argument conversions ----

def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _ssize(value):
    number = _index(value)
    if not -9223372036854775808 <= number <= 9223372036854775807:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return number


def _c_int(value):
    number = _index(value)
    if not -2147483648 <= number <= 2147483647:
        if number < 0:
            raise OverflowError("signed integer is less than minimum")
        raise OverflowError("signed integer is greater than maximum")
    return number


def _plural(count):
    return "argument" if count == 1 else "arguments"


def _c_arguments(style, low=0, high=0):
    """Checks a method's positional arguments as CPython's C parser does, with its messages: style "O" (exactly
    one), "none", "tuple" (low to high) or "exactly" (messages name `low` even when high more are accepted)."""
    def decorate(function):
        name = function.__name__

        def method(self, *args):
            given = len(args)
            if style == "O" and given != 1:
                raise TypeError(f"socket.{name}() takes exactly one argument ({given} given)")
            if style == "none" and given:
                raise TypeError(f"socket.{name}() takes no arguments ({given} given)")
            if style == "exactly" and not low <= given <= high:
                raise TypeError(f"{name}() takes exactly {low} {_plural(low)} ({given} given)")
            if style == "tuple":
                if given < low:
                    raise TypeError(f"{name}() takes at least {low} {_plural(low)} ({given} given)")
                if given > high:
                    raise TypeError(f"{name}() takes at most {high} {_plural(high)} ({given} given)")
            return function(self, *args)

        method.__name__ = name
        method.__qualname__ = function.__qualname__
        method.__doc__ = function.__doc__
        return method
    return decorate


def _timeout_nanos(value):
    """Validates a timeout as CPython's settimeout does; the nanoseconds _krait_socket takes (-1: blocking)."""
    if value is None:
        return None, -1
    if isinstance(value, float):
        seconds = value
    else:
        seconds = _index(value)
    if seconds != seconds:
        raise ValueError("Invalid value NaN (not a number)")
    if seconds < 0:
        raise ValueError("Timeout value out of range")
    seconds = float(seconds)
    return seconds, int(seconds * 1e9)


def _readable_buffer(data):
    try:
        return memoryview(data)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def _flags(flags, allowed):
    flags = _c_int(flags)
    if flags & ~allowed:
        raise NotImplementedError(f"socket: Krait supports only the flags {allowed:#x} here, not {flags:#x}")
    return flags


# ---- address conversion (inet_pton/inet_ntop are the workhorses) ----

def _parse_ipv4(text):
    parts = text.split(".")
    if len(parts) != 4:
        return None
    result = bytearray()
    for part in parts:
        if not part or not part.isascii() or not part.isdigit() or len(part) > 3 or (len(part) > 1 and part[0] == "0"):
            return None
        number = int(part)
        if number > 255:
            return None
        result.append(number)
    return bytes(result)


def _parse_ipv6(text):
    if not text.isascii() or text.count("::") > 1:
        return None
    tail = b""
    if "." in text:
        cut = text.rfind(":")
        tail = _parse_ipv4(text[cut + 1:])
        if tail is None or cut < 0:
            return None
        text = text[:cut + 1] + ("" if text[cut - 1:cut + 1] == "::" else "0")
        if text.endswith(":0"):
            text = text[:-2]
            if text.endswith(":") and not text.endswith("::"):
                return None
    groups_wanted = 8 - len(tail) // 2

    def groups(part):
        if part == "":
            return []
        words = []
        for group in part.split(":"):
            if not 1 <= len(group) <= 4 or any(c not in "0123456789abcdefABCDEF" for c in group):
                return None
            words.append(int(group, 16))
        return words

    if "::" in text:
        head, _, rest = text.partition("::")
        left, right = groups(head), groups(rest)
        if left is None or right is None or len(left) + len(right) >= groups_wanted:
            return None
        words = left + [0] * (groups_wanted - len(left) - len(right)) + right
    else:
        words = groups(text)
        if words is None or len(words) != groups_wanted:
            return None
    return b"".join(w.to_bytes(2, "big") for w in words) + tail


def _format_ipv6(packed):
    words = [int.from_bytes(packed[i:i + 2], "big") for i in range(0, 16, 2)]
    best_start, best_length = -1, 0
    i = 0
    while i < 8:
        if words[i] == 0:
            j = i
            while j < 8 and words[j] == 0:
                j += 1
            if j - i > best_length:
                best_start, best_length = i, j - i
            i = j
        else:
            i += 1
    if best_length < 2:
        best_start = -1
    if best_start == 0 and (best_length == 6 or (best_length == 7 and words[7] != 1) or (best_length == 5 and words[5] == 0xFFFF)):
        prefix = "::ffff:" if best_length == 5 else "::"
        return prefix + ".".join(str(b) for b in packed[12:])
    parts = []
    i = 0
    while i < 8:
        if i == best_start:
            parts.append("" if i else ":")
            i += best_length
            if i == 8:
                parts.append("")
            continue
        parts.append(f"{words[i]:x}")
        i += 1
    return ":".join(parts)


def inet_aton(ip_string, /):
    if not isinstance(ip_string, str):
        raise TypeError(f"inet_aton() argument 1 must be str, not {type(ip_string).__name__}")
    parts = ip_string.split(".")
    values = []
    if 1 <= len(parts) <= 4 and ip_string.isascii():
        for part in parts:
            try:
                if part[:2] in ("0x", "0X"):
                    values.append(int(part[2:], 16) if part[2:] else 0)
                elif len(part) > 1 and part[0] == "0":
                    values.append(int(part[1:], 8))
                elif part.isdigit():
                    values.append(int(part))
                else:
                    values = None
                    break
            except ValueError:
                values = None
                break
    else:
        values = None
    if values:
        limits = [8] * (len(values) - 1) + [32 - 8 * (len(values) - 1)]
        if all(0 <= v < (1 << bits) for v, bits in zip(values, limits)):
            number = 0
            for value, bits in zip(values, limits):
                number = (number << bits) | value
            return number.to_bytes(4, "big")
    raise OSError("illegal IP address string passed to inet_aton")


def inet_ntoa(packed_ip, /):
    data = bytes(_readable_buffer(packed_ip))
    if len(data) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return ".".join(str(b) for b in data)


def inet_pton(address_family, ip_string, /):
    family = _c_int(address_family)
    if not isinstance(ip_string, str):
        raise TypeError(f"inet_pton() argument 2 must be str, not {type(ip_string).__name__}")
    if family == AF_INET:
        packed = _parse_ipv4(ip_string)
    elif family == AF_INET6:
        packed = _parse_ipv6(ip_string)
    else:
        raise OSError(97, "Address family not supported by protocol")
    if packed is None:
        raise OSError("illegal IP address string passed to inet_pton")
    return packed


def inet_ntop(address_family, packed_ip, /):
    family = _c_int(address_family)
    data = bytes(_readable_buffer(packed_ip))
    if family == AF_INET:
        if len(data) != 4:
            raise ValueError("invalid length of packed IP address string")
        return ".".join(str(b) for b in data)
    if family == AF_INET6:
        if len(data) != 16:
            raise ValueError("invalid length of packed IP address string")
        return _format_ipv6(data)
    raise ValueError(f"unknown address family {family}")


def _byte_order(name, value, bits):
    number = _index(value)
    if bits == 16:
        if number < 0:
            raise OverflowError(f"{name}: can't convert negative Python int to C 16-bit unsigned integer")
        if number > 0xFFFF:
            raise OverflowError(f"{name}: Python int too large to convert to C 16-bit unsigned integer")
    else:
        if number < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if number > 0xFFFFFFFF:
            raise OverflowError("int larger than 32 bits")
    return int.from_bytes(number.to_bytes(bits // 8, "big"), "little")


def htons(x, /):
    return _byte_order("htons", x, 16)


def ntohs(x, /):
    return _byte_order("ntohs", x, 16)


def htonl(x, /):
    return _byte_order("htonl", x, 32)


def ntohl(x, /):
    return _byte_order("ntohl", x, 32)


def _host_text(host):
    if isinstance(host, str):
        return host
    if isinstance(host, (bytes, bytearray)):
        return bytes(host).decode("ascii")
    raise TypeError(f"str, bytes or bytearray expected, not {type(host).__name__}")


def _resolve(host, family):
    """The packed address of a host for a socket of `family` (CPython's setipaddr)."""
    if host == "":
        return bytes(4) if family == AF_INET else bytes(16)
    if host == "<broadcast>" and family == AF_INET:
        return b"\xff\xff\xff\xff"
    if family == AF_INET:
        packed = _parse_ipv4(host)
        if packed is not None:
            return packed
        if _parse_ipv6(host) is not None:
            raise _gaierror(EAI_ADDRFAMILY)
    else:
        packed = _parse_ipv6(host)
        if packed is not None:
            return packed
        if _parse_ipv4(host) is not None:
            raise _gaierror(EAI_ADDRFAMILY)
    found = _k.resolve(host, family)
    if isinstance(found, int):
        raise _gaierror(found)
    return found[0][1]


def _port(value, caller):
    port = _index(value)
    if not 0 <= port <= 65535:
        raise OverflowError(f"{caller}(): port must be 0-65535.")
    return port


def _to_java_address(family, address, caller):
    """A Python address as _krait_socket takes it: (packed, port, scope id) or a path."""
    if family == AF_UNIX:
        if isinstance(address, str):
            path = address
        else:
            path = bytes(_readable_buffer(address)).decode("utf-8", "surrogateescape")
        if path == "" or path.startswith("\0"):
            raise NotImplementedError("socket: Krait has no Linux abstract or automatically bound AF_UNIX addresses")
        if len(path.encode("utf-8", "surrogateescape")) > 107:
            raise OSError("AF_UNIX path too long")
        return path
    if family == AF_INET:
        if not isinstance(address, tuple):
            raise TypeError(f"{caller}(): AF_INET address must be tuple, not {type(address).__name__}")
        if len(address) != 2:
            raise TypeError("AF_INET address must be a pair (host, port)")
        host = _host_text(address[0])
        port = _port(address[1], caller)
        return (_resolve(host, AF_INET), port, 0)
    if family == AF_INET6:
        if not isinstance(address, tuple):
            raise TypeError(f"{caller}(): AF_INET6 address must be tuple, not {type(address).__name__}")
        if not 2 <= len(address) <= 4:
            raise TypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
        host = _host_text(address[0])
        port = _port(address[1], caller)
        flowinfo = _index(address[2]) if len(address) > 2 else 0
        scope = _index(address[3]) if len(address) > 3 else 0
        if not 0 <= flowinfo <= 0xFFFFF:
            raise OverflowError(f"{caller}(): flowinfo must be 0-1048575.")
        if "%" in host:
            host = host.partition("%")[0]
        return (_resolve(host, AF_INET6), port, scope)
    raise OSError(f"{caller}(): bad family")


def _from_java_address(family, address):
    if address is None:
        if family == AF_INET:
            return ("0.0.0.0", 0)
        if family == AF_INET6:
            return ("::", 0, 0, 0)
        return ""
    if isinstance(address, str):
        return address
    packed, port, scope = address
    if family == AF_INET6:
        if len(packed) == 4:
            packed = bytes(10) + b"\xff\xff" + packed
        return (_format_ipv6(packed), port, 0, scope)
    if len(packed) == 16:
        packed = packed[12:]
    return (".".join(str(b) for b in packed), port)


# ---- the socket type ----

class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object

Open a socket of the given type.  The family argument specifies the
address family; it defaults to AF_INET.  The type argument specifies
whether this is a stream (SOCK_STREAM, this is the default)
or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,
specifying the default protocol.  Keyword arguments are accepted.
The socket is created as non-inheritable.

When a fileno is passed in, family, type and proto are auto-detected,
unless they are explicitly set."""

    __slots__ = ("_fd", "_family", "_type", "_proto", "_timeout")

    def __new__(cls, *args, **kwargs):
        # before (or without) __init__: a closed socket of family, type and protocol 0, as CPython's sock_new makes
        self = object.__new__(cls)
        self._fd = -1
        self._family = self._type = self._proto = 0
        self._timeout = None
        return self

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            family = AF_INET if family == -1 else _c_int(family)
            type = SOCK_STREAM if type == -1 else _c_int(type)
            proto = 0 if proto == -1 else _c_int(proto)
            kind = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
            if family not in (AF_INET, AF_INET6, AF_UNIX):
                raise OSError(97, "Address family not supported by protocol")
            if kind not in (SOCK_STREAM, SOCK_DGRAM):
                if kind in (SOCK_RAW, SOCK_SEQPACKET, SOCK_RDM):
                    raise NotImplementedError(f"socket: Krait has only SOCK_STREAM and SOCK_DGRAM sockets, not type {kind}")
                raise OSError(22, "Invalid argument")
            if proto not in (0, IPPROTO_TCP if kind == SOCK_STREAM and family != AF_UNIX else 0,
                             IPPROTO_UDP if kind == SOCK_DGRAM and family != AF_UNIX else 0):
                raise OSError(93, "Protocol not supported")
            fd = _k.open(family, kind, proto)
        else:
            if isinstance(fileno, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            fd = _c_int(fileno)
            if fd < 0:
                raise ValueError("negative file descriptor")
            actual_family, kind, actual_proto = _k.info(fd)
            family = actual_family if family == -1 else _c_int(family)
            type = kind if type == -1 else _c_int(type)
            proto = actual_proto if proto == -1 else _c_int(proto)
        self._fd = fd
        self._family = family
        self._type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = proto
        self._timeout = None
        if type & SOCK_NONBLOCK:
            self.setblocking(False)
        elif fileno is None and _default_timeout is not None:
            self.settimeout(_default_timeout)

    @property
    def family(self):
        """the socket family"""
        return self._family

    @property
    def type(self):
        """the socket type"""
        return self._type

    @property
    def proto(self):
        """the socket protocol"""
        return self._proto

    @property
    def timeout(self):
        """the socket timeout"""
        return self._timeout

    def __repr__(self):
        return f"<socket object, fd={self._fd}, family={self._family}, type={self._type}, proto={self._proto}>"

    def __del__(self):
        if getattr(self, "_fd", -1) >= 0:
            fd, self._fd = self._fd, -1
            try:
                _k.close(fd)
            except OSError:
                pass

    def _check_fd(self):
        if self._fd < 0:
            raise OSError(9, "Bad file descriptor")
        return self._fd

    @_c_arguments("none")
    def fileno(self):
        """Return the integer file descriptor of the socket."""
        return self._fd

    def close(self):
        """Close the socket.  It cannot be used after this call."""
        fd = self._fd
        if fd >= 0:
            self._fd = -1
            try:
                _k.close(fd)
            except OSError as e:
                if e.errno != 104:
                    raise

    def detach(self):
        """Close the socket object without closing the underlying file descriptor."""
        fd, self._fd = self._fd, -1
        return fd

    def _accept(self):
        fd, address = _k.accept(self._check_fd())
        return fd, _from_java_address(self._family, address)

    @_c_arguments("O")
    def bind(self, address, /):
        """Bind the socket to a local address."""
        target = _to_java_address(self._family, address, "bind")  # the address is read before the socket is used
        _k.bind(self._check_fd(), target)

    @_c_arguments("tuple", 0, 1)
    def listen(self, backlog=128, /):
        """Enable a server to accept connections."""
        backlog = _c_int(backlog)
        _k.listen(self._check_fd(), max(backlog, 0))

    @_c_arguments("O")
    def connect(self, address, /):
        """Connect the socket to a remote address."""
        target = _to_java_address(self._family, address, "connect")
        _k.connect(self._check_fd(), target, False)

    @_c_arguments("O")
    def connect_ex(self, address, /):
        """Like connect(address), but return an error code instead of raising an exception."""
        fd = self._fd
        if fd < 0:
            return 9
        return _k.connect(fd, _to_java_address(self._family, address, "connect_ex"), True)

    def _with_flags(self, flags, operation, *args):
        """Runs a transfer; MSG_DONTWAIT makes this one call non-blocking."""
        fd = self._check_fd()
        if flags & MSG_DONTWAIT and self._timeout != 0.0:
            _k.settimeout(fd, 0)
            try:
                return operation(fd, *args)
            finally:
                _k.settimeout(fd, _timeout_nanos(self._timeout)[1])
        return operation(fd, *args)

    @_c_arguments("tuple", 1, 2)
    def recv(self, bufsize, flags=0, /):
        """Receive up to bufsize bytes from the socket."""
        size = _ssize(bufsize)
        flags = _flags(flags, MSG_DONTWAIT)
        if size < 0:
            raise ValueError("negative buffersize in recv")
        return self._with_flags(flags, _k.recv, size)

    @_c_arguments("tuple", 1, 2)
    def recvfrom(self, bufsize, flags=0, /):
        """Like recv(buffersize, flags) but also return the sender's address info."""
        size = _ssize(bufsize)
        flags = _flags(flags, MSG_DONTWAIT)
        if size < 0:
            raise ValueError("negative buffersize in recvfrom")
        data, address = self._with_flags(flags, _k.recvfrom, size)
        return data, (None if address is None else _from_java_address(self._family, address))

    def _writable_view(self, buffer, caller):
        try:
            view = memoryview(buffer)
        except TypeError:
            view = None
        if view is None or view.readonly:
            raise TypeError(f"{caller}() argument 1 must be read-write bytes-like object, not {type(buffer).__name__}")
        return view

    def recv_into(self, buffer, nbytes=0, flags=0):
        """A version of recv() that stores its data into a buffer rather than creating a new string."""
        view = self._writable_view(buffer, "recv_into")
        with view:
            size = _ssize(nbytes)
            flags = _flags(flags, MSG_DONTWAIT)
            if size < 0:
                raise ValueError("negative buffersize in recv_into")
            length = view.nbytes
            if size == 0:
                size = length
            elif size > length:
                raise ValueError("buffer too small for requested bytes")
            data = self._with_flags(flags, _k.recv, size)
            target = view if view.format == "B" else view.cast("B")
            target[:len(data)] = data
            return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        """Like recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info."""
        view = self._writable_view(buffer, "recvfrom_into")
        with view:
            size = _ssize(nbytes)
            flags = _flags(flags, MSG_DONTWAIT)
            if size < 0:
                raise ValueError("negative buffersize in recvfrom_into")
            length = view.nbytes
            if size == 0:
                size = length
            elif size > length:
                raise ValueError("nbytes is greater than the length of the buffer")
            data, address = self._with_flags(flags, _k.recvfrom, size)
            target = view if view.format == "B" else view.cast("B")
            target[:len(data)] = data
            return len(data), (None if address is None else _from_java_address(self._family, address))

    @_c_arguments("tuple", 1, 2)
    def send(self, data, flags=0, /):
        """Send a data string to the socket."""
        view = _readable_buffer(data)
        with view:
            flags = _flags(flags, MSG_DONTWAIT | MSG_NOSIGNAL)
            return self._with_flags(flags, _k.send, view.tobytes())

    @_c_arguments("tuple", 1, 2)
    def sendall(self, data, flags=0, /):
        """Send a data string to the socket, until all data is sent or an error occurs."""
        view = _readable_buffer(data)
        with view:
            flags = _flags(flags, MSG_DONTWAIT | MSG_NOSIGNAL)
            self._with_flags(flags, _k.sendall, view.tobytes())

    def sendto(self, *args):
        """sendto(data[, flags], address) -> count"""
        if len(args) == 2:
            data, address = args
            flags = 0
        elif len(args) == 3:
            data, flags, address = args
        else:
            raise TypeError(f"sendto() takes 2 or 3 arguments ({len(args)} given)")
        view = _readable_buffer(data)
        with view:
            flags = _flags(flags, MSG_DONTWAIT | MSG_NOSIGNAL)
            fd = self._check_fd()
            target = _to_java_address(self._family, address, "sendto")
            return self._with_flags(flags, _k.sendto, view.tobytes(), target)

    @_c_arguments("O")
    def shutdown(self, how, /):
        """Shut down the reading side of the socket (flag == SHUT_RD), the writing side (SHUT_WR), or both."""
        how = _c_int(how)
        fd = self._check_fd()
        if how not in (0, 1, 2):
            raise OSError(22, "Invalid argument")
        _k.shutdown(fd, how)

    @_c_arguments("none")
    def getsockname(self):
        """Return the address of the local endpoint."""
        return _from_java_address(self._family, _k.getsockname(self._check_fd()))

    @_c_arguments("none")
    def getpeername(self):
        """Return the address of the remote endpoint."""
        return _from_java_address(self._family, _k.getpeername(self._check_fd()))

    @_c_arguments("exactly", 3, 4)
    def setsockopt(self, level, optname, value, optlen=None, /):
        """Set a socket option."""
        level = _c_int(level)
        optname = _c_int(optname)
        if optlen is not None:
            if value is not None:
                raise TypeError("setsockopt() takes exactly 4 arguments (5 given)")
            raise NotImplementedError("socket: setsockopt() with an option length")
        if isinstance(value, int):
            number = _c_int(value)
        else:
            data = bytes(_readable_buffer(value))
            if len(data) != 4:
                raise NotImplementedError("socket: Krait sets only int options (a 4-byte buffer is one)")
            number = int.from_bytes(data, "little", signed=True)
        _k.setsockopt(self._check_fd(), level, optname, number)

    @_c_arguments("tuple", 2, 3)
    def getsockopt(self, level, optname, buflen=0, /):
        """Get a socket option."""
        level = _c_int(level)
        optname = _c_int(optname)
        buflen = _c_int(buflen)
        value = _k.getsockopt(self._check_fd(), level, optname)
        if buflen == 0:
            return value
        if not 0 < buflen <= 1024:
            raise OSError("getsockopt buflen out of range")
        return value.to_bytes(4, "little", signed=True)[:buflen]

    @_c_arguments("O")
    def setblocking(self, flag, /):
        """Set the socket to blocking (flag is true) or non-blocking (false)."""
        blocking = bool(flag)
        fd = self._check_fd()
        self._timeout = None if blocking else 0.0
        _k.settimeout(fd, -1 if blocking else 0)

    @_c_arguments("none")
    def getblocking(self):
        """Return True if socket is in blocking mode, False if it is in non-blocking mode."""
        self._check_fd()
        return self._timeout != 0.0

    @_c_arguments("O")
    def settimeout(self, value, /):
        """Set a timeout on socket operations: a float (seconds), or None for blocking."""
        seconds, nanos = _timeout_nanos(value)
        fd = self._check_fd()
        self._timeout = seconds
        _k.settimeout(fd, nanos)

    @_c_arguments("none")
    def gettimeout(self):
        """Returns the timeout in seconds (float) associated with socket operations, or None."""
        return self._timeout


socket.__module__ = "_socket"
SocketType = socket


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0, /):
    """socketpair([family[, type [, proto]]]) -> (socket object, socket object)"""
    family = _c_int(family)
    kind = _c_int(type) & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
    if family in (AF_INET, AF_INET6):
        raise OSError(95, "Operation not supported")
    if family != AF_UNIX:
        raise OSError(97, "Address family not supported by protocol")
    if kind != SOCK_STREAM:
        raise NotImplementedError("socket: Krait's socketpair() makes only SOCK_STREAM pairs")
    left, right = _k.socketpair(family)
    return socket(family, type, proto, left), socket(family, type, proto, right)


def close(fd, /):
    """Close an integer socket file descriptor."""
    fd = _c_int(fd)
    _k.close(fd)


def dup(fd, /):
    """Duplicate an integer socket file descriptor."""
    return _k.dup(_c_int(fd))


def getdefaulttimeout():
    """Returns the default timeout in seconds (float) for new socket objects, or None."""
    return _default_timeout


def setdefaulttimeout(timeout, /):
    """Set the default timeout in seconds (float) for new socket objects; None means no timeout."""
    global _default_timeout
    _default_timeout = _timeout_nanos(timeout)[0]


def gethostname():
    """Return the current host name."""
    return _k.gethostname()


# ---- names: services, protocols and hosts ----

_services = None


def _service_table():
    global _services
    if _services is None:
        _services = []
        try:
            with open("/etc/services", encoding="utf-8", errors="replace") as f:
                for line in f:
                    fields = line.partition("#")[0].split()
                    if len(fields) >= 2 and "/" in fields[1]:
                        port, _, proto = fields[1].partition("/")
                        if port.isdigit():
                            _services.append((fields[0], int(port), proto, fields[2:]))
        except OSError:
            pass
    return _services


def getservbyname(servicename, protocolname=None, /):
    """Return a port number from a service name and protocol name."""
    if not isinstance(servicename, str):
        raise TypeError(f"getservbyname() argument 1 must be str, not {type(servicename).__name__}")
    for name, port, proto, aliases in _service_table():
        if (servicename == name or servicename in aliases) and protocolname in (None, proto):
            return port
    raise OSError("service/proto not found")


def getservbyport(port, protocolname=None, /):
    """Return the service name from a port number and protocol name."""
    number = _index(port)
    if not 0 <= number <= 65535:
        raise OverflowError("getservbyport: port must be 0-65535.")
    for name, port_number, proto, aliases in _service_table():
        if port_number == number and protocolname in (None, proto):
            return name
    raise OSError("port/proto not found")


_PROTOCOLS = {"ip": 0, "icmp": 1, "igmp": 2, "tcp": 6, "udp": 17, "ipv6": 41, "ipv6-icmp": 58, "raw": 255, "sctp": 132}


def getprotobyname(protocolname, /):
    """Return the protocol number for the named protocol."""
    if not isinstance(protocolname, str):
        raise TypeError(f"getprotobyname() argument 1 must be str, not {type(protocolname).__name__}")
    if protocolname in _PROTOCOLS:
        return _PROTOCOLS[protocolname]
    raise OSError("protocol not found")


def _service_ports(port, flags):
    """The port for each protocol ('tcp', 'udp') a service is known for; a number is a port for both."""
    if port is None:
        return {"tcp": 0, "udp": 0, "raw": 0}
    if isinstance(port, int):
        return {"tcp": port, "udp": port, "raw": port}
    if isinstance(port, (bytes, bytearray)):
        port = bytes(port).decode("ascii")
    if not isinstance(port, str):
        raise OSError("Int or String expected")
    if port.isdigit():
        number = int(port)
        return {"tcp": number, "udp": number, "raw": number}
    if flags & AI_NUMERICSERV:
        raise _gaierror(EAI_NONAME)
    ports = {}
    for name, number, proto, aliases in _service_table():
        if (port == name or port in aliases) and proto in ("tcp", "udp") and proto not in ports:
            ports[proto] = number
    return ports


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """getaddrinfo(host, port [, family, type, proto, flags]) -> list of (family, type, proto, canonname, sockaddr)"""
    family, type, proto, flags = _c_int(family), _c_int(type), _c_int(proto), _c_int(flags)
    if host is not None:
        if isinstance(host, str):
            host = host.encode("idna").decode("ascii") if not host.isascii() else host
        elif isinstance(host, (bytes, bytearray)):
            host = bytes(host).decode("ascii")
        else:
            raise TypeError("getaddrinfo() argument 1 must be string or None")
    if family not in (AF_UNSPEC, AF_INET, AF_INET6):
        raise _gaierror(EAI_FAMILY)
    ports = _service_ports(port, flags)
    if host is None and port is None:
        raise _gaierror(EAI_NONAME)
    if host is None:
        if flags & AI_PASSIVE:
            addresses = [(AF_INET6, bytes(16)), (AF_INET, bytes(4))]
        else:
            addresses = [(AF_INET6, bytes(15) + b"\x01"), (AF_INET, b"\x7f\x00\x00\x01")]
        addresses = [a for a in addresses if family in (AF_UNSPEC, a[0])]
        if family == AF_UNSPEC:
            addresses.reverse()
    else:
        v4, v6 = _parse_ipv4(host), _parse_ipv6(host)
        if v4 is not None:
            if family == AF_INET6:
                raise _gaierror(EAI_ADDRFAMILY)
            addresses = [(AF_INET, v4)]
        elif v6 is not None:
            if family == AF_INET:
                raise _gaierror(EAI_ADDRFAMILY)
            addresses = [(AF_INET6, v6)]
        elif flags & AI_NUMERICHOST:
            raise _gaierror(EAI_NONAME)
        else:
            found = _k.resolve(host, family)
            if isinstance(found, int):
                raise _gaierror(found)
            addresses = [tuple(item) for item in found]
    kinds = [(SOCK_STREAM, IPPROTO_TCP, "tcp"), (SOCK_DGRAM, IPPROTO_UDP, "udp"), (SOCK_RAW, 0, "raw")]
    if type:
        kinds = [k for k in kinds if k[0] == type]
        if not kinds:
            raise _gaierror(EAI_SOCKTYPE)
    if proto:
        kinds = ([k for k in kinds if k[1] == proto]
                 or [(kind, proto, name) for kind, number, name in kinds if number == 0])
    kinds = [(kind, number, ports[name]) for kind, number, name in kinds if name in ports]
    if not kinds:
        raise _gaierror(EAI_SERVICE)
    result = []
    canonical = host if flags & AI_CANONNAME and host is not None else ""
    for kind_family, packed in addresses:
        for kind, number, port_number in kinds:
            if kind_family == AF_INET:
                address = (".".join(str(b) for b in packed), port_number)
            else:
                address = (_format_ipv6(packed), port_number, 0, 0)
            result.append((kind_family, kind, number, canonical, address))
            canonical = ""
    return result


def gethostbyname(hostname, /):
    """Return the IP address (a string of the form '255.255.255.255') for a host."""
    host = _host_text(hostname) if not isinstance(hostname, str) else hostname
    return inet_ntoa(_resolve(host, AF_INET))


def gethostbyname_ex(hostname, /):
    """Return the true host name, a list of aliases, and a list of IP addresses, for a host."""
    return (hostname, [], [gethostbyname(hostname)])


def gethostbyaddr(ip_address, /):
    """Return the true host name, a list of aliases, and a list of IP addresses, for a host."""
    host = _host_text(ip_address) if not isinstance(ip_address, str) else ip_address
    family = AF_INET6 if _parse_ipv6(host) is not None else AF_INET
    packed = _resolve(host, family)
    text = inet_ntop(family, packed)
    name = _k.hostbyaddr(packed)
    if name is None or name == text or _parse_ipv6(name) is not None:
        raise herror(1, "Unknown host")
    return (name, [], [text])


def getnameinfo(sockaddr, flags, /):
    """Get host and port for a sockaddr."""
    if not isinstance(sockaddr, tuple):
        raise TypeError("getnameinfo() argument 1 must be a tuple")
    flags = _c_int(flags)
    host, port = sockaddr[0], _port(sockaddr[1], "getnameinfo")
    info = getaddrinfo(host, port, AF_UNSPEC, SOCK_DGRAM, 0, AI_NUMERICHOST)
    if not flags & NI_NUMERICHOST:
        raise NotImplementedError("socket: Krait has no reverse name lookup (getnameinfo without NI_NUMERICHOST)")
    service = str(port)
    if not flags & NI_NUMERICSERV:
        try:
            service = getservbyport(port, "udp" if flags & NI_DGRAM else "tcp")
        except OSError:
            pass
    return (info[0][4][0], service)

