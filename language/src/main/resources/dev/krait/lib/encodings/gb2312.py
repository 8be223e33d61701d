"""The gb2312 codec (Krait's implementation: built in Java on the JDK's charset, see codecs.lookup)."""

import codecs

Codec, IncrementalEncoder, IncrementalDecoder, getregentry = codecs._charset_codec("gb2312")
