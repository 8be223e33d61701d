"""Compression in the gzip file format (Krait's implementation): compress() and decompress() over zlib, and
GzipFile/open(). A GzipFile being read decompresses its whole file at the first read."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_BEST = 9
FHCRC, FEXTRA, FNAME, FCOMMENT = 2, 4, 8, 16
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Raised for a file that is not valid gzip data."""


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """data compressed into one gzip member; mtime (default: now) goes in the header."""
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    if compresslevel == _COMPRESS_LEVEL_BEST:
        extra_flags = 2
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        extra_flags = 4
    else:
        extra_flags = 0
    # magic, deflate, no flags, the time, the extra flags, an unknown OS (255)
    header = struct.pack("<BBBBLBB", 0x1F, 0x8B, 8, 0, int(mtime), extra_flags, 255)
    body = zlib.compress(data, level=compresslevel, wbits=-15)
    return header + body + struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)


def _header_end(data, pos):
    """Where the deflate data of the member at pos starts; None if there is no member there."""
    magic = data[pos:pos + 2]
    if magic == b"":
        return None
    if magic != b"\037\213":
        raise BadGzipFile(f"Not a gzipped file ({magic!r})")
    if len(data) < pos + 10:
        raise EOFError(_TRUNCATED)
    method, flags = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    at = pos + 10
    if flags & FEXTRA:
        if len(data) < at + 2:
            raise EOFError(_TRUNCATED)
        at += 2 + int.from_bytes(data[at:at + 2], "little")
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            end = data.find(b"\0", at)
            if end < 0:
                raise EOFError(_TRUNCATED)
            at = end + 1
    if flags & FHCRC:
        at += 2
    if at > len(data):
        raise EOFError(_TRUNCATED)
    return at


def decompress(data):
    """The data of all the gzip members in data, joined."""
    data = bytes(memoryview(data))
    members = []
    pos = 0
    while True:
        start = _header_end(data, pos)
        if start is None:
            return b"".join(members)
        d = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = d.decompress(data[start:])
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, size = struct.unpack("<II", d.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if size != len(out) & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        rest = d.unused_data[8:]
        skipped = len(rest) - len(rest.lstrip(b"\0"))
        pos = len(data) - len(rest) + skipped


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """A GzipFile over a file name, a path or a file object; in a text mode ("rt", "wt"…) a TextIOWrapper over it."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError(f"Invalid mode: {mode!r}")
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


class GzipFile(io.BufferedIOBase):
    """A binary file whose content is stored gzip-compressed in another file (fileobj) or a named file."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError(f"Invalid mode: {mode!r}")
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._data = None
            self._pos = 0
            self._mtime = None
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in future Python releases.  "
                              "Specify the mode argument for opening it for writing.", FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self._crc = zlib.crc32(b"")
            self._size = 0
            self._offset = 0
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError(f"Invalid mode: {mode!r}")
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_header(compresslevel)

    @property
    def mtime(self):
        """The modification time in the header of the last member read (None before reading)."""
        return self._mtime

    @property
    def closed(self):
        return self.fileobj is None

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _write_header(self, compresslevel):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            try:
                fname = fname.encode("latin-1")
            except UnicodeEncodeError:
                fname = b""
        if fname.endswith(b".gz"):
            fname = fname[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        if compresslevel == _COMPRESS_LEVEL_BEST:
            extra_flags = 2
        elif compresslevel == _COMPRESS_LEVEL_FAST:
            extra_flags = 4
        else:
            extra_flags = 0
        header = struct.pack("<BBBBLBB", 0x1F, 0x8B, 8, FNAME if fname else 0, int(mtime), extra_flags, 255)
        self.fileobj.write(header + (fname + b"\0" if fname else b""))

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            try:
                data = memoryview(data)
            except TypeError:
                raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def _load(self):
        """Decompresses the whole file at the first read: every member, checked."""
        if self._data is None:
            raw = self.fileobj.read()
            if raw[:2] == b"\037\213" and len(raw) >= 8:
                self._mtime = int.from_bytes(raw[4:8], "little")
            self._data = decompress(raw)
        return self._data

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, f"{what}() on write-only GzipFile object")

    def read(self, size=-1):
        self._check_read("read")
        data = self._load()
        end = len(data) if size is None or size < 0 else min(len(data), self._pos + size)
        result = data[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def read1(self, size=-1):
        self._check_read("read1")
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self.read(size)

    def peek(self, n):
        self._check_read("peek")
        data = self._load()
        return data[self._pos:self._pos + max(n, io.DEFAULT_BUFFER_SIZE)]

    def readinto(self, b):
        with memoryview(b) as view, view.cast("B") as target:
            data = self.read(len(target))
            target[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_read("readline")
        data = self._load()
        end = data.find(b"\n", self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = data[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check_not_closed()
        return self

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                fileobj.write(self._compress.flush())
                fileobj.write(struct.pack("<LL", self._crc, self._size & 0xFFFFFFFF))
        finally:
            self.fileobj = None
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._pos = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self._offset if self.mode == WRITE else self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_not_closed()
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self._offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self._offset:
                raise OSError("Negative seek in write mode")
            count = offset - self._offset
            if count:
                self.write(bytes(count))
            return self._offset
        data = self._load()
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            offset = len(data) + offset
        elif whence != io.SEEK_SET:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = max(0, offset)
        return self._pos

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()
