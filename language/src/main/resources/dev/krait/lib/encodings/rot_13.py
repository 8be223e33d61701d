"""The rot_13 transform (Krait's implementation): str to str, each ASCII letter moved 13 places in the alphabet.
rot13(infile, outfile) copies a text file so transformed."""

import codecs

rot13_map = codecs.make_identity_dict(range(256))
for _first in (ord("A"), ord("a")):
    for _offset in range(26):
        rot13_map[_first + _offset] = _first + (_offset + 13) % 26
del _first, _offset


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return str.translate(input, rot13_map), len(input)

    def decode(self, input, errors="strict"):
        return str.translate(input, rot13_map), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return str.translate(input, rot13_map)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return str.translate(input, rot13_map)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name="rot-13", encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader, _is_text_encoding=False)


def rot13(infile, outfile):
    outfile.write(codecs.encode(infile.read(), "rot-13"))
