"""The big5hkscs codec (Krait's implementation: the codec of _codecs_hk, built in Java on the JDK's charset; the
classes over it are _multibytecodec's, as CPython's)."""

import _codecs_hk
import codecs
import _multibytecodec as mbc

codec = _codecs_hk.getcodec("big5hkscs")

Codec, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter, getregentry = mbc._codec_module("big5hkscs", codec)
