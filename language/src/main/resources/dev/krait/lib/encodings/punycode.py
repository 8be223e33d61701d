"""The punycode codec: Bootstring for Unicode (RFC 3492), the encoding of internationalized domain name labels
(Krait's implementation, written from the RFC)."""

import codecs

_BASE = 36
_TMIN = 1
_TMAX = 26
_SKEW = 38
_DAMP = 700
_INITIAL_BIAS = 72
_INITIAL_N = 0x80
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _threshold(k, bias):
    """t(k): the digit threshold of the k-th digit (0-based) of a delta."""
    t = _BASE * (k + 1) - bias
    return _TMIN if t < _TMIN else _TMAX if t > _TMAX else t


def _adapt(delta, first, points):
    delta //= _DAMP if first else 2
    delta += delta // points
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def punycode_encode(text):
    """The punycode bytes of a str: its ASCII characters, '-', then the insertions of the others as deltas."""
    basic = bytes(ord(c) for c in text if ord(c) < 0x80)
    output = bytearray(basic)
    if basic:
        output += b"-"
    codepoints = [ord(c) for c in text]
    n = _INITIAL_N
    delta = 0
    bias = _INITIAL_BIAS
    handled = len(basic)
    while handled < len(codepoints):
        m = min(c for c in codepoints if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codepoints:
            if c < n:
                delta += 1
            elif c == n:
                q = delta
                k = 0
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    output.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += 1
                output.append(_DIGITS[q])
                bias = _adapt(delta, handled == len(basic), handled + 1)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(output)


def _read_delta(extended, position, bias, errors):
    """(position after, delta) of the variable-length number at position; delta None if it is cut off or bad."""
    result = 0
    weight = 1
    k = 0
    while True:
        if position >= len(extended):
            if errors == "strict":
                raise UnicodeError("incomplete punicode string")
            return position + 1, None
        char = ord(extended[position])
        position += 1
        if 0x41 <= char <= 0x5A:
            digit = char - 0x41
        elif 0x30 <= char <= 0x39:
            digit = char - 22
        elif errors == "strict":
            raise UnicodeError(f"Invalid extended code point '{extended[position - 1]}'")
        else:
            return position, None
        t = _threshold(k, bias)
        result += digit * weight
        if digit < t:
            return position, result
        weight *= _BASE - t
        k += 1


def punycode_decode(text, errors):
    """The str of punycode bytes; with errors other than strict, decoding stops at the first error."""
    if isinstance(text, str):
        text = text.encode("ascii")
    if isinstance(text, memoryview):
        text = bytes(text)
    dash = text.rfind(b"-")
    if dash == -1:
        output = ""
        extended = str(text, "ascii").upper()
    else:
        output = str(text[:dash], "ascii", errors)
        extended = str(text[dash + 1:], "ascii").upper()
    n = _INITIAL_N
    i = -1
    bias = _INITIAL_BIAS
    position = 0
    while position < len(extended):
        after, delta = _read_delta(extended, position, bias, errors)
        if delta is None:
            return output
        i += delta + 1
        n += i // (len(output) + 1)
        if n > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError(f"Invalid character U+{n:x}")
            n = ord("?")
        i %= len(output) + 1
        output = output[:i] + chr(n) + output[i:]
        bias = _adapt(delta, position == 0, len(output))
        position = after
    return output


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return punycode_encode(input), len(input)

    def decode(self, input, errors="strict"):
        if errors not in ("strict", "replace", "ignore"):
            raise UnicodeError(f"Unsupported error handling {errors}")
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ("strict", "replace", "ignore"):
            raise UnicodeError(f"Unsupported error handling {self.errors}")
        return punycode_decode(input, self.errors)


def getregentry():
    return codecs.CodecInfo(name="punycode", encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder)
