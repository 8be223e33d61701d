"""The cp949 codec (Krait's implementation: the codec of _codecs_kr, built in Java on the JDK's charset; the
classes over it are _multibytecodec's, as CPython's)."""

import _codecs_kr
import codecs
import _multibytecodec as mbc

codec = _codecs_kr.getcodec("cp949")

Codec, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter, getregentry = mbc._codec_module("cp949", codec)
