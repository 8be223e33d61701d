"""The io module (Krait's implementation): open() and its file classes from _io, and the in-memory StringIO and
BytesIO."""

import _io
import abc as _abc
from _io import open, FileIO, UnsupportedOperation, DEFAULT_BUFFER_SIZE
from _io import BufferedReader as _FileBufferedReader, BufferedWriter as _FileBufferedWriter
from _io import BufferedRandom as _FileBufferedRandom
from _io import TextIOWrapper as _FileTextIOWrapper

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

__all__ = ["open", "open_code", "IncrementalNewlineDecoder", "text_encoding", "StringIO", "BytesIO", "TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "BufferedRWPair", "FileIO",
           "UnsupportedOperation", "DEFAULT_BUFFER_SIZE", "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase", "SEEK_SET", "SEEK_CUR", "SEEK_END"]


def text_encoding(encoding, stacklevel=2, /):
    """The encoding to pass on: encoding, or "locale" when it is None (PEP 597: then an EncodingWarning at
    stacklevel when sys.flags.warn_default_encoding is on, -X warn_default_encoding)."""
    if encoding is not None:
        return encoding
    import sys
    if sys.flags.warn_default_encoding:
        import warnings
        warnings.warn("'encoding' argument not specified", EncodingWarning, stacklevel + 1)
    return "locale"


class _IOBase:
    """The base of every stream (_io._IOBase): closing (marked by the instance attribute "__IOBase_closed", as
    CPython's), the context manager, iteration over lines, and CPython's answers for what a subclass leaves out."""

    __module__ = "_io"

    def seek(self, *args):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, *args):
        raise UnsupportedOperation("truncate")

    def flush(self):
        if _marked_closed(self):
            raise ValueError("I/O operation on closed file.")

    def close(self):
        if _marked_closed(self):
            return
        try:
            self.flush()
        finally:
            setattr(self, "__IOBase_closed", True)

    def __del__(self):
        # a stream dropped while open is closed, so what it holds is written out; errors are dropped, as CPython's
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, message=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if message is None else message)

    def _checkSeekable(self, message=None):
        if self.seekable() is not True:
            raise UnsupportedOperation("File or stream is not seekable." if message is None else message)
        return True

    def _checkReadable(self, message=None):
        if self.readable() is not True:
            raise UnsupportedOperation("File or stream is not readable." if message is None else message)
        return True

    def _checkWritable(self, message=None):
        if self.writable() is not True:
            raise UnsupportedOperation("File or stream is not writable." if message is None else message)
        return True

    @property
    def closed(self):
        return _marked_closed(self)

    def __enter__(self):
        _check_closed(self)
        return self

    def __exit__(self, *args):
        return self.close()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        _check_closed(self)
        return False

    def readline(self, size=-1):
        size = _size_argument(size)
        peek = getattr(self, "peek", None)
        line = bytearray()
        while size < 0 or len(line) < size:
            count = 1
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                if not isinstance(ahead, bytes):
                    raise OSError(f"peek() should have returned a bytes object, not '{type(ahead).__name__}'")
                newline = ahead.find(b"\n") + 1
                count = newline if newline > 0 else len(ahead)
                if size >= 0:
                    count = min(count, size - len(line))
            data = self.read(count)
            if not data:
                break
            if not isinstance(data, bytes):
                raise OSError(f"read() should have returned a bytes object, not '{type(data).__name__}'")
            line += data
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def __iter__(self):
        _check_closed(self)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = -1 if hint is None else _index(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        _check_closed(self)
        for line in lines:
            self.write(line)


def _marked_closed(stream):
    try:
        object.__getattribute__(stream, "__IOBase_closed")
    except AttributeError:
        return False
    return True


def _check_closed(stream):
    """The closed check _IOBase's own methods make (not through an overridable _checkClosed)."""
    if stream.closed:
        raise ValueError("I/O operation on closed file.")


class _RawIOBase(_IOBase):
    """The base of unbuffered binary streams (_io._RawIOBase): read() and readall() made of the subclass's
    readinto()."""

    __module__ = "_io"

    def read(self, size=-1):
        size = _size_argument(size)
        if size < 0:
            return self.readall()
        buffer = bytearray(size)
        count = self.readinto(buffer)
        if count is None:
            return None
        del buffer[_index(count):]
        return bytes(buffer)

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if chunks:
                    break
                return None
            if not isinstance(data, bytes):
                raise TypeError("read() should return bytes")
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, buffer):
        raise NotImplementedError

    def write(self, data):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    """The base of buffered binary streams (_io._BufferedIOBase): readinto() made of read()."""

    __module__ = "_io"

    def detach(self):
        raise UnsupportedOperation("detach")

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        raise UnsupportedOperation("read1")

    def write(self, data):
        raise UnsupportedOperation("write")

    def readinto(self, buffer):
        return _buffered_readinto(self, buffer, False)

    def readinto1(self, buffer):
        return _buffered_readinto(self, buffer, True)


def _buffered_readinto(stream, buffer, one):
    """readinto() and readinto1() of a buffered stream, made of its read() or read1()."""
    with memoryview(buffer) as view, view.cast("B") as target:
        data = stream.read1(len(target)) if one else stream.read(len(target))
        if not isinstance(data, bytes):
            raise TypeError(f"{'read1' if one else 'read'}() should return bytes")
        count = len(data)
        if count > len(target):
            raise ValueError(f"read() returned too much data: {len(target)} bytes requested, {count} returned")
        target[:count] = data
        return count


class _TextIOBase(_IOBase):
    """The base of text streams (_io._TextIOBase)."""

    __module__ = "_io"

    def detach(self):
        raise UnsupportedOperation("detach")

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def readline(self, size=-1):
        raise UnsupportedOperation("readline")

    def write(self, s):
        raise UnsupportedOperation("write")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


_io._IOBase = _IOBase
_io._RawIOBase = _RawIOBase
_io._BufferedIOBase = _BufferedIOBase
_io._TextIOBase = _TextIOBase


class IOBase(_IOBase, metaclass=_abc.ABCMeta):
    """The abstract base of every stream: the Java file types and the in-memory streams are registered with it."""


class RawIOBase(_RawIOBase, IOBase):
    """The abstract base of unbuffered binary streams."""


class BufferedIOBase(_BufferedIOBase, IOBase):
    """The abstract base of buffered binary streams."""


class TextIOBase(_TextIOBase, IOBase):
    """The abstract base of text streams."""


class IncrementalNewlineDecoder:
    """Decodes with another incremental decoder (or passes str through when it is None) and translates "\\r\\n"
    and "\\r" to "\\n" when translate is true, holding back a final "\\r" until it knows what follows."""

    __module__ = "_io"

    _NEWLINE_KINDS = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"), ("\r", "\n", "\r\n"))

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = bool(translate)
        self.errors = errors
        self._seen = 0  # 1: "\n", 2: "\r", 4: "\r\n"
        self._pending_cr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=bool(final))
        if not isinstance(output, str):
            raise TypeError(f"decoder should return a string result, not '{type(output).__name__}'")
        if self._pending_cr and (output or final):
            output = "\r" + output
            self._pending_cr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pending_cr = True
        if "\r" in output or "\n" in output:
            crlf = output.count("\r\n")
            cr = output.count("\r") - crlf
            lf = output.count("\n") - crlf
            self._seen |= (1 if lf else 0) | (2 if cr else 0) | (4 if crlf else 0)
            if self.translate:
                if crlf:
                    output = output.replace("\r\n", "\n")
                if cr:
                    output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buffer, flag = b"", 0
        else:
            buffer, flag = self.decoder.getstate()
        flag <<= 1
        if self._pending_cr:
            flag |= 1
        return buffer, flag

    def setstate(self, state):
        buffer, flag = state
        self._pending_cr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buffer, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pending_cr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return self._NEWLINE_KINDS[self._seen]


_io.IncrementalNewlineDecoder = IncrementalNewlineDecoder
_io.BlockingIOError = BlockingIOError


def open_code(path):
    """Opens path for reading as code: open(path, "rb")."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


_io.open_code = open_code
_io.text_encoding = text_encoding


class StringIO(_TextIOBase):
    """A text stream in memory: write() appends at the position, getvalue() returns everything."""

    __module__ = "_io"

    _closed = False

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")  # StringIO's message has no full stop

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    writable = seekable = readable

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __del__(self):
        pass

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        self._newline = newline
        # the kinds of line ending written so far (1: "\r", 2: "\n", 4: "\r\n"), kept in universal-newline modes
        self._seen = 0
        self._chunks = [self._translate(initial_value or "")]
        self._length = len(self._chunks[0])  # of all the chunks together
        self._text = None
        self._pos = 0

    # the attributes above; what else is in __dict__ belongs to the program
    _OWN_ATTRIBUTES = frozenset(("_newline", "_seen", "_chunks", "_length", "_text", "_pos", "_closed"))

    def __getstate__(self):
        self._check_open()
        extra = {k: v for k, v in self.__dict__.items() if k not in self._OWN_ATTRIBUTES}
        return (self.getvalue(), self._newline, self._pos, extra or None)

    def __setstate__(self, state):
        self._check_open()
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError(f"_io.StringIO.__setstate__ argument should be 4-tuple, got {type(state).__name__}")
        value, newline, pos, extra = state
        if not isinstance(value, str):
            raise TypeError(f"initial_value must be str or None, not {type(value).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if not isinstance(pos, int):
            raise TypeError(f"third item of state must be an integer, got {type(pos).__name__}")
        if pos < 0:
            raise ValueError("position value cannot be negative")
        if extra is not None and not isinstance(extra, dict):
            raise TypeError(f"fourth item of state should be a dict, got a {type(extra).__name__}")
        # the value was translated when it was written: it is restored as it is
        self._newline = newline
        self._chunks = [value]
        self._length = len(value)
        self._text = None
        self._pos = pos
        if extra:
            self.__dict__.update(extra)

    def _translate(self, s):
        newline = self._newline
        if newline is None or newline == "":
            crlf = s.count("\r\n")
            if crlf:
                self._seen |= 4
            if s.count("\r") > crlf:
                self._seen |= 1
            if s.count("\n") > crlf:
                self._seen |= 2
            if newline is None:
                return s.replace("\r\n", "\n").replace("\r", "\n")
            return s
        if newline != "\n":
            return s.replace("\n", newline)
        return s

    def _line_end(self, value, start):
        """Where the line starting at start ends (past its terminator), by this stream's newline mode."""
        newline = self._newline
        if newline == "":
            cr = value.find("\r", start)
            lf = value.find("\n", start)
            if cr < 0 and lf < 0:
                return len(value)
            if cr < 0 or 0 <= lf < cr:
                return lf + 1
            return cr + 2 if value.startswith("\n", cr + 1) else cr + 1
        terminator = "\n" if newline is None else newline
        end = value.find(terminator, start)
        return len(value) if end < 0 else end + len(terminator)

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
        written = len(s)  # CPython counts the characters given, before newlines are translated
        if not s:
            return 0
        s = self._translate(s)
        if self._pos == self._length:
            self._chunks.append(s)
            self._length += len(s)
        else:
            value = self._value()
            if self._pos > len(value):
                value += "\0" * (self._pos - len(value))
            value = value[:self._pos] + s + value[self._pos + len(s):]
            self._chunks = [value]
            self._length = len(value)
        self._text = None
        self._pos += len(s)
        return written

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
        end = self._line_end(value, self._pos)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = value[self._pos:end]
        self._pos = end
        return result

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        pos = _ssize_argument(pos)
        whence = _int_argument(whence)
        self._check_open()
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 0:
            self._pos = pos
        elif whence == 2:
            self._pos = len(self._value())
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else size
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._chunks = [self._value()[:size]]
        self._length = len(self._chunks[0])
        self._text = None
        return size

    @property
    def line_buffering(self):
        self._check_open()
        return False

    @property
    def newlines(self):
        self._check_open()
        if self._newline is not None and self._newline != "":
            return None
        kinds = tuple(kind for bit, kind in ((1, "\r"), (2, "\n"), (4, "\r\n")) if self._seen & bit)
        return kinds[0] if len(kinds) == 1 else (kinds or None)

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


def _size_argument(size):
    """A read size: an int (negative for all) or None, with CPython's TypeError for anything else."""
    if size is None:
        return -1
    if not hasattr(type(size), "__index__"):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    size = _index(size)
    if not -9223372036854775808 <= size <= 9223372036854775807:
        raise OverflowError(f"cannot fit '{type(size).__name__}' into an index-sized integer")
    return size


class BytesIO(_BufferedIOBase):
    """A binary stream in memory over a bytearray. getbuffer() exports that bytearray, and while a view of it is
    alive the stream refuses every change (BufferError), as CPython's does."""

    __module__ = "_io"
    _closed = False

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    # CPython's BytesIO defines these itself rather than inheriting them
    @property
    def closed(self):
        return self._closed

    def flush(self):
        self._check_open()

    def readable(self):
        self._check_open()
        return True

    writable = seekable = readable

    def isatty(self):
        self._check_open()
        return False

    def __enter__(self):
        self._check_open()
        return self

    def __del__(self):
        pass

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
        if size.__class__ is not int or not -9223372036854775808 <= size <= 9223372036854775807:
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
        pos = _ssize_argument(pos)
        whence = _int_argument(whence)
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
    """operator.index: an int (a subclass's own __index__ is not asked, as in CPython), else __index__."""
    if isinstance(value, int):
        return int.__index__(value)
    if not hasattr(type(value), "__index__"):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value.__index__()


def _ssize_argument(value):
    """A Py_ssize_t argument, with CPython's OverflowError past the C type."""
    value = _index(value)
    if not -9223372036854775808 <= value <= 9223372036854775807:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _int_argument(value):
    """A C int argument (a whence), with CPython's OverflowError past the C type."""
    value = _index(value)
    if not -2147483648 <= value <= 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    return value


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




def _java_text_streams():
    """Krait's Java text stream types: the files open() makes and the standard streams."""
    import sys
    kinds = [_FileTextIOWrapper]
    for stream in (sys.__stdin__, sys.__stdout__, sys.__stderr__):
        if stream is not None and type(stream) not in kinds:
            kinds.append(type(stream))
    return tuple(kinds)


_JAVA_TEXT_STREAMS = _java_text_streams()


class _TextIOWrapperType(type):
    """TextIOWrapper's class: the text files open() makes (Krait's own Java type) count as its instances."""

    def __instancecheck__(cls, instance):
        return isinstance(instance, _JAVA_TEXT_STREAMS) or type.__instancecheck__(cls, instance)

    def __subclasscheck__(cls, subclass):
        return issubclass(subclass, _JAVA_TEXT_STREAMS) or type.__subclasscheck__(cls, subclass)


class TextIOWrapper(_TextIOBase, metaclass=_TextIOWrapperType):
    """A text stream over a binary one (a BytesIO, a binary file, a GzipFile…): decodes what it reads, encodes
    what it writes, translating newlines as the newline argument says."""

    __module__ = "_io"

    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        import codecs
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if errors is not None and not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if errors is not None:
            errors.encode("utf-8")  # CPython passes the name on as UTF-8 (a lone surrogate cannot be)
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        if not getattr(codecs.lookup(encoding), "_is_text_encoding", True):
            raise LookupError(f"{encoding!r} is not a text encoding; use codecs.open() to handle arbitrary codecs")
        # CPython asks the buffer what it can do (and fails as it does on an object that cannot say)
        buffer.readable()
        self._can_write = bool(buffer.writable())
        buffer.seekable()
        self._buffer = buffer
        self._encoding = encoding
        self._errors = "strict" if errors is None else errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._encoder = codecs.getincrementalencoder(encoding)(self._errors)
        self._decoder_factory = codecs.getincrementaldecoder(encoding)
        self._reset_reading()
        self._seen = 0
        # once something was read, the encoding and the newline mode stay (CPython keeps its decoder from then on)
        self._read_started = False

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None, write_through=None):
        import codecs
        if self._read_started and (encoding is not None or errors is not None or newline is not Ellipsis):
            raise UnsupportedOperation("It is not possible to set the encoding or newline of stream after the first read")
        for name, value in (("encoding", encoding), ("errors", errors)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f"reconfigure() argument '{name}' must be str or None, not {type(value).__name__}")
        if errors is None:
            errors = self._errors if encoding is None else "strict"
        if encoding is None:
            encoding = self._encoding
        elif encoding == "locale":
            encoding = "UTF-8"
        if newline is Ellipsis:
            newline = self._newline
        elif newline is not None and not isinstance(newline, str):
            raise TypeError(f"reconfigure() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if line_buffering is None:
            line_buffering = self._line_buffering
        if write_through is None:
            write_through = self._write_through
        self.flush()
        codecs.lookup(encoding)
        self._encoding, self._errors, self._newline = encoding, errors, newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._encoder = codecs.getincrementalencoder(encoding)(errors)
        self._decoder_factory = codecs.getincrementaldecoder(encoding)
        self._reset_reading()
        if self._buffer.seekable() and self._buffer.writable() and self._buffer.tell() != 0:
            # not at the start of the stream: no byte order mark in the middle of it
            self._encoder.setstate(0)

    # ---- state ----

    def _reset_reading(self):
        self._decoder = self._decoder_factory(self._errors)
        self._text = ""
        self._eof = False
        self._pending_cr = False

    def _attached(self):
        """The buffer; ValueError when __init__ never ran or detach() took the buffer."""
        try:
            buffer = self._buffer
        except AttributeError:
            raise ValueError("I/O operation on uninitialized object") from None
        if buffer is None:
            raise ValueError("underlying buffer has been detached")
        return buffer

    def _check(self):
        if self._attached().closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        self._check_attached()
        return self._buffer.name

    @property
    def closed(self):
        self._check_attached()
        return self._buffer.closed

    def _check_attached(self):
        self._attached()

    @property
    def newlines(self):
        self._check_attached()
        kinds = [kind for bit, kind in ((1, "\r"), (2, "\n"), (4, "\r\n")) if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def readable(self):
        self._check()
        return self._buffer.readable()

    def writable(self):
        self._check()
        return self._buffer.writable()

    def seekable(self):
        self._check()
        return self._buffer.seekable()

    def isatty(self):
        return self._attached().isatty()

    def fileno(self):
        self._check_attached()
        return self._buffer.fileno()

    def flush(self):
        self._check()
        self._buffer.flush()

    def close(self):
        self._check_attached()
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self._attached()
        self.flush()
        buffer, self._buffer = self._buffer, None
        return buffer

    def __repr__(self):
        try:
            self._buffer
        except AttributeError:
            raise ValueError("I/O operation on uninitialized object") from None
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(f" name={self.name!r}")
        except (AttributeError, ValueError):
            pass
        mode = getattr(self, "mode", None)
        if mode is not None:
            parts.append(f" mode={mode!r}")
        return "".join(parts) + f" encoding={self._encoding!r}>"

    # ---- writing ----

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        self._check()
        if not self._can_write:
            raise UnsupportedOperation("not writable")
        length = len(s)
        newline = self._newline
        if newline is None:
            newline = "\n"
        if newline not in ("", "\n"):
            s = s.replace("\n", newline)
        if self._text or self._pending_cr:
            # as CPython's: the text read ahead is dropped, and the write lands where the buffer's position is
            self._reset_reading()
        self._buffer.write(self._encoder.encode(s))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return length

    # ---- reading ----

    def _translate(self, text, final):
        """Newline translation of freshly decoded text, noting the kinds of newline seen."""
        if self._pending_cr:
            text = "\r" + text
            self._pending_cr = False
        if not final and text.endswith("\r") and self._newline in (None, ""):
            text = text[:-1]
            self._pending_cr = True
        if self._newline in (None, "") and ("\r" in text or "\n" in text):
            crlf = text.count("\r\n")
            cr = text.count("\r") - crlf
            lf = text.count("\n") - crlf
            self._seen |= (1 if cr else 0) | (2 if lf else 0) | (4 if crlf else 0)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _fill(self, size=-1):
        """Reads and decodes one more chunk (all the rest for size < 0); False at the end of the stream."""
        if self._eof:
            return False
        self._read_started = True
        if size < 0:
            data = self._buffer.read()
        else:
            # read1 (where the buffer has it) returns what has arrived: a pipe's next line must not wait for more
            read = getattr(self._buffer, "read1", None) or self._buffer.read
            data = read(max(size, self._CHUNK_SIZE))
        if data is None:
            data = b""
        final = size < 0 or not data
        self._text += self._translate(self._decoder.decode(data, final), final)
        self._eof = final
        return bool(data) or bool(self._text)

    def read(self, size=-1):
        size = _size_argument(size)
        self._check()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")
        if size < 0:
            self._fill(-1)
            result, self._text = self._text, ""
            return result
        while len(self._text) < size and not self._eof:
            self._fill(size)
        result, self._text = self._text[:size], self._text[size:]
        return result

    def _line_end(self, text, start=0):
        """Where the first line of text ends (after its newline), or -1 if it may continue past text."""
        newline = self._newline
        if newline is None or newline == "\n":
            at = text.find("\n", start)
            return -1 if at < 0 else at + 1
        if newline == "":
            for i in range(start, len(text)):
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == "\n" else i + 1
                    return -1 if not self._eof else i + 1
            return -1
        at = text.find(newline, start)
        return -1 if at < 0 else at + len(newline)

    def readline(self, size=-1):
        size = _ssize_argument(size)
        self._check()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")
        while True:
            end = self._line_end(self._text)
            if end >= 0 or self._eof or (0 <= size <= len(self._text)):
                break
            self._fill(self._CHUNK_SIZE)
        if end < 0:
            end = len(self._text)
        if 0 <= size < end:
            end = size
        line, self._text = self._text[:end], self._text[end:]
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check()
        return self

    # ---- position ----

    def tell(self):
        self._check()
        if not self._buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        position = self._buffer.tell()
        if not self._text and not self._pending_cr:
            return position
        # the characters not yet returned stand for bytes already read: count them back
        unread = self._text
        if self._newline is None and self._seen & 5:
            raise NotImplementedError("TextIOWrapper.tell() inside text whose \\r or \\r\\n newlines were translated")
        import codecs
        pending = codecs.getincrementalencoder(self._encoding)(self._errors).encode(unread + ("\r" if self._pending_cr else ""))
        return position - len(pending)

    def seek(self, cookie, whence=0):
        whence = _int_argument(whence)
        self._check()
        if not self._buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_reading()
            return self._buffer.seek(0, 2)
        if whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        self.flush()
        self._reset_reading()
        self._buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self._check()
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)


_io.StringIO = StringIO
_io.BytesIO = BytesIO


# ---- buffered streams over any raw stream ----
# open() makes Krait's Java file types (_FileBufferedReader…), which count as instances of these classes; the classes
# themselves buffer any raw object: a RawIOBase subclass, a BytesIO, a FileIO, a socket's SocketIO.


class _JavaTwinType(type):
    """The class of a buffered type whose instances also include a Java type of the same name (see above)."""

    def __instancecheck__(cls, instance):
        java = cls.__dict__.get("_java_twin")
        return (java is not None and isinstance(instance, java)) or type.__instancecheck__(cls, instance)

    def __subclasscheck__(cls, subclass):
        java = cls.__dict__.get("_java_twin")
        return (java is not None and issubclass(subclass, java)) or type.__subclasscheck__(cls, subclass)


def _buffer_size_argument(buffer_size):
    buffer_size = _index(buffer_size)
    if buffer_size <= 0:
        raise ValueError("buffer size must be strictly positive")
    return buffer_size


def _close_when_dropped(stream):
    try:
        if stream.closed:
            return
        stream.close()
    except Exception:
        pass


class _BufferedMethods:
    """What the buffered streams share: the raw stream, detaching, closing, the attributes passed through. Each of
    BufferedReader, BufferedWriter and BufferedRandom gets these as its own (see _share_buffered_methods), so that
    its bases are _BufferedIOBase's, as in CPython."""

    _raw = None
    _detached = False

    def _attach(self, raw, buffer_size):
        self._buffer_size = _buffer_size_argument(buffer_size)
        self._raw = raw
        self._detached = False
        self._read_buffer = b""
        self._write_buffer = bytearray()

    def _check_attached(self):
        if self._raw is None:
            if self._detached:
                raise ValueError("raw stream has been detached")
            raise ValueError("I/O operation on uninitialized object")

    def _check_open(self, message="I/O operation on closed file."):
        self._check_attached()
        if self._raw.closed:
            raise ValueError(message)

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        self._check_attached()
        return self._raw.closed

    @property
    def name(self):
        self._check_attached()
        return self._raw.name

    @property
    def mode(self):
        self._check_attached()
        return self._raw.mode

    def fileno(self):
        self._check_attached()
        return self._raw.fileno()

    def isatty(self):
        self._check_attached()
        return self._raw.isatty()

    def readable(self):
        self._check_attached()
        return self._raw.readable()

    def writable(self):
        self._check_attached()
        return self._raw.writable()

    def seekable(self):
        self._check_attached()
        return self._raw.seekable()

    def _flush_unlocked(self):
        pass

    def flush(self):
        self._check_attached()
        self._raw.flush()

    def close(self):
        self._check_attached()
        if self._raw.closed:
            return
        try:
            self.flush()
        finally:
            self._raw.close()

    def detach(self):
        self._check_attached()
        self.flush()
        raw, self._raw = self._raw, None
        self._detached = True
        return raw

    def __enter__(self):
        self._check_open()
        return self

    def __iter__(self):
        self._check_open()
        return self

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' instances")

    def __del__(self):
        # as CPython's: a buffered stream dropped while open is closed, so what it holds is written out
        _close_when_dropped(self)

    def __repr__(self):
        head = f"<{type(self).__module__}.{type(self).__qualname__}"
        try:
            name = self.name
        except (AttributeError, ValueError):
            return head + ">"
        return f"{head} name={name!r}>"

    # ---- reading (BufferedReader, BufferedRandom) ----

    def _raw_read(self, size):
        """One raw read of at most size bytes: bytes, b"" at the end, None when a non-blocking stream has none."""
        buffer = bytearray(size)
        count = self._raw.readinto(buffer)
        if count is None:
            return None
        if not isinstance(count, int):
            raise TypeError(f"'{type(count).__name__}' object cannot be interpreted as an integer")
        if count < 0 or count > size:
            raise OSError(f"raw readinto() returned invalid length {count} (should have been between 0 and {size})")
        del buffer[count:]
        return bytes(buffer)

    def _check_readable(self):
        if not self._raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")

    def _before_read(self):
        """A BufferedRandom writes out what it holds before reading."""

    def read(self, size=-1):
        size = _size_argument(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        self._check_open("read of closed file")
        self._check_readable()
        self._before_read()
        if size < 0:
            chunks = [self._read_buffer]
            self._read_buffer = b""
            readall = getattr(self._raw, "readall", None)
            if readall is not None:
                data = readall()
                if data is None:
                    return b"".join(chunks) or None
                chunks.append(data)
                return b"".join(chunks)
            while True:
                data = self._raw_read(self._buffer_size)
                if data is None:
                    return b"".join(chunks) or None
                if not data:
                    return b"".join(chunks)
                chunks.append(data)
        while len(self._read_buffer) < size:
            data = self._raw_read(max(self._buffer_size, size - len(self._read_buffer)))
            if data is None:
                if not self._read_buffer:
                    return None
                break
            if not data:
                break
            self._read_buffer += data
        result, self._read_buffer = self._read_buffer[:size], self._read_buffer[size:]
        return result

    def read1(self, size=-1):
        size = _ssize_argument(size)  # unlike read(), read1() takes no None
        self._check_open("read of closed file")
        self._check_readable()
        self._before_read()
        if size < 0:
            size = self._buffer_size
        if size == 0:
            return b""
        if not self._read_buffer:
            data = self._raw_read(max(size, self._buffer_size))
            if data:
                self._read_buffer = data
        result, self._read_buffer = self._read_buffer[:size], self._read_buffer[size:]
        return result

    def peek(self, size=0):
        self._check_open("peek of closed file")
        self._check_readable()
        self._before_read()
        if not self._read_buffer:
            data = self._raw_read(self._buffer_size)
            if data:
                self._read_buffer = data
        return self._read_buffer

    def _readinto(self, buffer, one):
        self._check_open("readinto of closed file")
        with memoryview(buffer) as view, view.cast("B") as target:
            data = self.read1(len(target)) if one else self.read(len(target))
            if data is None:
                return None
            target[:len(data)] = data
            return len(data)

    def readinto(self, buffer):
        return self._readinto(buffer, False)

    def readinto1(self, buffer):
        return self._readinto(buffer, True)

    def readline(self, size=-1):
        size = _size_argument(size)
        self._check_open("readline of closed file")
        self._check_readable()
        self._before_read()
        while True:
            end = self._read_buffer.find(b"\n")
            if end >= 0 and (size < 0 or end < size):
                size = end + 1
                break
            if 0 <= size <= len(self._read_buffer):
                break
            data = self._raw_read(self._buffer_size)
            if not data:
                break
            self._read_buffer += data
        if size < 0:
            size = len(self._read_buffer)
        result, self._read_buffer = self._read_buffer[:size], self._read_buffer[size:]
        return result

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ---- writing (BufferedWriter, BufferedRandom) ----

    def _check_writable(self):
        if not self._raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def _before_write(self):
        """A BufferedRandom puts the raw position back where the reader is before writing."""

    def write(self, data):
        self._check_attached()
        if self._raw.closed:
            raise ValueError("write to closed file")
        with memoryview(data) as view:
            data = view.tobytes()
        self._check_writable()
        self._before_write()
        if len(self._write_buffer) + len(data) <= self._buffer_size:
            self._write_buffer += data
            return len(data)
        # what is held goes out first; then whole buffers' worth straight to the raw stream, and the rest is held
        self._write_out()
        rest = memoryview(data)
        while len(rest) > self._buffer_size:
            written = self._raw.write(rest)
            if written is None:
                self._write_buffer += rest
                return len(data)
            rest = rest[written:]
        self._write_buffer += rest
        return len(data)

    def _write_out(self):
        while self._write_buffer:
            written = self._raw.write(bytes(self._write_buffer))
            if written is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            if written < 0 or written > len(self._write_buffer):
                raise OSError(f"raw write() returned invalid length {written} (should have been between 0 and "
                              f"{len(self._write_buffer)})")
            del self._write_buffer[:written]

    # ---- position ----

    def tell(self):
        self._check_attached()
        position = self._raw.tell()
        if position < 0:
            raise OSError(f"Raw stream returned invalid position {position}")
        return position - len(self._read_buffer) + len(self._write_buffer)

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _int_argument(whence)
        # SEEK_HOLE and SEEK_DATA (3 and 4 on Linux) go to the raw stream as they are
        if whence not in (0, 1, 2, 3, 4):
            raise ValueError(f"whence value {whence} unsupported")
        if not -9223372036854775808 <= pos <= 9223372036854775807:
            raise ValueError("cannot fit 'int' into an offset-sized integer")
        self._check_open("seek of closed file")
        if not self._raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        self._flush_unlocked()
        if whence == 1:
            pos -= len(self._read_buffer)
        self._read_buffer = b""
        position = self._raw.seek(pos, whence)
        if position < 0:
            raise OSError(f"Raw stream returned invalid position {position}")
        return position

    def truncate(self, pos=None):
        self._check_open("truncate of closed file")
        self._check_writable()
        self._flush_unlocked()
        if pos is None:
            pos = self.tell()
        self._rewind_read_buffer()
        return self._raw.truncate(pos)

    def _rewind_read_buffer(self):
        if self._read_buffer:
            self._raw.seek(-len(self._read_buffer), 1)
            self._read_buffer = b""


def _share_buffered_methods(cls):
    for name, value in _BufferedMethods.__dict__.items():
        if name not in ("__dict__", "__weakref__", "__module__", "__doc__", "__qualname__") and name not in cls.__dict__:
            setattr(cls, name, value)
    return cls


@_share_buffered_methods
class BufferedReader(_BufferedIOBase, metaclass=_JavaTwinType):
    """BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE): reads a raw stream in chunks."""

    __module__ = "_io"
    _java_twin = _FileBufferedReader

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        self._attach(raw, buffer_size)

    def writable(self):
        self._check_attached()
        return False

    def write(self, data):
        raise UnsupportedOperation("write")


@_share_buffered_methods
class BufferedWriter(_BufferedIOBase, metaclass=_JavaTwinType):
    """BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE): collects writes and passes them to a raw stream in
    chunks (on flush, close, seek, or when the buffer fills)."""

    __module__ = "_io"
    _java_twin = _FileBufferedWriter

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self._attach(raw, buffer_size)

    def readable(self):
        self._check_attached()
        return False

    def _flush_unlocked(self):
        self._write_out()

    def flush(self):
        self._check_open("flush of closed file")
        self._write_out()
        self._raw.flush()

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        raise UnsupportedOperation("read1")

    def peek(self, size=0):
        raise UnsupportedOperation("peek")

    def readinto(self, buffer):
        raise UnsupportedOperation("readinto")

    def readline(self, size=-1):
        raise UnsupportedOperation("readline")


@_share_buffered_methods
class BufferedRandom(_BufferedIOBase, metaclass=_JavaTwinType):
    """BufferedRandom(raw, buffer_size=DEFAULT_BUFFER_SIZE): buffered reading and writing of a seekable raw stream."""

    __module__ = "_io"
    _java_twin = _FileBufferedRandom

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self._attach(raw, buffer_size)

    def _flush_unlocked(self):
        self._write_out()

    def flush(self):
        self._check_open("flush of closed file")
        self._write_out()
        self._raw.flush()

    def _before_read(self):
        self._write_out()

    def _before_write(self):
        self._rewind_read_buffer()


class BufferedRWPair(_BufferedIOBase):
    """BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE): one stream reading from one raw stream and
    writing to another (the two ends of a pipe, say)."""

    __module__ = "_io"

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not writer.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def read(self, size=-1):
        return self._reader.read(-1 if size is None else size)

    def read1(self, size=-1):
        return self._reader.read1(size)

    def peek(self, size=0):
        return self._reader.peek(size)

    def readinto(self, buffer):
        return self._reader.readinto(buffer)

    def readinto1(self, buffer):
        return self._reader.readinto1(buffer)

    def readline(self, size=-1):
        return self._reader.readline(size)

    def __next__(self):
        return self._reader.__next__()

    def write(self, data):
        return self._writer.write(data)

    def flush(self):
        return self._writer.flush()

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def seekable(self):
        return False

    def isatty(self):
        # the writer is asked first, as CPython does
        return self._writer.isatty() or self._reader.isatty()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def closed(self):
        return self._writer.closed

    def __del__(self):
        _close_when_dropped(self)

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()


_io.BufferedReader = BufferedReader
_io.BufferedWriter = BufferedWriter
_io.BufferedRandom = BufferedRandom
_io.BufferedRWPair = BufferedRWPair


_io.TextIOWrapper = TextIOWrapper

# CPython writes these in C: their methods are method descriptors, which check the object they are called on
for _kind in (StringIO, BytesIO, TextIOWrapper):
    _io._methods_as_descriptors(_kind)
del _io._methods_as_descriptors

for _kind in (FileIO,):
    RawIOBase.register(_kind)
for _kind in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, _FileBufferedReader,
              _FileBufferedWriter, _FileBufferedRandom):
    BufferedIOBase.register(_kind)
for _kind in (StringIO, TextIOWrapper) + _JAVA_TEXT_STREAMS:
    TextIOBase.register(_kind)


def _register_standard_buffers():
    """The binary streams under sys.stdin and sys.stdout (Krait's own Java types) with the ABCs."""
    import sys
    for stream in (sys.__stdin__, sys.__stdout__):
        if stream is None:
            continue
        layer = stream.buffer
        if hasattr(layer, "raw"):
            BufferedIOBase.register(type(layer))
            layer = layer.raw
        RawIOBase.register(type(layer))


_register_standard_buffers()
del _kind
