"""UTF-8 with a signature (Krait's implementation, in codecs.py): a BOM written first and dropped when read."""

import codecs

_info = codecs.lookup("utf-8-sig")
IncrementalEncoder = _info.incrementalencoder
IncrementalDecoder = _info.incrementaldecoder
encode = _info.encode
decode = _info.decode


def getregentry():
    return _info
