"""The utf_7 codec (Krait's implementation: codecs.utf_7_encode and utf_7_decode); this module gives its CodecInfo's parts."""

import codecs

_info = codecs.lookup("utf-7")
IncrementalEncoder = _info.incrementalencoder
IncrementalDecoder = _info.incrementaldecoder
encode = _info.encode
decode = _info.decode


def getregentry():
    return _info
