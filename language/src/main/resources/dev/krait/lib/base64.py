"""Base16, Base32, Base64 (RFC 4648), Base85 and Ascii85 encodings (Krait's implementation, over binascii)."""

from array import array as _array
import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode", "b32decode",
           "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "b85encode", "b85decode", "a85encode",
           "a85decode", "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]

_BUFFERS = (bytes, bytearray, memoryview, _array)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return s.encode("ascii")
    if isinstance(s, _BUFFERS):
        return bytes(s)
    raise TypeError(f"argument should be a bytes-like object or ASCII string, not '{type(s).__name__}'")


# ---- base64 ----

def b64encode(s, altchars=None):
    """The base64 encoding of s; altchars (two bytes) replace '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes of base64 data; with validate, anything outside the alphabet is an error, else it is skipped."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_TO_URLSAFE = bytes.maketrans(b"+/", b"-_")
_FROM_URLSAFE = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    """base64 with '-' and '_' for '+' and '/'."""
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(_FROM_URLSAFE))


# ---- base32 ----

_B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_HEX_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# the padding that ends the encoding of 0..4 leftover bytes
_B32_PADDING = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    if not isinstance(s, _BUFFERS):
        raise TypeError(f"memoryview: a bytes-like object is required, not '{type(s).__name__}'")
    s = bytes(s)
    leftover = len(s) % 5
    if leftover:
        s += bytes(5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        n = int.from_bytes(s[i:i + 5], "big")
        out += bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
    pads = _B32_PADDING[leftover]
    if pads:
        out[-pads:] = b"=" * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b"=")
    pads = total - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    n = 0
    for i in range(0, len(s), 8):
        n = 0
        for c in s[i:i + 8]:
            value = values.get(c)
            if value is None:
                raise binascii.Error("Non-base32 digit found")
            n = (n << 5) | value
        out += n.to_bytes(5, "big")
    if pads not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    if pads and out:
        # the last group had fewer than 8 digits: shift them into place and keep the whole bytes
        last = (n << (5 * pads)).to_bytes(5, "big")
        keep = (43 - 5 * pads) // 8
        out[-5:] = last[:keep]
    return bytes(out)


def b32encode(s):
    """The base32 encoding of s."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes of base32 data; casefold accepts lower case, map01 says what letter the digit 1 stands for."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """The base32 encoding of s with the extended hex alphabet."""
    return _b32encode(_B32_HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32_HEX_ALPHABET, s, casefold)


# ---- base16 ----

def b16encode(s):
    """The upper-case hex digits of s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """The bytes of upper-case hex digits (either case with casefold)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# ---- base85 and Ascii85 ----

_A85_START = b"<~"
_A85_END = b"~>"
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def _85encode(b, alphabet, pad, fold_nuls, fold_spaces):
    if not isinstance(b, _BUFFERS):
        b = memoryview(b)
    b = bytes(b)
    padding = -len(b) % 4
    b += bytes(padding)
    groups = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], "big")
        if fold_nuls and word == 0:
            groups.append(b"z")
        elif fold_spaces and word == 0x20202020:
            groups.append(b"y")
        else:
            digits = bytearray(5)
            for j in range(4, -1, -1):
                word, digit = divmod(word, 85)
                digits[j] = alphabet[digit]
            groups.append(bytes(digits))
    if padding and not pad:
        if groups[-1] == b"z":
            groups[-1] = alphabet[0:1] * 5
        groups[-1] = groups[-1][:-padding]
    return b"".join(groups)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """The Ascii85 encoding of b: 'z' for four zero bytes, 'y' for four spaces with foldspaces, lines of wrapcol
    characters, and the <~ ~> frame with adobe."""
    result = _85encode(b, bytes(range(33, 118)), pad, True, foldspaces)
    if adobe:
        result = _A85_START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b"")
        result = b"\n".join(lines)
    if adobe:
        result += _A85_END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """The bytes of Ascii85 data."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError(f"Ascii85 encoded byte sequences must end with {_A85_END!r}")
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    out = []
    group = []
    for c in b + b"uuuu":
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                word = 0
                for digit in group:
                    word = word * 85 + (digit - 33)
                if word > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                out.append(word.to_bytes(4, "big"))
                group = []
        elif c == 122:  # 'z'
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out.append(b"\0\0\0\0")
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out.append(b"    ")
        elif c in ignorechars:
            continue
        else:
            raise ValueError(f"Non-Ascii85 digit found: {chr(c)}")
    result = b"".join(out)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


_B85_VALUES = [None] * 256
for _i, _c in enumerate(_B85_ALPHABET):
    _B85_VALUES[_c] = _i
del _i, _c


def b85encode(b, pad=False):
    """The base85 encoding of b (the alphabet of git and Mercurial)."""
    return _85encode(b, _B85_ALPHABET, pad, False, False)


def b85decode(b):
    """The bytes of base85 data."""
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b += b"~" * padding
    out = []
    for i in range(0, len(b), 5):
        word = 0
        for j in range(5):
            value = _B85_VALUES[b[i + j]]
            if value is None:
                raise ValueError(f"bad base85 character at position {i + j}")
            word = word * 85 + value
        if word > 0xFFFFFFFF:
            raise ValueError(f"bad base85 sequence at position {i}")
        out.append(word.to_bytes(4, "big"))
    result = b"".join(out)
    if padding:
        result = result[:-padding]
    return result


# ---- MIME base64 lines ----

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    if not isinstance(s, _BUFFERS):
        raise TypeError(f"expected bytes-like object, not {type(s).__name__}")
    if isinstance(s, memoryview) and (s.format not in ("c", "b", "B") or s.ndim != 1):
        raise TypeError(f"expected single byte elements, not {s.format!r} from {type(s).__name__}")


def encodebytes(s):
    """The base64 of s in lines of 76 characters, each ending with a newline."""
    _input_type_check(s)
    s = bytes(s)
    return b"".join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """The bytes of base64 lines."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Writes the base64 lines of a binary file's content to another binary file."""
    while True:
        data = input.read(MAXBINSIZE)
        if not data:
            break
        while len(data) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(data))
            if not more:
                break
            data += more
        output.write(binascii.b2a_base64(data))


def decode(input, output):
    """Writes the bytes of a binary file's base64 lines to another binary file."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
