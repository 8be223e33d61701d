"""json.encoder: JSONEncoder and the string encoders (the encoder itself is in json)."""

from json import JSONEncoder, _encode_string

__all__ = ["JSONEncoder"]

INFINITY = float("inf")


def encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept."""
    return _encode_string(s, False)


def encode_basestring_ascii(s):
    """s as a JSON string literal of ASCII characters only (the others as \\uXXXX escapes)."""
    return _encode_string(s, True)


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
