"""The utf_7 codec (Krait's implementation: codecs.utf_7_encode and utf_7_decode); this module gives its CodecInfo's
parts."""

import codecs

_info = codecs._builtin_codec("utf_7")
IncrementalEncoder = _info.incrementalencoder
IncrementalDecoder = _info.incrementaldecoder
encode = _info.encode
decode = _info.decode
StreamReader = _info.streamreader
StreamWriter = _info.streamwriter


def getregentry():
    return _info
