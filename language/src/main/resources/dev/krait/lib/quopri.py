"""Quoted-printable encoding of binary files and byte strings (RFC 1521), Krait's implementation over binascii's
b2a_qp and a2b_qp."""

import binascii

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b"="
MAXLINESIZE = 76
HEX = b"0123456789ABCDEF"
EMPTYSTRING = b""


def needsquoting(c, quotetabs, header):
    """Whether the single byte c must be written as an escape."""
    assert isinstance(c, bytes)
    if c in b" \t":
        return quotetabs
    if c == b"_":
        return header
    return c == ESCAPE or not (b" " <= c <= b"~")


def quote(c):
    """The escape of the single byte c."""
    assert isinstance(c, bytes) and len(c) == 1
    return b"=%02X" % ord(c)


def ishex(c):
    """Whether the single byte c is a hex digit."""
    assert isinstance(c, bytes)
    return b"0" <= c <= b"9" or b"a" <= c <= b"f" or b"A" <= c <= b"F"


def unhex(s):
    """The value of the hex digits s."""
    return int(s, 16)


def encode(input, output, quotetabs, header=False):
    """Reads the binary file input and writes it quoted-printable to the binary file output."""
    output.write(binascii.b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return binascii.b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Reads the quoted-printable binary file input and writes what it stands for to the binary file output."""
    output.write(binascii.a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return binascii.a2b_qp(s, header=header)
