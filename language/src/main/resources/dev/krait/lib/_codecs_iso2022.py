"""CPython's _codecs_iso2022 (Krait's implementation): getcodec for the ISO 2022 (iso2022_jp and its variants,
iso2022_kr) codecs;
a name Krait has no codec for is a LookupError, as an unknown one."""

from _multibytecodec import _getcodec

_NAMES = (
    "iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext")


def getcodec(name, /):
    return _getcodec(name, _NAMES)
