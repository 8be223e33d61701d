"""The operator functions under the name CPython's C module has (Krait keeps them in operator.py)."""

from operator import *
from operator import __all__


def _compare_digest(a, b, /):
    """a == b for two str (ASCII only) or two bytes-like objects, taking a time that does not depend on where they
    differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode("ascii")
        b = b.encode("ascii")
    else:
        buffers = (bytes, bytearray, memoryview)
        if not isinstance(a, buffers) and not isinstance(b, buffers):
            raise TypeError("unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        for value in (a, b):
            if not isinstance(value, buffers):
                raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
    a = bytes(a)
    b = bytes(b)
    result = 0 if len(a) == len(b) else 1
    if result:
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
