"""The io stack in Python (Krait's implementation): a FileIO over the os module's descriptor functions, with io's
Python buffered and text classes layered on it by open(). The classes other than FileIO and open() are io's own
Python classes (BytesIO, StringIO, BufferedReader… TextIOWrapper), which work over any raw stream."""

import os
import io as _io_module
from io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, IOBase, RawIOBase, BufferedIOBase, TextIOBase,
                BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper,
                IncrementalNewlineDecoder, text_encoding, SEEK_SET, SEEK_CUR, SEEK_END)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
           "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
           "text_encoding", "IncrementalNewlineDecoder"]


def _parse_mode(mode, allowed):
    """The flags of a mode string: (reading, writing, appending, creating, updating, text, binary)."""
    modes = set(mode)
    if modes - set(allowed) or len(mode) > len(modes):
        raise ValueError(f"invalid mode: {mode!r}")
    return ("r" in modes, "w" in modes, "a" in modes, "x" in modes, "+" in modes, "t" in modes, "b" in modes)


class FileIO(RawIOBase):
    """A raw binary file over an operating-system file descriptor."""

    _fd = -1
    _closefd = True

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if self._fd >= 0:
            # a second __init__ of an open object closes what it had
            try:
                if self._closefd:
                    os.close(self._fd)
            finally:
                self._fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError(f"invalid mode: {mode}")
        reading, writing, appending, creating, updating, text, binary = _parse_mode(mode, "rwxab+")
        if reading + writing + appending + creating != 1:
            raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
        self._readable = reading or updating
        self._writable = not reading or updating
        self._appending = appending
        self._created = creating
        if updating:
            flags = os.O_RDWR
        elif reading:
            flags = os.O_RDONLY
        else:
            flags = os.O_WRONLY
        if writing:
            flags |= os.O_CREAT | os.O_TRUNC
        elif appending:
            flags |= os.O_CREAT | os.O_APPEND
        elif creating:
            flags |= os.O_CREAT | os.O_EXCL
        flags |= getattr(os, "O_CLOEXEC", 0)
        if isinstance(file, int) and not isinstance(file, bool):
            if file < 0:
                raise ValueError("negative file descriptor")
            fd = file
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if opener is None:
                fd = os.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError(f"opener returned {fd}")
        self._fd = fd
        self._closefd = bool(closefd)
        self.name = file
        if appending:
            try:
                os.lseek(fd, 0, SEEK_END)
            except OSError:
                pass

    def _check_open(self):
        if self._fd < 0:
            raise ValueError("I/O operation on closed file.")

    def _check_readable(self):
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")

    def _check_writable(self):
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    def fileno(self):
        self._check_open()
        return self._fd

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        try:
            os.lseek(self._fd, 0, SEEK_CUR)
        except OSError:
            return False
        return True

    def isatty(self):
        self._check_open()
        isatty = getattr(os, "isatty", None)
        if isatty is not None:
            return isatty(self._fd)
        # without os.isatty: the standard streams answer for their descriptors; a file opened by name is not a tty
        import sys
        for stream in (sys.__stdin__, sys.__stdout__, sys.__stderr__):
            if stream is not None and stream.fileno() == self._fd:
                return stream.isatty()
        return False

    def read(self, size=-1):
        self._check_open()
        self._check_readable()
        if size is None or size < 0:
            return self.readall()
        try:
            return os.read(self._fd, size)
        except BlockingIOError:
            return None

    def readall(self):
        self._check_open()
        self._check_readable()
        chunks = []
        while True:
            try:
                chunk = os.read(self._fd, DEFAULT_BUFFER_SIZE * 8)
            except BlockingIOError:
                if chunks:
                    break
                return None
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)

    def readinto(self, buffer):
        with memoryview(buffer) as view, view.cast("B") as target:
            data = self.read(len(target))
            if data is None:
                return None
            target[:len(data)] = data
            return len(data)

    def write(self, data):
        self._check_open()
        self._check_writable()
        try:
            return os.write(self._fd, data)
        except BlockingIOError:
            return None

    def seek(self, pos, whence=SEEK_SET):
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        self._check_open()
        return os.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_open()
        return os.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check_open()
        self._check_writable()
        if size is None:
            size = self.tell()
        os.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd >= 0:
            try:
                super().close()
            finally:
                if self._closefd:
                    os.close(self._fd)
                self._fd = -1

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} instances")

    def __repr__(self):
        name = f"{type(self).__module__}.{type(self).__qualname__}"
        if self.closed:
            return f"<{name} [closed]>"
        return f"<{name} name={self.name!r} mode={self.mode!r} closefd={self._closefd!r}>"


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """open() made of this module's FileIO and io's Python buffered and text classes."""
    if not isinstance(file, int):
        file = os.fspath(file)
    if not isinstance(file, (str, bytes, int)):
        raise TypeError(f"invalid file: {file!r}")
    if not isinstance(mode, str):
        raise TypeError(f"invalid mode: {mode!r}")
    if not isinstance(buffering, int):
        raise TypeError(f"invalid buffering: {buffering!r}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"invalid encoding: {encoding!r}")
    if errors is not None and not isinstance(errors, str):
        raise TypeError(f"invalid errors: {errors!r}")
    reading, writing, appending, creating, updating, text, binary = _parse_mode(mode, "axrwb+t")
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if reading + writing + appending + creating > 1:
        raise ValueError("can't have read/write/append mode at once")
    if not (reading or writing or appending or creating):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be "
                      "used", RuntimeWarning, 2)
    raw = FileIO(file, ("x" if creating else "") + ("r" if reading else "") + ("w" if writing else "")
                 + ("a" if appending else "") + ("+" if updating else ""), closefd, opener=opener)
    result = raw
    try:
        line_buffering = buffering == 1 or (buffering < 0 and raw.isatty())
        if buffering == 1 or buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif writing or creating or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, text_encoding(encoding), errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except:
        result.close()
        raise


def open_code(path):
    """Opens path for reading as code: open(path, "rb")."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


RawIOBase.register(FileIO)
