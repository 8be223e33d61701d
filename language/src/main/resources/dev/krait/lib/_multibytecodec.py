"""CPython's _multibytecodec (Krait's implementation): the MultibyteCodec objects the _codecs_cn, _codecs_jp...
modules give by name, over the CJK codecs Krait builds in Java (_krait_charsets), and the
incremental and stream classes the encodings modules of those codecs derive from.

The incremental classes keep what CPython's keep: a decoder the bytes of an unfinished character (at most 8) and
the codec's state, an encoder the codec's state. The state is CPython's eight bytes (for the ISO-2022 codecs the
character sets designated to G0..G3 and the flags; for hz whether it is in GB mode), so getstate() and setstate()
give and take CPython's values. Each call decodes or encodes the whole chunk in Java, a stateful codec's from and
to the state bytes."""

import _krait_charsets

_MAX_DECODE_PENDING = 8
_MAX_ENCODE_PENDING = 2


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


_MultibyteCodec = MultibyteCodec
del MultibyteCodec  # not a name of CPython's module


def _getcodec(name, names):
    """The MultibyteCodec of name, one of the codecs a _codecs_* module holds (those Krait has)."""
    if not isinstance(name, str):
        raise TypeError("encoding name must be a string.")
    if name not in names or _krait_charsets.codec_name(name) is None:
        raise LookupError("no such codec is supported.")
    return _MultibyteCodec(name)


def _codec_of(cls):
    codec = getattr(cls, "codec", None)
    if not isinstance(codec, _MultibyteCodec):
        raise TypeError("codec is unexpected type")
    return codec._module


_NO_ERRORS = object()


def _errors_of(errors, function, position):
    if errors is _NO_ERRORS:
        return "strict"
    if not isinstance(errors, str):
        raise TypeError(f"{function}() argument {position} must be str, not {'None' if errors is None else type(errors).__name__}")
    return errors


def _sharing(*helpers):
    """A class decorator: the helpers' methods copied into the class (helpers stay out of the MRO, which is
    CPython's: these classes are bases of nothing else there)."""
    def decorate(cls):
        for helper in helpers:
            for name, value in vars(helper).items():
                if name not in vars(cls) and name not in ("__dict__", "__weakref__", "__module__", "__doc__", "__qualname__"):
                    setattr(cls, name, value)
        return cls
    return decorate


class _Context:
    """What the incremental and stream classes share: the codec, the error handler's name and the state bytes
    (None for a stateless codec, whose state is all zero)."""

    def __init__(self, module, errors, decoder):
        self._module = module
        self._errors = errors
        state = _krait_charsets.initial_state(module, decoder)
        self._state = None if state is None else bytearray(state)

    def _state_bytes(self):
        return bytes(8) if self._state is None else bytes(self._state)

    def _set_state_bytes(self, state):
        if self._state is not None:
            self._state[:] = state

    @property
    def errors(self):
        return self._errors

    @errors.setter
    def errors(self, value):
        if not isinstance(value, str):
            raise TypeError("errors must be a string")
        self._errors = value

    @errors.deleter
    def errors(self):
        raise AttributeError("cannot delete attribute")


class _Decoding:
    """A decoder's pending bytes and state, and one chunk's decoding."""

    def __init__(self, module, errors):
        _Context.__init__(self, module, errors, True)
        self._pending = b""

    def _decode(self, data, final):
        """The text of pending + data; what stays unfinished becomes the pending bytes (raising as CPython when
        more than 8 would)."""
        pending = self._pending
        if pending:
            data = pending + data
        # as CPython's, an error drops the pending bytes, but for the one of an unfinished character at the end
        self._pending = b""
        try:
            if self._state is not None:
                text, consumed = _krait_charsets.decode_stateful(self._module, data, self._errors, final, self._state)
            elif final:
                text, consumed = _krait_charsets.decode(self._module, data, self._errors)
            else:
                text, consumed = _krait_charsets.decode_partial(self._module, data, self._errors)
        except UnicodeDecodeError as exc:
            if final and exc.end == len(data) and exc.reason == "incomplete multibyte sequence":
                self._pending = pending
            raise
        if len(data) - consumed > _MAX_DECODE_PENDING:
            raise UnicodeError("pending buffer overflow")
        self._pending = data[consumed:]
        return text

    def _reset(self):
        """CPython's decoder reset: no pending bytes, back to ASCII (hz) or to G0's ASCII, shifted in (the other
        designations stay)."""
        self._pending = b""
        state = self._state
        if state is not None:
            if self._module == "hz":
                state[0] = 0
            else:
                state[0] = 0x42
                state[4] &= ~0x01


def _bytes_input(input):
    if isinstance(input, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(input).tobytes()


@_sharing(_Context, _Decoding)
class MultibyteIncrementalDecoder:
    def __init__(self, errors=_NO_ERRORS):
        _Decoding.__init__(self, _codec_of(type(self)), _errors_of(errors, "IncrementalDecoder", 1))

    def decode(self, input, final=False):
        return self._decode(_bytes_input(input), bool(final))

    def getstate(self):
        return self._pending, int.from_bytes(self._state_bytes(), "little")

    def setstate(self, state):
        if not isinstance(state, tuple):
            raise TypeError(f"setstate() argument must be tuple, not {type(state).__name__}")
        if len(state) != 2 or not isinstance(state[0], bytes) or not isinstance(state[1], int):
            raise TypeError("setstate(): illegal state argument")
        buffer, flags = state
        if flags < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if flags >= 1 << 64:
            raise OverflowError("int too big to convert")
        if len(buffer) > _MAX_DECODE_PENDING:
            raise UnicodeError("pending buffer too large")
        self._pending = buffer
        self._set_state_bytes(flags.to_bytes(8, "little"))

    def reset(self):
        self._reset()


class _Encoding:
    """An encoder's state and one chunk's encoding. The codecs with sequences for a letter and a combining mark
    (shift_jis_2004, big5hkscs) hold such a letter back at the end of a chunk, as it may combine with the next."""

    def __init__(self, module, errors):
        _Context.__init__(self, module, errors, False)
        self._pending = ""
        self._pair_starts = _krait_charsets.pair_starts(module)

    def _encode(self, text, final):
        if not isinstance(text, str):
            text = str(text)
            if not isinstance(text, str):
                raise TypeError("couldn't convert the object to str.")
        if self._state is not None:
            return _krait_charsets.encode_stateful(self._module, text, self._errors, final, self._state)
        if self._pair_starts:
            pending = self._pending
            text = pending + text
            if not final:
                output, consumed = _krait_charsets.encode_partial(self._module, text, self._errors)
                self._pending = text[consumed:]
                return output
            self._pending = ""
        return _krait_charsets.encode(self._module, text, self._errors)[0]

    def _reset_state(self):
        """CPython's encoder reset: back to the initial mode (what that writes is dropped)."""
        self._pending = ""
        if self._state is not None:
            _krait_charsets.encode_stateful(self._module, "", "strict", True, self._state)


@_sharing(_Context, _Encoding)
class MultibyteIncrementalEncoder:
    def __init__(self, errors=_NO_ERRORS):
        _Encoding.__init__(self, _codec_of(type(self)), _errors_of(errors, "IncrementalEncoder", 1))

    def encode(self, input, final=False):
        return self._encode(input, bool(final))

    def getstate(self):
        pending = self._pending.encode("utf-8")
        return int.from_bytes(bytes([len(pending)]) + pending + self._state_bytes(), "little")

    def setstate(self, state):
        if not isinstance(state, int):
            raise TypeError(f"setstate() argument must be int, not {type(state).__name__}")
        if state < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if state >= 1 << 8 * (1 + _MAX_ENCODE_PENDING * 4 + 8):
            raise OverflowError("int too big to convert")
        data = state.to_bytes(1 + _MAX_ENCODE_PENDING * 4 + 8, "little")
        if data[0] > _MAX_ENCODE_PENDING * 4:
            raise UnicodeError("pending buffer too large")
        self._pending = data[1:1 + data[0]].decode("utf-8")
        self._set_state_bytes(data[1 + data[0]:9 + data[0]])

    def reset(self):
        self._reset_state()


def _size_argument(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("arg 1 must be an integer")
    return size


@_sharing(_Context, _Decoding)
class MultibyteStreamReader:
    def __init__(self, stream, errors=_NO_ERRORS):
        _Decoding.__init__(self, _codec_of(type(self)), _errors_of(errors, "StreamReader", 2))
        self._stream = stream

    @property
    def stream(self):
        return self._stream

    def _read(self, method, size):
        """CPython's reading: size bytes from the stream's method (all when negative), decoded; when they make no
        character yet (and the stream goes on), one more byte at a time."""
        if size == 0:
            return ""
        parts = []
        while True:
            read = getattr(self._stream, method)
            data = read() if size < 0 else read(size)
            if not isinstance(data, bytes):
                raise TypeError(f"stream function returned a non-bytes object ({type(data).__name__})")
            end_of_file = not data
            text = self._decode(data, end_of_file or size < 0) if data or self._pending else ""
            parts.append(text)
            if size < 0 or text or end_of_file:
                return "".join(parts)
            size = 1

    def read(self, sizeobj=None, /):
        return self._read("read", _size_argument(sizeobj))

    def readline(self, sizeobj=None, /):
        return self._read("readline", _size_argument(sizeobj))

    def readlines(self, sizehintobj=None, /):
        return self._read("read", _size_argument(sizehintobj)).splitlines(True)

    def reset(self):
        self._reset()


@_sharing(_Context, _Encoding)
class MultibyteStreamWriter:
    def __init__(self, stream, errors=_NO_ERRORS):
        _Encoding.__init__(self, _codec_of(type(self)), _errors_of(errors, "StreamWriter", 2))
        self._stream = stream

    @property
    def stream(self):
        return self._stream

    def write(self, strobj, /):
        self._stream.write(self._encode(strobj, False))

    def writelines(self, lines, /):
        if not hasattr(type(lines), "__getitem__") or isinstance(lines, dict):
            raise TypeError("arg must be a sequence object")
        i = 0
        while i < len(lines):
            self._stream.write(self._encode(lines[i], False))
            i += 1

    def reset(self):
        # CPython 3.12 writes only what the encoder holds back, and does not reset a stateful codec's mode
        if self._pending:
            pending, self._pending = self._pending, ""
            output = _krait_charsets.encode(self._module, pending, self._errors)[0]
            if output:
                self._stream.write(output)


def _codec_module(module, codec):
    """The classes of the encodings module of a CJK codec, as CPython's: (Codec, IncrementalEncoder,
    IncrementalDecoder, StreamReader, StreamWriter, getregentry)."""
    import codecs

    class Codec(codecs.Codec):
        encode = codec.encode
        decode = codec.decode

    class IncrementalEncoder(MultibyteIncrementalEncoder, codecs.IncrementalEncoder):
        pass

    class IncrementalDecoder(MultibyteIncrementalDecoder, codecs.IncrementalDecoder):
        pass

    class StreamReader(Codec, MultibyteStreamReader, codecs.StreamReader):
        pass

    class StreamWriter(Codec, MultibyteStreamWriter, codecs.StreamWriter):
        pass

    for cls in (IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter):
        cls.codec = codec
    name = _krait_charsets.codec_name(module)

    def getregentry():
        return codecs.CodecInfo(name=name, encode=Codec().encode, decode=Codec().decode,
                                incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                                streamreader=StreamReader, streamwriter=StreamWriter)

    classes = (Codec, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter, getregentry)
    for cls in classes:
        cls.__module__ = "encodings." + module
        cls.__qualname__ = cls.__name__
    return classes
