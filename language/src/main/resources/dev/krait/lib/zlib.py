"""Compression compatible with gzip (Krait's implementation): deflate data in the zlib, raw and gzip containers,
computed by the JDK's zlib through _krait_zlib, and the crc32/adler32 checksums."""

import _krait_zlib

DEFLATED = 8
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
MAX_WBITS = 15
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


class error(Exception):
    pass


error.__module__ = "zlib"

_BUFFERS = (bytes, bytearray, memoryview)


def _data(value):
    if not isinstance(value, _BUFFERS):
        raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
    return value


def _int(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _compress_wbits_ok(wbits):
    return 8 <= wbits <= 15 or -15 <= wbits <= -9 or 25 <= wbits <= 31


def _decompress_wbits_ok(wbits):
    return (wbits == 0 or 8 <= wbits <= 15 or -15 <= wbits <= -8 or wbits in (16, 32) or 24 <= wbits <= 31
            or 40 <= wbits <= 47)


def _strategy(strategy):
    if strategy in (Z_RLE, Z_FIXED):
        raise NotImplementedError("zlib: the Z_RLE and Z_FIXED strategies are not available in Krait "
                                  "(the JDK's deflater has only the default, filtered and Huffman-only ones)")
    return strategy


def crc32(data, value=0, /):
    """The CRC-32 of data, continuing from value."""
    return _krait_zlib.crc32(_data(data), _int(value) & 0xFFFFFFFF)


def adler32(data, value=1, /):
    """The Adler-32 checksum of data, continuing from value."""
    return _krait_zlib.adler32(_data(data), _int(value) & 0xFFFFFFFF)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """data compressed in one go: a zlib stream (or raw deflate or gzip, by wbits)."""
    _data(data)
    level = _int(level)
    wbits = _int(wbits)
    if not -1 <= level <= 9 or not _compress_wbits_ok(wbits):
        raise error("Bad compression level")
    stream = _krait_zlib.compressor(level, wbits, Z_DEFAULT_STRATEGY, None)
    return _krait_zlib.compress_all(stream, data)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """The data of a whole compressed stream (what follows its end is ignored)."""
    _data(data)
    wbits = _int(wbits)
    if _int(bufsize) < 0:
        raise ValueError("bufsize must be non-negative")
    if not _decompress_wbits_ok(wbits):
        raise error("Error -2 while preparing to decompress data: inconsistent stream state")
    result = _krait_zlib.decompress(_krait_zlib.decompressor(wbits, None), data, 0)
    if isinstance(result, str):
        raise error(result)
    if not result[2]:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return result[0]


class Compress:
    """A compression in progress: compress() each piece of data, then flush()."""

    __slots__ = ("_stream", "_finished")

    def compress(self, data, /):
        _data(data)
        if self._finished:
            raise error("Error -2 while compressing data: inconsistent stream state")
        return _krait_zlib.compress(self._stream, data)

    def flush(self, mode=Z_FINISH, /):
        mode = _int(mode)
        if mode == Z_NO_FLUSH:
            return b""
        if self._finished:
            raise error("Error -2 while flushing: inconsistent stream state")
        if mode in (Z_PARTIAL_FLUSH, Z_BLOCK, Z_TREES):
            raise NotImplementedError("zlib: Krait's deflater (the JDK's) offers only the Z_SYNC_FLUSH, Z_FULL_FLUSH "
                                      "and Z_FINISH flushes")
        if mode != Z_SYNC_FLUSH and mode != Z_FULL_FLUSH and mode != Z_FINISH:
            raise error("Error -2 while flushing: inconsistent stream state")
        if mode == Z_FINISH:
            self._finished = True
        return _krait_zlib.flush(self._stream, mode)

    def copy(self):
        raise NotImplementedError("zlib: Compress.copy() is not available in Krait (the JDK's deflater cannot be "
                                  "copied)")


class Decompress:
    """A decompression in progress: decompress() each piece; unused_data is what followed the stream's end."""

    __slots__ = ("_stream", "unused_data", "unconsumed_tail", "eof")

    def decompress(self, data, /, max_length=0):
        _data(data)
        max_length = _int(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.eof:
            self.unused_data += bytes(data)
            return b""
        result = _krait_zlib.decompress(self._stream, data, max_length)
        if isinstance(result, str):
            raise error(result)
        output, unconsumed, eof = result
        if eof:
            self.eof = True
            self.unused_data += unconsumed
            self.unconsumed_tail = b""
        else:
            self.unconsumed_tail = unconsumed
        return output

    def flush(self, length=DEF_BUF_SIZE, /):
        if _int(length) <= 0:
            raise ValueError("length must be greater than zero")
        if self.eof or not self.unconsumed_tail:
            return b""
        tail = self.unconsumed_tail
        self.unconsumed_tail = b""
        return self.decompress(tail)

    def copy(self):
        raise NotImplementedError("zlib: Decompress.copy() is not available in Krait (the JDK's inflater cannot be "
                                  "copied)")


Compress.__module__ = "zlib"
Decompress.__module__ = "zlib"


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """A Compress object. memLevel only tunes zlib's memory use: Krait's deflater always uses the default (8)."""
    level, method, wbits, memLevel, strategy = map(_int, (level, method, wbits, memLevel, strategy))
    if (not -1 <= level <= 9 or method != DEFLATED or not _compress_wbits_ok(wbits) or not 1 <= memLevel <= 9
            or not 0 <= strategy <= 4):
        raise ValueError("Invalid initialization option")
    if zdict is not None:
        _data(zdict)
    c = object.__new__(Compress)
    c._stream = _krait_zlib.compressor(level, wbits, _strategy(strategy), zdict)
    c._finished = False
    return c


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    """A Decompress object (zdict: the dictionary the stream was compressed with, if any)."""
    wbits = _int(wbits)
    _data(zdict)
    if not _decompress_wbits_ok(wbits):
        raise ValueError("Invalid initialization option")
    d = object.__new__(Decompress)
    d._stream = _krait_zlib.decompressor(wbits, bytes(zdict) if len(zdict) else None)
    d.unused_data = b""
    d.unconsumed_tail = b""
    d.eof = False
    return d
