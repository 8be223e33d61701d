"""The utf_16 codec (Krait's implementation: in Java, see codecs.lookup); this module gives its CodecInfo's parts."""

import codecs

_info = codecs.lookup("utf-16")
IncrementalEncoder = _info.incrementalencoder
IncrementalDecoder = _info.incrementaldecoder
encode = _info.encode
decode = _info.decode


def getregentry():
    return _info
