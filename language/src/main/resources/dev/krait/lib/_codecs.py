"""The name of CPython's C module behind codecs (Krait's implementation lives in codecs.py): the codec registry,
the error handler registry and the encode/decode functions of the builtin codecs, the names CPython's _codecs has."""

from codecs import (register, unregister, lookup, encode, decode, register_error, lookup_error,
                    utf_7_encode, utf_7_decode, utf_8_encode, utf_8_decode,
                    utf_16_encode, utf_16_decode, utf_16_le_encode, utf_16_le_decode, utf_16_be_encode,
                    utf_16_be_decode, utf_16_ex_decode, utf_32_encode, utf_32_decode, utf_32_le_encode,
                    utf_32_le_decode, utf_32_be_encode, utf_32_be_decode, utf_32_ex_decode,
                    unicode_escape_encode, unicode_escape_decode, raw_unicode_escape_encode,
                    raw_unicode_escape_decode, escape_encode, escape_decode, latin_1_encode, latin_1_decode,
                    ascii_encode, ascii_decode, charmap_encode, charmap_decode, charmap_build, readbuffer_encode)
