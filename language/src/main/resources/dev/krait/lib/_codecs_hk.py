"""CPython's _codecs_hk (Krait's implementation): getcodec for the Hong Kong (big5hkscs) codecs;
a name Krait has no codec for is a LookupError, as an unknown one."""

from _multibytecodec import _getcodec

_NAMES = ("big5hkscs",)


def getcodec(name, /):
    return _getcodec(name, _NAMES)
