"""The quopri_codec transform (Krait's implementation): bytes to quoted-printable (spaces and tabs quoted too) and
back, with quopri. Only the strict error handling exists."""

import codecs
import quopri


def quopri_encode(input, errors="strict"):
    assert errors == "strict"
    return quopri.encodestring(bytes(input), quotetabs=True), len(input)


def quopri_decode(input, errors="strict"):
    assert errors == "strict"
    return quopri.decodestring(bytes(input)), len(input)


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return quopri_encode(input, errors)

    def decode(self, input, errors="strict"):
        return quopri_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return quopri_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return quopri_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = bytes


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = bytes


def getregentry():
    return codecs.CodecInfo(name="quopri", encode=quopri_encode, decode=quopri_decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter, _is_text_encoding=False)
