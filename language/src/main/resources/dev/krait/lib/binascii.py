"""Conversions between binary data and ASCII encodings (Krait's implementation): base64, hex, uuencode lines,
quoted-printable, and the crc32 and crc_hqx checksums (computed in Java)."""

from array import array as _array
import _krait_zlib


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"

_BASE64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_BASE64_VALUES = [None] * 256
for _i, _c in enumerate(_BASE64):
    _BASE64_VALUES[_c] = _i
del _i, _c
_HEX_DIGITS = frozenset(b"0123456789abcdefABCDEF")
_BUFFERS = (bytes, bytearray, memoryview, _array)


def _ascii_data(data):
    """The bytes of an a2b_* argument: a bytes-like object or an ASCII str."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if isinstance(data, _BUFFERS):
        return bytes(data)
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'")


def _binary_data(data):
    if isinstance(data, _BUFFERS):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def b2a_base64(data, /, *, newline=True):
    """The base64 encoding of data, with a newline at the end unless newline is false."""
    data = _binary_data(data)
    out = bytearray()
    table = _BASE64
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((table[n >> 18], table[(n >> 12) & 63], table[(n >> 6) & 63], table[n & 63]))
    rest = len(data) - full
    if rest == 1:
        n = data[full] << 16
        out += bytes((table[n >> 18], table[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((table[n >> 18], table[(n >> 12) & 63], table[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """The bytes of base64 data. Characters outside the alphabet are skipped unless strict_mode is true, and the
    data ends at the padding that completes a group of four."""
    data = _ascii_data(data)
    values = _BASE64_VALUES
    out = bytearray()
    group = 0
    pads = 0
    bits = 0
    count = 0
    padding_seen = False
    end = len(data)
    for i in range(end):
        c = data[i]
        if c == 61:  # '='
            padding_seen = True
            if strict_mode and i == 0:
                raise Error("Leading padding not allowed")
            if group >= 2:
                pads += 1
                if group + pads >= 4:
                    if strict_mode and i + 1 < end:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        value = values[c]
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_seen:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        count += 1
        if group == 0:
            bits = value
            group = 1
        elif group == 1:
            out.append(((bits << 2) | (value >> 4)) & 0xFF)
            bits = value & 0x0F
            group = 2
        elif group == 2:
            out.append(((bits << 4) | (value >> 2)) & 0xFF)
            bits = value & 0x03
            group = 3
        else:
            out.append(((bits << 6) | value) & 0xFF)
            group = 0
    if group == 1:
        raise Error(f"Invalid base64-encoded string: number of data characters ({count}) cannot be 1 more than "
                    "a multiple of 4")
    if group != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    """The hex digits of data, with sep (one character) between groups of bytes_per_sep bytes (counted from the
    right, or from the left when negative)."""
    data = _binary_data(data)
    if sep is None:
        return data.hex().encode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    if not isinstance(sep, (str, bytes)):
        raise TypeError("sep must be str or bytes.")
    # CPython puts the separator in as one byte, whatever character it is.
    separator = bytes((ord(sep) & 0xFF,)) if isinstance(sep, str) else bytes(sep)
    digits = data.hex().encode("ascii")
    step = abs(_index(bytes_per_sep))
    if step == 0 or len(data) <= step:
        return digits
    width = 2 * step
    if bytes_per_sep > 0:
        first = len(digits) % width or width
        groups = [digits[:first]] + [digits[i:i + width] for i in range(first, len(digits), width)]
    else:
        groups = [digits[i:i + width] for i in range(0, len(digits), width)]
    return separator.join(groups)


b2a_hex = hexlify


def unhexlify(hexstr, /):
    """The bytes whose hex digits are hexstr."""
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    digits = _HEX_DIGITS
    for c in data:
        if c not in digits:
            raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


a2b_hex = unhexlify


def b2a_uu(data, /, *, backtick=False):
    """One uuencoded line of at most 45 bytes: a length character, four characters per three bytes (zero-padded),
    a newline; with backtick, '`' stands for zero instead of a space."""
    data = _binary_data(data)
    if len(data) > 45:
        raise Error("At most 45 bytes at once")

    def char(value):
        return 0x60 if backtick and value == 0 else 0x20 + value

    out = bytearray((char(len(data)),))
    padded = data + bytes(-len(data) % 3)
    for i in range(0, len(padded), 3):
        group = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out += bytes(char((group >> shift) & 0x3F) for shift in (18, 12, 6, 0))
    out.append(0x0A)
    return bytes(out)


def a2b_uu(data, /):
    """The bytes of one uuencoded line. Its first character gives the length; missing characters count as zero
    bits, and what follows the data may only be spaces, '`' and line ends."""
    data = _ascii_data(data)
    length = ((data[0] if data else 0) - 0x20) & 0x3F
    out = bytearray()
    bits = 0
    buffer = 0
    position = 1
    while len(out) < length:
        char = data[position] if position < len(data) else None
        if char is None or char in b"\n\r":
            value = 0  # spaces lost at the end of a line
        else:
            if not 0x20 <= char <= 0x60:
                raise Error("Illegal char")
            value = (char - 0x20) & 0x3F
        position += 1
        buffer = (buffer << 6) | value
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((buffer >> bits) & 0xFF)
            buffer &= (1 << bits) - 1
    for char in data[position:]:
        if char not in b" `\n\r":
            raise Error("Trailing garbage")
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """data quoted-printable: '=XX' for '=', bytes beyond '~' and controls (spaces and tabs only with quotetabs or at
    a line's or the data's end), lines of at most 76 characters joined by soft breaks ('=' and a line end, that of
    the data's first line); with header, spaces become '_'; without istext, line ends are data too."""
    data = _binary_data(data)
    first_newline = data.find(b"\n")
    newline = b"\r\n" if first_newline > 0 and data[first_newline - 1] == 0x0D else b"\n"
    out = bytearray()
    line_length = 0
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if istext and (c == 0x0A or (c == 0x0D and i + 1 < n and data[i + 1] == 0x0A)):
            if out and out[-1] in (0x20, 0x09):  # whitespace at a line's end is quoted
                out[-1:] = b"=%02X" % out[-1]
            out += newline
            line_length = 0
            i += 2 if c == 0x0D else 1
            continue
        quoted = (c > 0x7E or c == 0x3D or (header and c == 0x5F)
                  or (c == 0x2E and line_length == 0 and (i + 1 == n or data[i + 1] in (0x0A, 0x0D, 0x00)))
                  or (not istext and c in (0x0A, 0x0D))
                  or (c in (0x20, 0x09) and i + 1 == n)
                  or (c < 0x21 and c not in (0x0A, 0x0D) and (quotetabs or c not in (0x20, 0x09))))
        if quoted:
            if line_length + 3 >= 76:
                out += b"=" + newline
                line_length = 0
            out += b"=%02X" % c
            line_length += 3
        else:
            if i + 1 != n and data[i + 1] != 0x0A and line_length + 1 >= 76:
                out += b"=" + newline
                line_length = 0
            out.append(0x5F if header and c == 0x20 else c)
            line_length += 1
        i += 1
    return bytes(out)


def a2b_qp(data, header=False):
    """The bytes of quoted-printable data: '=XX' a byte, '=' before a line end (or at the end) a soft break, '=='
    one '='; any other '=' stays; with header, '_' is a space."""
    data = _ascii_data(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 0x3D:
            out.append(0x20 if header and c == 0x5F else c)
            continue
        if i >= n:
            break
        c = data[i]
        if c in (0x0A, 0x0D):
            newline = data.find(b"\n", i)
            i = n if newline < 0 else newline + 1
        elif c == 0x3D:
            out.append(0x3D)
            i += 1
        elif i + 1 < n and data[i] in _HEX_DIGITS and data[i + 1] in _HEX_DIGITS:
            out.append(int(data[i:i + 2], 16))
            i += 2
        else:
            out.append(0x3D)
    return bytes(out)


def crc32(data, crc=0, /):
    """The CRC-32 of data, continuing from crc."""
    return _krait_zlib.crc32(_binary_data(data), _index(crc) & 0xFFFFFFFF)


def crc_hqx(data, crc, /):
    """The CRC-CCITT (binhex) checksum of data, continuing from crc."""
    return _krait_zlib.crc_hqx(_binary_data(data), _index(crc) & 0xFFFF)


def _index(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)
