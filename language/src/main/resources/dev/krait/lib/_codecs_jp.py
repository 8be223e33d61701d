"""CPython's _codecs_jp (Krait's implementation): getcodec for the Japanese (shift_jis, cp932, euc_jp and their JIS X
0213 variants) codecs;
a name Krait has no codec for is a LookupError, as an unknown one."""

from _multibytecodec import _getcodec

_NAMES = ("shift_jis", "cp932", "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jisx0213", "euc_jis_2004")


def getcodec(name, /):
    return _getcodec(name, _NAMES)
