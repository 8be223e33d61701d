"""Compression in the gzip file format (Krait's implementation): compress() and decompress() over zlib."""

import struct
import time
import zlib

__all__ = ["BadGzipFile", "compress", "decompress"]

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
