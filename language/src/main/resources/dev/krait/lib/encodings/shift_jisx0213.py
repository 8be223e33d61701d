"""The shift_jisx0213 codec (Krait's implementation: the codec of _codecs_jp, built in Java on the JDK's charset; the
classes over it are _multibytecodec's, as CPython's)."""

import _codecs_jp
import codecs
import _multibytecodec as mbc

codec = _codecs_jp.getcodec("shift_jisx0213")

Codec, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter, getregentry = mbc._codec_module("shift_jisx0213", codec)
