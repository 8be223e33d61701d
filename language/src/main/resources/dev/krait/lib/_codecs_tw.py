"""CPython's _codecs_tw (Krait's implementation): getcodec for the Taiwanese (big5, cp950) codecs;
a name Krait has no codec for is a LookupError, as an unknown one."""

from _multibytecodec import _getcodec

_NAMES = ("big5", "cp950")


def getcodec(name, /):
    return _getcodec(name, _NAMES)
