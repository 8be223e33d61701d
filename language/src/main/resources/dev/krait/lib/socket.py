"""The socket module (Krait's implementation): the socket class over _socket's, with the constants as enums,
makefile(), socketpair(), create_connection()/create_server() and the name functions."""

import _socket
from _socket import *
import io
import os
from enum import IntEnum, IntFlag

EBADF = 9
EAGAIN = 11
EWOULDBLOCK = 11

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server", "has_dualstack_ipv6", "AddressFamily",
           "SocketKind", "SocketType", "close", "dup", "error", "gaierror", "getaddrinfo", "getdefaulttimeout",
           "gethostbyaddr", "gethostbyname", "gethostbyname_ex", "gethostname", "getnameinfo", "getprotobyname",
           "getservbyname", "getservbyport", "has_ipv6", "herror", "htonl", "htons", "inet_aton", "inet_ntoa",
           "inet_ntop", "inet_pton", "ntohl", "ntohs", "setdefaulttimeout", "socket", "socketpair", "timeout"]
__all__.extend(name for name in dir(_socket) if name.isupper() and not name.startswith("_"))


def _members(prefix, exclude=()):
    return {name: value for name, value in vars(_socket).items()
            if name.startswith(prefix) and name.isupper() and name not in exclude}


AddressFamily = IntEnum("AddressFamily", _members("AF_"), module="socket")
SocketKind = IntEnum("SocketKind", _members("SOCK_"), module="socket")
MsgFlag = IntFlag("MsgFlag", _members("MSG_"), module="socket")
AddressInfo = IntFlag("AddressInfo", _members("AI_"), module="socket")
for _enum in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    globals().update(_enum.__members__)
del _enum

_LOCALHOST = "127.0.0.1"
_LOCALHOST_V6 = "::1"


def _intenum_converter(value, enum_klass):
    """The enum member for value, or value itself when the enum has no such member."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


class socket(_socket.socket):
    """A subclass of _socket.socket adding the makefile() method."""

    __slots__ = ["__weakref__", "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, "_closed", False)
        text = (f"<{type(self).__module__}.{type(self).__qualname__}{' [closed]' if closed else ''} "
                f"fd={self.fileno()}, family={self.family}, type={self.type}, proto={self.proto}")
        if not closed:
            try:
                local = self.getsockname()
                if local:
                    text += f", laddr={local}"
            except OSError:
                pass
            try:
                remote = self.getpeername()
                if remote:
                    text += f", raddr={remote}"
            except OSError:
                pass
        return text + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    def dup(self):
        """Duplicate the socket: a new socket object on a new descriptor."""
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """accept() -> (socket object, address info)

        Wait for an incoming connection.  Return a new socket representing the connection, and the address of the
        client."""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        elif self.gettimeout() is not None or getdefaulttimeout() is not None:
            sock.settimeout(self.gettimeout() if self.gettimeout() is not None else getdefaulttimeout())
        return sock, addr

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """makefile(...) -> an I/O stream connected to the socket

        The arguments are as for io.open() after the filename, except the only supported mode values are 'r'
        (default), 'w', 'b', or a combination of those."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError(f"invalid mode {mode!r} (only r, w, b allowed)")
        writing = "w" in mode
        reading = "r" in mode or not writing
        assert reading or writing
        binary = "b" in mode
        rawmode = ""
        if reading:
            rawmode += "r"
        if writing:
            rawmode += "w"
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = _BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = _BufferedReader(raw, buffering)
        else:
            buffer = _BufferedWriter(raw, buffering)
        if binary:
            return buffer
        encoding = io.text_encoding(encoding) if hasattr(io, "text_encoding") else encoding
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        """sendfile(file[, offset[, count]]) -> sent

        Send a file (opened in binary mode) until EOF or until count bytes are sent; returns the number of bytes
        sent. The file's position is left after the last byte sent. (Krait has no os.sendfile: the data goes
        through send().)"""
        if "b" not in getattr(file, "mode", "b"):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError(f"count must be a positive integer (got {count!r})")
            if count <= 0:
                raise ValueError(f"count must be a positive integer (got {count!r})")
        if offset:
            file.seek(offset)
        total_sent = 0
        try:
            while True:
                blocksize = min(count - total_sent, 8192) if count else 8192
                if blocksize <= 0:
                    break
                data = memoryview(file.read(blocksize))
                if not data:
                    break
                while data:
                    sent = self.send(data)
                    total_sent += sent
                    data = data[sent:]
            return total_sent
        finally:
            if total_sent > 0 and hasattr(file, "seek"):
                file.seek(offset + total_sent)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """detach() -> file descriptor

        Close the socket object without closing the underlying file descriptor."""
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """Read-only access to the address family for this socket."""
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        """Read-only access to the socket type."""
        return _intenum_converter(super().type, SocketKind)

    def get_inheritable(self):
        return False

    def set_inheritable(self, inheritable):
        if inheritable:
            raise NotImplementedError("socket: Krait's sockets cannot be inherited by child processes")


socket.__module__ = "socket"


def fromfd(fd, family, type, proto=0):
    """fromfd(fd, family, type[, proto]) -> socket object

    Create a socket object from a duplicate of the given file descriptor."""
    nfd = dup(fd)
    return socket(family, type, proto, nfd)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """socketpair([family[, type[, proto]]]) -> (socket object, socket object)

    Create a pair of socket objects connected to each other."""
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    left = socket(family, type, proto, a.detach())
    right = socket(family, type, proto, b.detach())
    return left, right


class SocketIO(io.RawIOBase):
    """Raw I/O implementation for stream sockets: what makefile() buffers."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError(f"invalid mode: {mode!r}")
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")

    def readinto(self, b):
        self._check_open()
        if not self._reading:
            raise io.UnsupportedOperation("File or stream is not readable.")
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except TimeoutError:
            self._timeout_occurred = True
            raise
        except BlockingIOError as e:
            if e.errno in (EAGAIN, EWOULDBLOCK):
                return None
            raise

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        buffer = bytearray(size)
        n = self.readinto(buffer)
        if n is None:
            return None
        return bytes(buffer[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(io.DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def write(self, b):
        self._check_open()
        if not self._writing:
            raise io.UnsupportedOperation("File or stream is not writable.")
        try:
            return self._sock.send(b)
        except BlockingIOError as e:
            if e.errno in (EAGAIN, EWOULDBLOCK):
                return None
            raise

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return False

    def fileno(self):
        self._check_open()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        return -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


class _BufferedReader(io.BufferedIOBase):
    """The buffered reading side of makefile(): whole reads wait for the data, read1() and readline() take what the
    peer has sent."""

    def __init__(self, raw, buffer_size=io.DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._size = buffer_size
        self._buffer = b""

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def fileno(self):
        return self.raw.fileno()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return False

    def seekable(self):
        return False

    def _fill(self):
        data = self.raw.read(self._size)
        if data:
            self._buffer += data
        return data

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            chunks = [self._buffer]
            self._buffer = b""
            while True:
                data = self.raw.read(self._size)
                if not data:
                    break
                chunks.append(data)
            return b"".join(chunks)
        while len(self._buffer) < size and self._fill():
            pass
        result, self._buffer = self._buffer[:size], self._buffer[size:]
        return result

    def read1(self, size=-1):
        self._check_readable()
        if not self._buffer:
            self._fill()
        if size is None or size < 0:
            size = len(self._buffer)
        result, self._buffer = self._buffer[:size], self._buffer[size:]
        return result

    def peek(self, size=0):
        self._check_readable()
        if not self._buffer:
            self._fill()
        return self._buffer

    def readinto(self, b):
        data = self.read(len(memoryview(b)))
        memoryview(b).cast("B")[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_readable()
        while True:
            end = self._buffer.find(b"\n")
            if end >= 0 and (size is None or size < 0 or end < size):
                size = end + 1
                break
            if size is not None and 0 <= size <= len(self._buffer):
                break
            if not self._fill():
                break
        if size is None or size < 0:
            size = len(self._buffer)
        result, self._buffer = self._buffer[:size], self._buffer[size:]
        return result

    def _check_readable(self):
        if self.raw.closed:
            raise ValueError("read of closed file")

    def flush(self):
        pass

    def close(self):
        self.raw.close()

    def __repr__(self):
        return f"<_io.BufferedReader name={self.name!r}>"


class _BufferedWriter(io.BufferedIOBase):
    """The buffered writing side of makefile(): data goes out on flush() (or when the buffer is full)."""

    def __init__(self, raw, buffer_size=io.DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._size = buffer_size
        self._pending = bytearray()

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def fileno(self):
        return self.raw.fileno()

    def readable(self):
        return False

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return False

    def write(self, b):
        if self.raw.closed:
            raise ValueError("write to closed file")
        data = bytes(memoryview(b))
        self._pending += data
        if len(self._pending) >= self._size:
            self.flush()
        return len(data)

    def flush(self):
        if self.raw.closed:
            if self._pending:
                raise ValueError("flush of closed file")
            return
        while self._pending:
            sent = self.raw.write(self._pending)
            del self._pending[:sent]

    def close(self):
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()

    def __repr__(self):
        return f"<_io.BufferedWriter name={self.name!r}>"


class _BufferedRWPair(io.BufferedIOBase):
    """makefile('rw'): a reader and a writer over the one socket."""

    def __init__(self, reader, writer, buffer_size=io.DEFAULT_BUFFER_SIZE):
        self._reader = _BufferedReader(reader, buffer_size)
        self._writer = _BufferedWriter(writer, buffer_size)

    @property
    def closed(self):
        return self._writer.closed

    def read(self, size=-1):
        return self._reader.read(size)

    def read1(self, size=-1):
        return self._reader.read1(size)

    def readline(self, size=-1):
        return self._reader.readline(size)

    def readinto(self, b):
        return self._reader.readinto(b)

    def peek(self, size=0):
        return self._reader.peek(size)

    def write(self, b):
        return self._writer.write(b)

    def flush(self):
        return self._writer.flush()

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def seekable(self):
        return False

    def fileno(self):
        return self._writer.fileno()

    @property
    def name(self):
        return self._writer.name

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()


for _cls in (_BufferedReader, _BufferedWriter, _BufferedRWPair):
    _cls.__name__ = _cls.__qualname__ = _cls.__name__[1:]
del _cls


def getfqdn(name=""):
    """Get fully qualified domain name from name.

    An empty argument is interpreted as meaning the local host."""
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        pass
    else:
        aliases.insert(0, hostname)
        for name in aliases:
            if "." in name:
                break
        else:
            name = hostname
    return name


def create_connection(address, timeout=getdefaulttimeout(), source_address=None, *, all_errors=False):
    """Connect to *address* and return the socket object.

    Tries each address getaddrinfo() gives for the host until one connects; raises the last error (or an
    ExceptionGroup of all of them when all_errors is true)."""
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not getdefaulttimeout():
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    else:
        raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """Return True if the platform supports creating a SOCK_STREAM socket which can handle both AF_INET and
    AF_INET6 (IPv4 / IPv6) connections."""
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """Convenience function which creates a SOCK_STREAM type socket bound to *address* (a 2-tuple (host, port))
    and return the socket object."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            msg = f"{err.strerror} (while attempting to bind on address {address!r})"
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into list of address info entries.

    Translate the host/port argument into a sequence of 5-tuples that contain all the necessary arguments for
    creating a socket connected to that service."""
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily), _intenum_converter(socktype, SocketKind),
                         proto, canonname, sa))
    return addrlist
