"""The cp1125 charmap codec (Krait's implementation: built in Java on the JDK's charset, see codecs.lookup)."""

import codecs
import _krait_charsets

Codec, IncrementalEncoder, IncrementalDecoder, getregentry = codecs._charset_codec("cp1125")
decoding_table = _krait_charsets.decoding_table("cp1125")
encoding_table = codecs.charmap_build(decoding_table)
