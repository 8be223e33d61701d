"""The hz codec (Krait's implementation: the codec of _codecs_cn, built in Java; the
classes over it are _multibytecodec's, as CPython's)."""

import _codecs_cn
import codecs
import _multibytecodec as mbc

codec = _codecs_cn.getcodec("hz")

Codec, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter, getregentry = mbc._codec_module("hz", codec)
