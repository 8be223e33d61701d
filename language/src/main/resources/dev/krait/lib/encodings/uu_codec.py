"""The uu_codec transform (Krait's implementation): bytes to a uuencoded block ("begin MODE NAME", lines of 45
bytes, "end") and back. Only the strict error handling exists."""

import binascii
import codecs


def uu_encode(input, errors="strict", filename="<data>", mode=0o666):
    assert errors == "strict"
    data = bytes(input)
    name = filename.replace("\n", "\\n").replace("\r", "\\r")
    lines = [("begin %o %s\n" % (mode & 0o777, name)).encode("ascii")]
    lines += [binascii.b2a_uu(data[i:i + 45]) for i in range(0, len(data), 45)]
    lines.append(b" \nend\n")
    return b"".join(lines), len(input)


def uu_decode(input, errors="strict"):
    assert errors == "strict"
    lines = iter(bytes(input).splitlines(keepends=True))
    for line in lines:
        if line.startswith(b"begin"):
            break
    else:
        raise ValueError('Missing "begin" line in input data')
    out = []
    for line in lines:
        if line == b"end\n":
            break
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # some encoders pad lines with garbage: decode only the characters the length asks for
            needed = (((line[0] - 32) & 63) * 4 + 5) // 3
            out.append(binascii.a2b_uu(line[:needed]))
    else:
        raise ValueError("Truncated input data")
    return b"".join(out), len(input)


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return uu_encode(input, errors)

    def decode(self, input, errors="strict"):
        return uu_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return uu_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return uu_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = bytes


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = bytes


def getregentry():
    return codecs.CodecInfo(name="uu", encode=uu_encode, decode=uu_decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter, _is_text_encoding=False)
