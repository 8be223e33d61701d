"""The koi8_u charmap codec (Krait's implementation: built in Java on the JDK's charset, see codecs.lookup)."""

import codecs
import _krait_charsets

Codec, IncrementalEncoder, IncrementalDecoder, getregentry = codecs._charset_codec("koi8_u")
decoding_table = _krait_charsets.decoding_table("koi8_u")
encoding_table = codecs.charmap_build(decoding_table)
