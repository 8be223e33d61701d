"""zipfile: reading and writing ZIP archives (written for Krait).

ZipFile opens an archive (a path or a file object) to read ('r'), write ('w', 'x') or append ('a'); members
are stored (ZIP_STORED) or compressed with zlib's deflate (ZIP_DEFLATED), and checked against their CRC-32
when read.  ZipInfo describes a member as the archive's central directory does.

Members encrypted with the traditional PKWARE cipher (ZipCrypto) are decrypted with a password (pwd=,
setpassword()); like CPython, zipfile does not encrypt.  Not here: ZIP64 archives (over 4 GiB or 65535
members: LargeZipFile), bzip2 and LZMA members (Krait has no bz2 or lzma module: RuntimeError, as in a CPython
built without them), PyZipFile and the command line.
"""

import binascii
import io
import os
import shutil
import stat
import struct
import sys
import threading
import time

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    crc32 = binascii.crc32

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile", "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """An archive that would need the ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

# the records of the format
structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)
structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)
structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)
structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
_DD_SIGNATURE = 0x08074b50

_MASK_ENCRYPTED = 1 << 0
_MASK_USE_DATA_DESCRIPTOR = 1 << 3
_MASK_COMPRESSED_PATCH = 1 << 5
_MASK_STRONG_ENCRYPTION = 1 << 6
_MASK_UTF_FILENAME = 1 << 11

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce', 6: 'implode', 7: 'tokenize',
    8: 'deflate', 9: 'deflate64', 10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77',
    97: 'wavpack', 98: 'ppmd',
}

# code page 437, the names of members without the UTF-8 flag: its characters 0x80-0xFF
_CP437_HIGH = ('ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌'
               '█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def _decode_name(raw, encoding):
    if encoding == 'cp437':
        try:
            return raw.decode('cp437')
        except LookupError:
            return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)
    return raw.decode(encoding)


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = None


class _ZipDecrypter:
    """The traditional PKWARE stream cipher, keyed by a password: called on encrypted bytes, returns them
    decrypted."""

    def __init__(self, pwd):
        global _CRC_TABLE
        if _CRC_TABLE is None:
            _CRC_TABLE = _crc_table()
        self.key0 = 305419896
        self.key1 = 591751049
        self.key2 = 878082192
        for c in pwd:
            self._update(c)

    def _update(self, c):
        table = _CRC_TABLE
        self.key0 = table[(self.key0 ^ c) & 0xff] ^ (self.key0 >> 8)
        self.key1 = ((self.key1 + (self.key0 & 0xff)) * 134775813 + 1) & 0xffffffff
        self.key2 = table[(self.key2 ^ (self.key1 >> 24)) & 0xff] ^ (self.key2 >> 8)

    def __call__(self, data):
        out = bytearray(len(data))
        for i, c in enumerate(data):
            k = self.key2 | 2
            c ^= ((k * (k ^ 1)) >> 8) & 0xff
            self._update(c)
            out[i] = c
        return bytes(out)


def _check_compression(compression):
    if compression == ZIP_STORED:
        return
    if compression == ZIP_DEFLATED:
        if not zlib:
            raise RuntimeError("Compression requires the (missing) zlib module")
        return
    if compression == ZIP_BZIP2:
        try:
            import bz2
        except ImportError:
            raise RuntimeError("Compression requires the (missing) bz2 module") from None
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        try:
            import lzma
        except ImportError:
            raise RuntimeError("Compression requires the (missing) lzma module") from None
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _compressor(compress_type, level=None):
    if compress_type == ZIP_DEFLATED:
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION if level is None else level, zlib.DEFLATED, -15)
    return None


def _decompressor(compress_type):
    _check_compression(compress_type)
    if compress_type == ZIP_STORED:
        return None
    if compress_type == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    description = compressor_names.get(compress_type)
    if description:
        raise NotImplementedError("compression type %d (%s)" % (compress_type, description))
    raise NotImplementedError("compression type %d" % (compress_type,))


def _end_record(fp):
    """The end-of-central-directory record as a list (its fields, then the comment and the record's offset),
    or None when the file has none."""
    fp.seek(0, 2)
    filesize = fp.tell()
    try:
        fp.seek(-sizeEndCentDir, 2)
    except OSError:
        return None
    data = fp.read()
    if len(data) == sizeEndCentDir and data[0:4] == stringEndArchive and data[-2:] == b"\000\000":
        record = list(struct.unpack(structEndArchive, data))
        record.append(b"")
        record.append(filesize - sizeEndCentDir)
        return record
    # a comment follows the record: look for it in the last 64 KiB
    search_start = max(filesize - (1 << 16) - sizeEndCentDir, 0)
    fp.seek(search_start, 0)
    data = fp.read()
    start = data.rfind(stringEndArchive)
    if start >= 0:
        raw = data[start:start + sizeEndCentDir]
        if len(raw) != sizeEndCentDir:
            return None
        record = list(struct.unpack(structEndArchive, raw))
        comment_size = record[7]
        record.append(data[start + sizeEndCentDir:start + sizeEndCentDir + comment_size])
        record.append(search_start + start)
        return record
    return None


def _check_zipfile(fp):
    try:
        record = _end_record(fp)
        if record:
            if record[4] == 0 and record[5] == 0 and record[6] == 0:
                return True  # an empty archive
            if record[1] == record[2]:
                fp.seek(record[6])
                if fp.read(4) == stringCentralDir:
                    return True
    except OSError:
        pass
    return False


def is_zipfile(filename):
    """Whether a file (a path or a file object) is a ZIP archive, judged by its end record."""
    result = False
    try:
        if hasattr(filename, "read"):
            result = _check_zipfile(filename)
        else:
            with open(filename, "rb") as fp:
                result = _check_zipfile(fp)
    except OSError:
        pass
    return result


def _dos_time(date_time):
    year, month, day, hour, minute, second = date_time[:6]
    return (hour << 11 | minute << 5 | second // 2), ((year - 1980) << 9 | month << 5 | day)


class ZipInfo:
    """A member of an archive: its name, time, compression, sizes, CRC and attributes."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel', 'comment',
                 'extra', 'create_system', 'create_version', 'extract_version', 'reserved', 'flag_bits',
                 'volume', 'internal_attr', 'external_attr', 'header_offset', 'CRC', 'compress_size',
                 'file_size', '_raw_time', '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[:null]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    def __repr__(self):
        result = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            result.append(' compress_type=%s' % compressor_names.get(self.compress_type, self.compress_type))
        high = self.external_attr >> 16
        low = self.external_attr & 0xFFFF
        if high:
            result.append(' filemode=%r' % stat.filemode(high))
        if low:
            result.append(' external_attr=%#x' % low)
        is_dir = self.is_dir()
        if not is_dir or self.file_size:
            result.append(' file_size=%r' % self.file_size)
        if (not is_dir or self.compress_size) and (self.compress_type != ZIP_STORED
                                                   or self.file_size != self.compress_size):
            result.append(' compress_size=%r' % self.compress_size)
        result.append('>')
        return ''.join(result)

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _MASK_UTF_FILENAME

    def FileHeader(self, zip64=None):
        """The member's local file header."""
        dostime, dosdate = _dos_time(self.date_time)
        if self.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            crc = compress_size = file_size = 0
        else:
            crc = self.CRC
            compress_size = self.compress_size
            file_size = self.file_size
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        filename, flag_bits = self._encodeFilenameFlags()
        header = struct.pack(structFileHeader, stringFileHeader, self.extract_version, self.reserved, flag_bits,
                             self.compress_type, dostime, dosdate, crc, compress_size, file_size,
                             len(filename), len(self.extra))
        return header + filename + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file of the file system, to be stored as arcname (its path by default)."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        is_dir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if is_dir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if is_dir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        """Whether the member is a directory (its name ends with '/')."""
        return self.filename[-1] == '/'


class _SharedFile:
    """The archive's file as one member's reader sees it: its own position in a file others also read."""

    def __init__(self, file, pos, close, lock, writing):
        self._file = file
        self._pos = pos
        self._close = close
        self._lock = lock
        self._writing = writing
        self.seekable = file.seekable

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        with self._lock:
            if self._writing():
                raise ValueError("Can't reposition in the ZIP file while there is an open writing handle on "
                                 "it. Close the writing handle before trying to read.")
            self._file.seek(offset, whence)
            self._pos = self._file.tell()
            return self._pos

    def read(self, n=-1):
        with self._lock:
            if self._writing():
                raise ValueError("Can't read from the ZIP file while there is an open writing handle on it. "
                                 "Close the writing handle before trying to read.")
            self._file.seek(self._pos)
            data = self._file.read(n)
            self._pos = self._file.tell()
            return data

    def close(self):
        if self._file is not None:
            file = self._file
            self._file = None
            self._close(file)


class _Tellable:
    """A write-only stream that cannot tell its position, counted here."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += n
        return n

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading: its data decompressed as it is read, its CRC checked at its end."""

    MAX_N = 1 << 31 - 1
    MIN_READ_SIZE = 4096
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._compress_left = zipinfo.compress_size
        self._left = zipinfo.file_size
        self._decompressor = _decompressor(self._compress_type)
        self._eof = False
        self._readbuffer = b''
        self._offset = 0
        self.newlines = None
        self.mode = mode
        self.name = zipinfo.filename
        if hasattr(zipinfo, 'CRC'):
            self._expected_crc = zipinfo.CRC
        else:
            self._expected_crc = None
        self._running_crc = crc32(b'')
        self._decrypter = None
        self._pwd = pwd
        self._seekable = False
        try:
            if fileobj.seekable():
                self._orig_compress_start = fileobj.tell()
                self._orig_compress_size = zipinfo.compress_size
                self._orig_file_size = zipinfo.file_size
                self._orig_start_crc = self._running_crc
                self._seekable = True
        except AttributeError:
            pass
        if pwd:
            if zipinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                check_byte = (zipinfo._raw_time >> 8) & 0xff
            else:
                check_byte = (zipinfo.CRC >> 24) & 0xff
            if self._init_decrypter() != check_byte:
                raise RuntimeError("Bad password for file %r" % zipinfo.orig_filename)

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self.closed:
            result.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._compress_type != ZIP_STORED:
                result.append(' compress_type=%s' % compressor_names.get(self._compress_type,
                                                                         self._compress_type))
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _init_decrypter(self):
        """Key the cipher and read the 12-byte encryption header; its last byte checks the password."""
        self._decrypter = _ZipDecrypter(self._pwd)
        header = self._fileobj.read(12)
        self._compress_left -= 12
        return self._decrypter(header)[11]

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def _update_crc(self, data):
        if self._expected_crc is None:
            return
        self._running_crc = crc32(data, self._running_crc)
        if self._eof and self._running_crc != self._expected_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def _read_raw(self, n):
        if self._compress_left <= 0:
            return b''
        n = max(n, self.MIN_READ_SIZE)
        n = min(n, self._compress_left)
        data = self._fileobj.read(n)
        self._compress_left -= len(data)
        if not data:
            raise EOFError
        if self._decrypter is not None:
            data = self._decrypter(data)
        return data

    def _read_chunk(self, n):
        """Up to n more bytes of the member's data (fewer at its end)."""
        if n <= 0 or self._eof:
            return b''
        if self._compress_type == ZIP_STORED:
            data = self._read_raw(n)
            if len(data) > self._left:
                data = data[:self._left]
            self._left -= len(data)
            if self._left <= 0 or not data:
                self._eof = True
            self._update_crc(data)
            return data
        # deflate
        data = self._decompressor.unconsumed_tail
        if n > len(data):
            data += self._read_raw(n - len(data))
        data = self._decompressor.decompress(data, n)
        self._eof = self._decompressor.eof or (self._compress_left <= 0
                                               and not self._decompressor.unconsumed_tail)
        if self._eof:
            data += self._decompressor.flush()
        data = data[:self._left]
        self._left -= len(data)
        if self._left <= 0:
            self._eof = True
        self._update_crc(data)
        return data

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            buf = self._readbuffer[self._offset:]
            self._readbuffer = b''
            self._offset = 0
            while not self._eof:
                buf += self._read_chunk(self.MAX_N)
            return buf
        end = n + self._offset
        if end < len(self._readbuffer):
            buf = self._readbuffer[self._offset:end]
            self._offset = end
            return buf
        n = end - len(self._readbuffer)
        buf = self._readbuffer[self._offset:]
        self._readbuffer = b''
        self._offset = 0
        while n > 0 and not self._eof:
            data = self._read_chunk(n)
            if n < len(data):
                self._readbuffer = data
                self._offset = n
                buf += data[:n]
                break
            buf += data
            n -= len(data)
        return buf

    def read1(self, n=-1):
        if n is None or n < 0:
            return self.read()
        if self._offset < len(self._readbuffer):
            buf = self._readbuffer[self._offset:self._offset + n]
            self._offset += len(buf)
            return buf
        return self.read(n)

    def peek(self, n=1):
        if n > len(self._readbuffer) - self._offset:
            chunk = self.read(n)
            if len(chunk) > self._offset:
                self._readbuffer = chunk + self._readbuffer[self._offset:]
                self._offset = 0
            else:
                self._offset -= len(chunk)
        return self._readbuffer[self._offset:self._offset + 512]

    def readline(self, limit=-1):
        if limit < 0:
            limit = sys.maxsize
        line = b''
        while len(line) < limit:
            if self._offset >= len(self._readbuffer):
                self._readbuffer = self._read_chunk(max(self.MIN_READ_SIZE, 1))
                self._offset = 0
                if not self._readbuffer:
                    break
            end = self._readbuffer.find(b'\n', self._offset)
            stop = len(self._readbuffer) if end < 0 else end + 1
            stop = min(stop, self._offset + limit - len(line))
            line += self._readbuffer[self._offset:stop]
            self._offset = stop
            if line.endswith(b'\n'):
                break
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        return self

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super().close()

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._orig_file_size - self._left - len(self._readbuffer) + self._offset

    def seek(self, offset, whence=os.SEEK_SET):
        if self.closed:
            raise ValueError("seek on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        current = self.tell()
        if whence == os.SEEK_SET:
            target = offset
        elif whence == os.SEEK_CUR:
            target = current + offset
        elif whence == os.SEEK_END:
            target = self._orig_file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, self._orig_file_size))
        if target < current:
            # start again from the member's beginning
            self._fileobj.seek(self._orig_compress_start)
            self._running_crc = self._orig_start_crc
            self._compress_left = self._orig_compress_size
            self._left = self._orig_file_size
            self._readbuffer = b''
            self._offset = 0
            self._decompressor = _decompressor(self._compress_type)
            self._eof = False
            if self._decrypter is not None:
                self._init_decrypter()
            current = 0
        while current < target:
            chunk = self.read(min(target - current, self.MAX_SEEK_READ))
            if not chunk:
                break
            current += len(chunk)
        return self.tell()


class _ZipWriteFile(io.BufferedIOBase):
    """A member opened for writing: compressed and counted as written; its header completed at close()."""

    def __init__(self, zf, zinfo, zip64):
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        self._compressor = _compressor(zinfo.compress_type, zinfo._compresslevel)
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0

    @property
    def _fileobj(self):
        return self._zipfile.fp

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            nbytes = len(data)
        else:
            data = memoryview(data)
            nbytes = data.nbytes
        self._file_size += nbytes
        self._crc = crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        else:
            self._compress_size += nbytes
        self._fileobj.write(data)
        return nbytes

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            if self._compressor:
                rest = self._compressor.flush()
                self._compress_size += len(rest)
                self._fileobj.write(rest)
                self._zinfo.compress_size = self._compress_size
            else:
                self._zinfo.compress_size = self._file_size
            self._zinfo.CRC = self._crc
            self._zinfo.file_size = self._file_size
            if not self._zip64:
                if self._file_size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if self._compress_size > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            if self._zinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                self._fileobj.write(struct.pack('<LLLL', _DD_SIGNATURE, self._zinfo.CRC,
                                                self._zinfo.compress_size, self._zinfo.file_size))
                self._zipfile.start_dir = self._fileobj.tell()
            else:
                # go back and write the header again, now with the CRC and the sizes
                self._zipfile.start_dir = self._fileobj.tell()
                self._fileobj.seek(self._zinfo.header_offset)
                self._fileobj.write(self._zinfo.FileHeader(self._zip64))
                self._fileobj.seek(self._zipfile.start_dir)
            self._zipfile.filelist.append(self._zinfo)
            self._zipfile.NameToInfo[self._zinfo.filename] = self._zinfo
        finally:
            self._zipfile._writing = False


class ZipFile:
    """A ZIP archive: ZipFile(file, mode='r', compression=ZIP_STORED, allowZip64=True, compresslevel=None,
    *, strict_timestamps=True, metadata_encoding=None), file a path or a file object, mode 'r', 'w', 'x' or
    'a'."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, compresslevel=None, *,
                 strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if self.metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            try:
                self.fp = io.open(file, modes[mode])
            except OSError:
                if mode == 'a':
                    mode = 'w'
                    self.fp = io.open(file, 'w+b')
                else:
                    raise
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._fileRefCnt = 1
        self._lock = threading.RLock()
        self._seekable = True
        self._writing = False
        try:
            if mode == 'r':
                self._RealGetContents()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.fp = _Tellable(self.fp)
                    self.start_dir = 0
                    self._seekable = False
                else:
                    try:
                        self.fp.seek(self.start_dir)
                    except (AttributeError, OSError):
                        self._seekable = False
            elif mode == 'a':
                try:
                    self._RealGetContents()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # not an archive: append one at its end
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _RealGetContents(self):
        fp = self.fp
        try:
            record = _end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not record:
            raise BadZipFile("File is not a zip file")
        if record[0] != stringEndArchive:
            raise BadZipFile("File is not a zip file")
        if record[4] == 0xFFFF or record[6] == 0xFFFFFFFF:
            raise LargeZipFile("ZIP64 archives are not supported by Krait's zipfile")
        size_cd = record[5]
        offset_cd = record[6]
        self._comment = record[8]
        concat = record[9] - size_cd - offset_cd  # bytes before the archive (a self-extractor's program)
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir, 0)
        data = fp.read(size_cd)
        directory = io.BytesIO(data)
        total = 0
        while total < size_cd:
            centdir = directory.read(sizeCentralDir)
            if len(centdir) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            centdir = struct.unpack(structCentralDir, centdir)
            if centdir[0] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            raw_name = directory.read(centdir[12])
            flags = centdir[5]
            if flags & _MASK_UTF_FILENAME:
                filename = raw_name.decode('utf-8')
            else:
                filename = _decode_name(raw_name, self.metadata_encoding or 'cp437')
            x = ZipInfo(filename)
            x.extra = directory.read(centdir[13])
            x.comment = directory.read(centdir[14])
            x.header_offset = centdir[18]
            (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits, x.compress_type,
             t, d, x.CRC, x.compress_size, x.file_size) = centdir[1:12]
            if x.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (x.extract_version / 10))
            x.volume, x.internal_attr, x.external_attr = centdir[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F, t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x.header_offset = x.header_offset + concat
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
            total = total + sizeCentralDir + centdir[12] + centdir[13] + centdir[14]

    def namelist(self):
        """The members' names, in the archive's order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The members' ZipInfo objects, in the archive's order."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of the members (name, time, size) to file (sys.stdout)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, date, info.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data is damaged (bad CRC), or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of the member `name` (KeyError when there is none)."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The archive's comment (bytes)."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes' % ZIP_MAX_COMMENT,
                          stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        """The (decompressed) data of a member."""
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A member (a name or ZipInfo) as a file: a ZipExtFile to read, or with mode 'w' a file whose
        writes become a new member."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        self._fileRefCnt += 1
        shared = _SharedFile(self.fp, zinfo.header_offset, self._fpclose, self._lock, lambda: self._writing)
        try:
            header = shared.read(sizeFileHeader)
            if len(header) != sizeFileHeader:
                raise BadZipFile("Truncated file header")
            header = struct.unpack(structFileHeader, header)
            if header[0] != stringFileHeader:
                raise BadZipFile("Bad magic number for file header")
            raw_name = shared.read(header[10])
            if header[11]:
                shared.read(header[11])
            if zinfo.flag_bits & _MASK_COMPRESSED_PATCH:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if zinfo.flag_bits & _MASK_STRONG_ENCRYPTION:
                raise NotImplementedError("strong encryption (flag bit 6)")
            if header[3] & _MASK_UTF_FILENAME:
                name_in_header = raw_name.decode("utf-8")
            else:
                name_in_header = _decode_name(raw_name, self.metadata_encoding or "cp437")
            if name_in_header != zinfo.orig_filename:
                raise BadZipFile('File name in directory %r and header %r differ.'
                                 % (zinfo.orig_filename, raw_name))
            if zinfo.flag_bits & _MASK_ENCRYPTED:
                if not pwd:
                    pwd = self.pwd
                if pwd and not isinstance(pwd, bytes):
                    raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
                if not pwd:
                    raise RuntimeError("File %r is encrypted, password required for extraction" % name)
            else:
                pwd = None
            return ZipExtFile(shared, mode, zinfo, pwd, True)
        except:
            shared.close()
            raise

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                             "Close the first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if not self._seekable:
            zinfo.flag_bits |= _MASK_USE_DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        zip64 = force_zip64 or (zinfo.file_size * 1.05 > ZIP64_LIMIT)
        if zip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def extract(self, member, path=None, pwd=None):
        """Write a member into directory path (the current one) under its name; the file's path is
        returned."""
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract all the members (or those given) into directory path (the current one)."""
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for member in members:
            self._extract_member(member, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        # no absolute paths, '.' or '..' components: members stay inside targetpath
        arcname = os.path.sep.join(part for part in arcname.split(os.path.sep)
                                   if part not in ('', os.path.curdir, os.path.pardir))
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
            raise LargeZipFile("Files count would require ZIP64 extensions")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add a file of the file system (a directory becomes a directory member) as arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = compress_type if compress_type is not None else self.compression
        zinfo._compresslevel = compresslevel if compresslevel is not None else self.compresslevel
        with open(filename, "rb") as source, self.open(zinfo, 'w') as dest:
            shutil.copyfileobj(source, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member with the given data (str is encoded as UTF-8), named by a name or a ZipInfo."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename.endswith('/'):
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self._lock:
            with self.open(zinfo, mode='w') as dest:
                dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory member (a name, or a ZipInfo of a directory)."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            directory_name = zinfo_or_directory_name
            if not directory_name.endswith("/"):
                directory_name += "/"
            zinfo = ZipInfo(directory_name)
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self._seekable:
                self.fp.seek(self.start_dir)
            zinfo.header_offset = self.fp.tell()
            self._writecheck(zinfo)
            self._didModify = True
            self.filelist.append(zinfo)
            self.NameToInfo[zinfo.filename] = zinfo
            self.fp.write(zinfo.FileHeader(False))
            self.start_dir = self.fp.tell()

    def __del__(self):
        self.close()

    def close(self):
        """Write the central directory (when the archive was changed) and close the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)

    def _write_end_record(self):
        for zinfo in self.filelist:
            dostime, dosdate = _dos_time(zinfo.date_time)
            if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT \
                    or zinfo.header_offset > ZIP64_LIMIT:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            filename, flag_bits = zinfo._encodeFilenameFlags()
            centdir = struct.pack(structCentralDir, stringCentralDir, zinfo.create_version, zinfo.create_system,
                                  zinfo.extract_version, zinfo.reserved, flag_bits, zinfo.compress_type,
                                  dostime, dosdate, zinfo.CRC, zinfo.compress_size, zinfo.file_size,
                                  len(filename), len(zinfo.extra), len(zinfo.comment), 0, zinfo.internal_attr,
                                  zinfo.external_attr, zinfo.header_offset)
            self.fp.write(centdir)
            self.fp.write(filename)
            self.fp.write(zinfo.extra)
            self.fp.write(zinfo.comment)
        end = self.fp.tell()
        count = len(self.filelist)
        size = end - self.start_dir
        endrec = struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count, size, self.start_dir,
                             len(self._comment))
        self.fp.write(endrec)
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()

    def _fpclose(self, fp):
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()


class PyZipFile(ZipFile):
    """Not in Krait: an archive of compiled Python modules needs CPython's bytecode."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("PyZipFile needs CPython's bytecode compiler, which Krait does not have")


def _ancestry(path):
    """path and its parents, without the trailing slash: 'a/b/c' -> 'a/b/c', 'a/b', 'a'."""
    import posixpath
    path = path.rstrip('/')
    while path and path != '/':
        yield path
        path, _tail = posixpath.split(path)


class CompleteDirs(ZipFile):
    """A ZipFile whose names include the directories its members imply (a/ for a member a/b.txt)."""

    @staticmethod
    def _implied_dirs(names):
        seen = set(names)
        implied = []
        for name in names:
            for parent in list(_ancestry(name))[1:]:
                directory = parent + '/'
                if directory not in seen:
                    seen.add(directory)
                    implied.append(directory)
        return dict.fromkeys(implied)

    def namelist(self):
        names = super().namelist()
        return names + list(self._implied_dirs(names))

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """name, or name + '/' when that is a directory of the archive and name is not a member."""
        names = self._name_set()
        dirname = name + '/'
        return dirname if name not in names and dirname in names else name

    def getinfo(self, name):
        try:
            return super().getinfo(name)
        except KeyError:
            if not name.endswith('/') or name not in self._name_set():
                raise
            return ZipInfo(filename=name)

    @classmethod
    def make(cls, source):
        """A CompleteDirs for a ZipFile (made one in place) or for a path."""
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        if 'r' not in source.mode:
            cls = CompleteDirs
        source.__class__ = cls
        return source


class FastLookup(CompleteDirs):
    """A CompleteDirs of an archive opened for reading: its names computed once."""

    def namelist(self):
        try:
            return self.__names
        except AttributeError:
            self.__names = super().namelist()
            return self.__names

    def _name_set(self):
        try:
            return self.__lookup
        except AttributeError:
            self.__lookup = super()._name_set()
            return self.__lookup


class Path:
    """A pathlib-like view of a member or directory of an archive: Path(zipfile_or_path, at='')."""

    __repr = "{self.__class__.__name__}({self.root.filename!r}, {self.at!r})"

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def __eq__(self, other):
        if self.__class__ is not other.__class__:
            return NotImplemented
        return (self.root, self.at) == (other.root, other.at)

    def __hash__(self):
        return hash((self.root, self.at))

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """The member as a file: text (TextIOWrapper; encoding and the rest as its arguments) or binary
        ('rb', 'wb')."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if not self.exists() and zip_mode == 'r':
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        encoding = args[0] if args else kwargs.pop('encoding', None)
        return io.TextIOWrapper(stream, encoding, *args[1:], **kwargs)

    @property
    def name(self):
        import pathlib
        return pathlib.PurePosixPath(self.at).name or self.filename.name

    @property
    def suffix(self):
        import pathlib
        return pathlib.PurePosixPath(self.at).suffix or self.filename.suffix

    @property
    def suffixes(self):
        import pathlib
        return pathlib.PurePosixPath(self.at).suffixes or self.filename.suffixes

    @property
    def stem(self):
        import pathlib
        return pathlib.PurePosixPath(self.at).stem or self.filename.stem

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()

    def _is_child(self, path):
        import posixpath
        return posixpath.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def _next(self, at):
        return self.__class__(self.root, at)

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self.root._name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        return filter(self._is_child, map(self._next, self.root.namelist()))

    def match(self, path_pattern):
        import pathlib
        return pathlib.PurePosixPath(self.at).match(path_pattern)

    def is_symlink(self):
        return False

    def glob(self, pattern):
        """The members and directories under this one whose paths match pattern ('*' within a name, '**'
        across directories, [sets])."""
        import re
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        parts = []
        for piece in re.finditer(r'(?P<set>\[[^\]]*\])|(?P<text>[^\[]+|\[)', pattern):
            if piece.group('set'):
                parts.append(piece.group('set'))
            else:
                parts.append(re.escape(piece.group(0)).replace('\\*\\*', '.*').replace('\\*', '[^/]*'))
        matches = re.compile(re.escape(self.at) + ''.join(parts)).fullmatch
        return map(self._next, filter(matches, self.root.namelist()))

    def rglob(self, pattern):
        return self.glob(f'**/{pattern}')

    def relative_to(self, other, *extra):
        import posixpath
        return posixpath.relpath(str(self), str(other.joinpath(*extra)))

    def __str__(self):
        import posixpath
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return self.__repr.format(self=self)

    def joinpath(self, *other):
        import posixpath
        return self._next(self.root.resolve_dir(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    @property
    def parent(self):
        import posixpath
        if not self.at:
            return self.filename.parent
        parent_at = posixpath.dirname(self.at.rstrip('/'))
        if parent_at:
            parent_at += '/'
        return self._next(parent_at)
