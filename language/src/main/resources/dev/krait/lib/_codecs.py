"""The name of CPython's C module behind codecs: pickles of bytes made with protocols 0-2 name _codecs.encode."""

from codecs import encode, decode, lookup, register, lookup_error, register_error
