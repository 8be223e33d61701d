"""CPython's _multibytecodec (Krait's implementation): the MultibyteCodec objects the _codecs_cn, _codecs_jp...
modules give by name, over the CJK codecs Krait builds on the JDK's charsets (codecs._charset_codec)."""

import _krait_charsets


class MultibyteCodec:
    """One CJK codec's stateless encode and decode: (output, length consumed)."""

    def __init__(self, module):
        self._module = module

    def encode(self, input, errors=None):
        if not isinstance(input, str):
            input = str(input)
        return _krait_charsets.encode(self._module, input, "strict" if errors is None else errors)

    def decode(self, input, errors=None):
        if isinstance(input, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _krait_charsets.decode(self._module, memoryview(input).tobytes(), "strict" if errors is None else errors)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


def _getcodec(name, names):
    """The MultibyteCodec of name, one of the codecs a _codecs_* module holds (those Krait has)."""
    if not isinstance(name, str):
        raise TypeError("encoding name must be a string.")
    if name not in names or _krait_charsets.codec_name(name) is None:
        raise LookupError("no such codec is supported.")
    return MultibyteCodec(name)
