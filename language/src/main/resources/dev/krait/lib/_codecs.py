"""The name of CPython's C module behind codecs: pickles of bytes made with protocols 0-2 name _codecs.encode."""

from codecs import encode, decode, lookup, register, lookup_error, register_error
from codecs import (unicode_escape_encode, unicode_escape_decode, raw_unicode_escape_encode, raw_unicode_escape_decode,
                    escape_encode, escape_decode, utf_8_encode, utf_8_decode, latin_1_encode, latin_1_decode,
                    ascii_encode, ascii_decode, strict_errors, ignore_errors, replace_errors, backslashreplace_errors,
                    xmlcharrefreplace_errors, namereplace_errors)
