"""The iso2022_jp codec (Krait's implementation: built in Java on the JDK's charset, see codecs.lookup)."""

import codecs

Codec, IncrementalEncoder, IncrementalDecoder, getregentry = codecs._charset_codec("iso2022_jp")
