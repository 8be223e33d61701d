"""The euc_kr codec (Krait's implementation: built in Java on the JDK's charset, see codecs.lookup)."""

import codecs

Codec, IncrementalEncoder, IncrementalDecoder, getregentry = codecs._charset_codec("euc_kr")
