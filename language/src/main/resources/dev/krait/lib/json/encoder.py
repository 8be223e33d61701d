"""json.encoder: JSONEncoder and the string encoders (the encoder itself is in json)."""

from json import JSONEncoder, _encode_string

__all__ = ["JSONEncoder"]

INFINITY = float("inf")

# The patterns and table of CPython's pure-Python string encoders, which programs use on their own; the patterns
# are compiled when first asked for, so that importing json does not import re.
_PATTERNS = {
    "ESCAPE": r'[\x00-\x1f\\"\b\f\n\r\t]',
    "ESCAPE_ASCII": r'([\\"]|[^\ -~])',
    "HAS_UTF8": b'[\x80-\xff]',
}


def __getattr__(name):
    source = _PATTERNS.get(name)
    if source is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import re
    pattern = re.compile(source)
    globals()[name] = pattern
    return pattern


ESCAPE_DCT = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), "\\u{0:04x}".format(_i))
del _i


def encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept."""
    return _encode_string(s, False)


def encode_basestring_ascii(s):
    """s as a JSON string literal of ASCII characters only (the others as \\uXXXX escapes)."""
    return _encode_string(s, True)


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
