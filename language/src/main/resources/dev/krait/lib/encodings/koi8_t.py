"""The koi8_t charmap codec (Krait's implementation: built in Java on the JDK's charset, see codecs.lookup)."""

import codecs
import _krait_charsets

Codec, IncrementalEncoder, IncrementalDecoder, getregentry = codecs._charset_codec("koi8_t")
decoding_table = _krait_charsets.decoding_table("koi8_t")
encoding_table = codecs.charmap_build(decoding_table)
