"""The iso2022_jp_1 codec (Krait's implementation: the codec of _codecs_iso2022, built in Java; the
classes over it are _multibytecodec's, as CPython's)."""

import _codecs_iso2022
import codecs
import _multibytecodec as mbc

codec = _codecs_iso2022.getcodec("iso2022_jp_1")

Codec, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter, getregentry = mbc._codec_module("iso2022_jp_1", codec)
