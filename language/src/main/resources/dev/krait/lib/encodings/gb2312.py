"""The gb2312 codec (Krait's implementation: the codec of _codecs_cn, built in Java on the JDK's charset; the
classes over it are _multibytecodec's, as CPython's)."""

import _codecs_cn
import codecs
import _multibytecodec as mbc

codec = _codecs_cn.getcodec("gb2312")

Codec, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter, getregentry = mbc._codec_module("gb2312", codec)
