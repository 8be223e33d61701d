"""The utf_32_be codec (Krait's implementation: in Java, see codecs._builtin_codec); this module gives its CodecInfo's
parts."""

import codecs

_info = codecs._builtin_codec("utf_32_be")
IncrementalEncoder = _info.incrementalencoder
IncrementalDecoder = _info.incrementaldecoder
encode = _info.encode
decode = _info.decode
StreamReader = _info.streamreader
StreamWriter = _info.streamwriter


def getregentry():
    return _info
