"""CPython's _codecs_kr (Krait's implementation): getcodec for the Korean (euc_kr, cp949, johab) codecs;
a name Krait has no codec for is a LookupError, as an unknown one."""

from _multibytecodec import _getcodec

_NAMES = ("euc_kr", "cp949", "johab")


def getcodec(name, /):
    return _getcodec(name, _NAMES)
