"""The iso8859_2 charmap codec (Krait's implementation: built in Java on the JDK's charset, see codecs.lookup)."""

import codecs
import _krait_charsets

Codec, IncrementalEncoder, IncrementalDecoder, getregentry = codecs._charset_codec("iso8859_2")
decoding_table = _krait_charsets.decoding_table("iso8859_2")
encoding_table = codecs.charmap_build(decoding_table)
