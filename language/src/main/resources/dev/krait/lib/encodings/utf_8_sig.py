"""UTF-8 with a signature (Krait's implementation, in codecs.py): a BOM written first and dropped when read."""

import codecs

_info = codecs._builtin_codec("utf_8_sig")
IncrementalEncoder = _info.incrementalencoder
IncrementalDecoder = _info.incrementaldecoder
encode = _info.encode
decode = _info.decode
StreamReader = _info.streamreader
StreamWriter = _info.streamwriter


def getregentry():
    return _info
