"""The io module (Krait's implementation): open() and its file classes from _io, and the in-memory StringIO."""

from _io import open, TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom, UnsupportedOperation, DEFAULT_BUFFER_SIZE

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

__all__ = ["open", "StringIO", "TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom",
           "UnsupportedOperation", "DEFAULT_BUFFER_SIZE", "IOBase", "TextIOBase", "SEEK_SET", "SEEK_CUR", "SEEK_END"]


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
