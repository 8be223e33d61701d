"""The idna codec: internationalized domain names in applications (RFC 3490), each label prepared with nameprep
(RFC 3491, the stringprep profile over Unicode 3.2.0) and written with punycode after the ACE prefix "xn--"
(Krait's implementation, written from the RFCs). Only strict error handling is allowed."""

import codecs
import re
import stringprep
from unicodedata import ucd_3_2_0

# the label separators of RFC 3490 section 3.1: full stop, ideographic, fullwidth and halfwidth ideographic full stops
dots = re.compile("[\u002E\u3002\uFF0E\uFF61]")

ace_prefix = b"xn--"
sace_prefix = "xn--"


def _prohibited(c):
    """Whether nameprep prohibits the character (RFC 3491 section 5: tables C.1.2, C.2.2 and C.3-C.9)."""
    return (stringprep.in_table_c12(c) or stringprep.in_table_c22(c) or stringprep.in_table_c3(c)
            or stringprep.in_table_c4(c) or stringprep.in_table_c5(c) or stringprep.in_table_c6(c)
            or stringprep.in_table_c7(c) or stringprep.in_table_c8(c) or stringprep.in_table_c9(c))


def nameprep(label):
    """The label mapped (B.1 dropped, B.2 case folding), NFKC-normalized, checked for prohibited characters and the
    bidirectional rules of RFC 3454 section 6."""
    label = "".join(stringprep.map_table_b2(c) for c in label if not stringprep.in_table_b1(c))
    label = ucd_3_2_0.normalize("NFKC", label)
    for c in label:
        if _prohibited(c):
            raise UnicodeError(f"Invalid character {c!r}")
    right_to_left = [stringprep.in_table_d1(c) for c in label]
    if any(right_to_left):
        if any(stringprep.in_table_d2(c) for c in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not right_to_left[0] or not right_to_left[-1]:
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def _ascii_label(label):
    """The label's bytes if it is all ASCII, else None."""
    try:
        return label.encode("ascii")
    except UnicodeError:
        return None


def _checked_length(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError("label empty or too long")


def ToASCII(label):
    """RFC 3490's ToASCII of one label (str), as bytes."""
    encoded = _ascii_label(label)
    if encoded is not None:
        return _checked_length(encoded)
    label = nameprep(label)
    encoded = _ascii_label(label)
    if encoded is not None:
        return _checked_length(encoded)
    if label.startswith(sace_prefix):
        raise UnicodeError("Label starts with ACE prefix")
    return _checked_length(ace_prefix + label.encode("punycode"))


def ToUnicode(label):
    """RFC 3490's ToUnicode of one label (bytes or str), as str."""
    if len(label) > 1024:
        raise UnicodeError("label way too long")
    if not isinstance(label, bytes):
        encoded = _ascii_label(label)
        if encoded is None:
            encoded = _ascii_label(nameprep(label))
            if encoded is None:
                raise UnicodeError("Invalid character in IDN label")
        label = encoded
    if not label.startswith(ace_prefix):
        return str(label, "ascii")
    result = label[len(ace_prefix):].decode("punycode")
    again = ToASCII(result)
    if str(label, "ascii").lower() != str(again, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, again)
    return result


def _labels_with_trailing_dot(labels, dot):
    if labels and not labels[-1]:
        return labels[:-1], dot
    return labels, dot[:0]


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        if errors != "strict":
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b"", 0
        encoded = _ascii_label(input)
        if encoded is not None:
            # an ASCII name is only checked for the lengths of its labels
            labels = encoded.split(b".")
            for label in labels[:-1]:
                _checked_length(label)
            if len(labels[-1]) >= 64:
                raise UnicodeError("label too long")
            return encoded, len(input)
        labels, trailing_dot = _labels_with_trailing_dot(dots.split(input), b".")
        return b".".join(ToASCII(label) for label in labels) + trailing_dot, len(input)

    def decode(self, input, errors="strict"):
        if errors != "strict":
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        if not isinstance(input, bytes):
            input = bytes(input)
        if ace_prefix not in input:
            try:
                return input.decode("ascii"), len(input)
            except UnicodeDecodeError:
                pass
        labels, trailing_dot = _labels_with_trailing_dot(input.split(b"."), ".")
        return ".".join(ToUnicode(label) for label in labels) + trailing_dot, len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        if errors != "strict":
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b"", 0
        labels = dots.split(input)
        trailing_dot = b""
        if labels:
            if not labels[-1]:
                trailing_dot = b"."
                del labels[-1]
            elif not final:
                # the last label may go on in the next input
                del labels[-1]
                if labels:
                    trailing_dot = b"."
        result = bytearray()
        size = 0
        for label in labels:
            if size:
                result += b"."
                size += 1
            result += ToASCII(label)
            size += len(label)
        result += trailing_dot
        size += len(trailing_dot)
        return bytes(result), size


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        if errors != "strict":
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        if isinstance(input, str):
            labels = dots.split(input)
        else:
            labels = str(input, "ascii").split(".")
        trailing_dot = ""
        if labels:
            if not labels[-1]:
                trailing_dot = "."
                del labels[-1]
            elif not final:
                del labels[-1]
                if labels:
                    trailing_dot = "."
        result = []
        size = 0
        for label in labels:
            result.append(ToUnicode(label))
            if size:
                size += 1
            size += len(label)
        size += len(trailing_dot)
        return ".".join(result) + trailing_dot, size


def getregentry():
    return codecs.CodecInfo(name="idna", encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder)
