"""The euc_kr codec (Krait's implementation: the codec of _codecs_kr, built in Java on the JDK's charset; the
classes over it are _multibytecodec's, as CPython's)."""

import _codecs_kr
import codecs
import _multibytecodec as mbc

codec = _codecs_kr.getcodec("euc_kr")

Codec, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter, getregentry = mbc._codec_module("euc_kr", codec)
