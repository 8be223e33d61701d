"""The big5 codec (Krait's implementation: the codec of _codecs_tw, built in Java on the JDK's charset; the
classes over it are _multibytecodec's, as CPython's)."""

import _codecs_tw
import codecs
import _multibytecodec as mbc

codec = _codecs_tw.getcodec("big5")

Codec, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter, getregentry = mbc._codec_module("big5", codec)
