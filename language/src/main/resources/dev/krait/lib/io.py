"""The io module (Krait's implementation): open() and its file classes from _io, and the in-memory StringIO and
BytesIO."""

import _io
from _io import open, TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom, UnsupportedOperation, DEFAULT_BUFFER_SIZE

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

__all__ = ["open", "StringIO", "BytesIO", "TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom",
           "UnsupportedOperation", "DEFAULT_BUFFER_SIZE", "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase", "SEEK_SET", "SEEK_CUR", "SEEK_END"]


class IOBase:
    """The base of the in-memory streams: context manager, iteration over lines, closed state."""

    _closed = False

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_open()

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    """A text stream in memory: write() appends at the position, getvalue() returns everything."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        self._newline = newline
        self._chunks = [self._translate(initial_value or "")]
        self._text = None
        self._pos = 0

    def _translate(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline not in ("", "\n"):
            return s.replace("\n", self._newline)
        return s

    def _value(self):
        if self._text is None:
            self._text = "".join(self._chunks)
            self._chunks = [self._text]
        return self._text

    def getvalue(self):
        self._check_open()
        return self._value()

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        s = self._translate(s)
        if self._text is None and self._pos == sum(len(c) for c in self._chunks):
            self._chunks.append(s)
        else:
            value = self._value()
            if self._pos > len(value):
                value += "\0" * (self._pos - len(value))
            value = value[:self._pos] + s + value[self._pos + len(s):]
            self._chunks = [value]
            self._text = None
        self._text = None
        self._pos += len(s)
        return len(s)

    def read(self, size=-1):
        self._check_open()
        value = self._value()
        if size is None or size < 0:
            result = value[self._pos:]
        else:
            result = value[self._pos:self._pos + size]
        self._pos += len(result)
        return result

    def readline(self, size=-1):
        self._check_open()
        value = self._value()
        end = value.find("\n", self._pos)
        end = len(value) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = value[self._pos:end]
        self._pos = end
        return result

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else size
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._chunks = [self._value()[:size]]
        self._text = None
        return size

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


def _size_argument(size):
    """A read size: an int (negative for all) or None, with CPython's TypeError for anything else."""
    if size is None:
        return -1
    if not hasattr(type(size), "__index__"):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size.__index__()


class BytesIO(BufferedIOBase):
    """A binary stream in memory over a bytearray. getbuffer() exports that bytearray, and while a view of it is
    alive the stream refuses every change (BufferError), as CPython's does."""

    __module__ = "_io"

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError(f"BytesIO() takes at most 1 argument ({len(args) + len(kwargs)} given)")
        for name in kwargs:
            if name != "initial_bytes":
                raise TypeError(f"'{name}' is an invalid keyword argument for BytesIO()")
        initial_bytes = args[0] if args else kwargs.get("initial_bytes")
        self._buffer = bytearray() if initial_bytes is None else bytearray(_bytes_like(initial_bytes))
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        line = BytesIO.readline(self)
        if not line:
            raise StopIteration
        return line

    def _check_unexported(self):
        if _io._bytearray_exports(self._buffer):
            raise BufferError("Existing exports of data: object cannot be re-sized")

    def close(self):
        self._check_unexported()
        self._closed = True

    def getvalue(self):
        self._check_open()
        return bytes(self._buffer)

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buffer)

    def read(self, size=-1):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if size.__class__ is not int:
            size = _size_argument(size)
        buffer, pos = self._buffer, self._pos
        end = len(buffer) if size < 0 else min(len(buffer), pos + size)
        if end <= pos:
            return b""
        self._pos = end
        return bytes(buffer[pos:end])

    def read1(self, size=-1):
        return BytesIO.read(self, size)

    def readline(self, size=-1):
        self._check_open()
        size = _size_argument(size)
        buffer, pos = self._buffer, self._pos
        end = buffer.find(b"\n", pos)
        end = len(buffer) if end < 0 else end + 1
        if size >= 0:
            end = min(end, pos + size)
        if end <= pos:
            return b""
        self._pos = end
        return bytes(buffer[pos:end])

    def readlines(self, hint=None):
        self._check_open()
        if hint is None:
            hint = -1
        elif not hasattr(type(hint), "__index__"):
            raise TypeError(f"integer argument expected, got '{type(hint).__name__}'")
        else:
            hint = hint.__index__()
        lines = []
        total = 0
        while line := BytesIO.readline(self):
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def readinto(self, buffer):
        self._check_open()
        try:
            view = memoryview(buffer)
        except TypeError:
            view = None
        if view is None or view.readonly:
            raise TypeError(f"readinto() argument must be read-write bytes-like object, not {type(buffer).__name__}")
        with view:
            with view.cast("B") as target:
                data = BytesIO.read(self, len(target))
                target[:len(data)] = data
        return len(data)

    def readinto1(self, buffer):
        return BytesIO.readinto(self, buffer)

    def write(self, data):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if data.__class__ is not bytes:
            data = _bytes_like(data)
        if _io._bytearray_exports(self._buffer):
            raise BufferError("Existing exports of data: object cannot be re-sized")
        n = len(data)
        if n == 0:
            return 0
        buffer, pos = self._buffer, self._pos
        if pos == len(buffer):
            buffer += data
        else:
            if pos > len(buffer):
                buffer += bytes(pos - len(buffer))
            buffer[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            BytesIO.write(self, line)

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _index(pos)
        whence = _index(whence)
        if pos > 9223372036854775807 or pos < -9223372036854775808:
            raise OverflowError("Python int too large to convert to C ssize_t")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif not hasattr(type(size), "__index__"):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        else:
            size = size.__index__()
        if size < 0:
            raise ValueError(f"negative size value {size}")
        self._check_unexported()
        if size < len(self._buffer):
            del self._buffer[size:]
        return size

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


def _index(value):
    if not hasattr(type(value), "__index__"):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value.__index__()


def _bytes_like(data):
    """The content of a bytes-like object, with CPython's TypeError for anything else."""
    if isinstance(data, (bytes, bytearray)):
        return data
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None
    with view:
        return view.tobytes()


_io.StringIO = StringIO
_io.BytesIO = BytesIO
