"""CPython's _codecs_cn (Krait's implementation): getcodec for the Chinese (gb2312, gbk, gb18030, hz) codecs;
a name Krait has no codec for is a LookupError, as an unknown one."""

from _multibytecodec import _getcodec

_NAMES = ("gb2312", "gbk", "gb18030", "hz")


def getcodec(name, /):
    return _getcodec(name, _NAMES)
