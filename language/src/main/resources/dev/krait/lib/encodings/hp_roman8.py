"""The hp_roman8 charmap codec (Krait's implementation: built in Java on the JDK's charset, see codecs.lookup)."""

import codecs
import _krait_charsets

Codec, IncrementalEncoder, IncrementalDecoder, getregentry = codecs._charset_codec("hp_roman8")
decoding_table = _krait_charsets.decoding_table("hp_roman8")
encoding_table = codecs.charmap_build(decoding_table)
