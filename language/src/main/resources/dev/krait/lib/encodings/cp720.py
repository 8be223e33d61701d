"""The cp720 charmap codec (Krait's implementation: built in Java on the JDK's charset, see codecs.lookup)."""

import codecs
import _krait_charsets

Codec, IncrementalEncoder, IncrementalDecoder, getregentry = codecs._charset_codec("cp720")
decoding_table = _krait_charsets.decoding_table("cp720")
encoding_table = codecs.charmap_build(decoding_table)
