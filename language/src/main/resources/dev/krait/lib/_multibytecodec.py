"""CPython's _multibytecodec (Krait's implementation): the MultibyteCodec objects the _codecs_cn, _codecs_jp...
modules give by name, over the CJK codecs Krait builds on the JDK's charsets (codecs._charset_codec), and the
incremental and stream classes the encodings modules of those codecs derive from.

The incremental classes keep what CPython's keep: a decoder the bytes of an unfinished character (at most 8) and
the codec's state, an encoder the codec's state. The state is CPython's eight bytes (for the ISO-2022 codecs the
character sets designated to G0..G3 and the shift flag; for hz whether it is in GB mode), so getstate() and
setstate() give and take CPython's values. Each call decodes or encodes the whole chunk in Java; a stateful codec
is put in its state by the escape or shift sequences of that state (decoding) or has its output's escapes adjusted
to the state it is in (encoding)."""

import _krait_charsets

_MAX_DECODE_PENDING = 8

# the ISO-2022 character sets by their state byte (CPython's: the final byte, | 0x80 for a two-byte set) and the
# escape sequence that designates each to G0
_ASCII = 0x42
_G0_ESCAPES = {
    0x42: b"\x1b(B", 0x4A: b"\x1b(J", 0x49: b"\x1b(I", 0xC0: b"\x1b$@", 0xC2: b"\x1b$B", 0xC1: b"\x1b$A",
    0xC3: b"\x1b$(C", 0xC4: b"\x1b$(D", 0xD1: b"\x1b$(Q", 0xCF: b"\x1b$(O", 0xD0: b"\x1b$(P",
}
_G0_SETS = {escape: charset for charset, escape in _G0_ESCAPES.items()}
_G0_SETS[b"\x1b$(B"] = 0xC2
_G0_SETS[b"\x1b$(@"] = 0xC0
_G0_SETS[b"\x1b$(A"] = 0xC1
_G2_ESCAPES = {0x41: b"\x1b.A", 0x46: b"\x1b.F"}
_KR_DESIGNATION = b"\x1b$)C"
_KSX1001 = 0xC3
_SO, _SI = b"\x0e", b"\x0f"
_SHIFTED = 0x01


def _kind(module):
    """How a codec keeps state: 'jp' (ISO-2022-JP family), 'kr' (ISO-2022-KR), or None (stateless)."""
    if module.startswith("iso2022_jp"):
        return "jp"
    if module == "iso2022_kr":
        return "kr"
    return None


def _initial_state(kind, decoder):
    """CPython's initial state bytes: an ISO-2022 codec has ASCII in G0 and G1 (and G2 when decoding)."""
    if kind is None:
        return [0] * 8
    return [_ASCII, _ASCII, _ASCII if decoder else 0, 0, 0, 0, 0, 0]


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


def _codec_of(cls):
    codec = getattr(cls, "codec", None)
    if not isinstance(codec, MultibyteCodec):
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
    """What the incremental and stream classes share: the codec, the error handler's name and the state bytes."""

    def __init__(self, module, errors, decoder):
        self._module = module
        self._kind = _kind(module)
        self._errors = errors
        self._state = _initial_state(self._kind, decoder)

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
            if self._kind is None:
                if final:
                    text, consumed = _krait_charsets.decode(self._module, data, self._errors)
                else:
                    text, consumed = _krait_charsets.decode_partial(self._module, data, self._errors)
            else:
                text, consumed = _krait_charsets.decode_shifted(self._module, data, self._errors, final, self._shift())
                self._track(data, consumed)
        except UnicodeDecodeError as exc:
            if final and exc.end == len(data) and exc.reason == "incomplete multibyte sequence":
                self._pending = pending
            raise
        rest = len(data) - consumed
        if rest > _MAX_DECODE_PENDING:
            raise UnicodeError("pending buffer overflow")
        self._pending = data[consumed:]
        return text

    def _shift(self):
        """The escape and shift sequences that put a fresh decoder in this one's state."""
        state = self._state
        if self._kind == "kr":
            shift = _KR_DESIGNATION if state[1] == _KSX1001 else b""
            return shift + _SO if state[4] & _SHIFTED else shift
        shift = b"" if state[0] == _ASCII else _G0_ESCAPES.get(state[0], b"")
        return shift + _G2_ESCAPES.get(state[2], b"")

    def _track(self, data, end):
        """The state after the decoder read data[:end]: the last designations and shifts in it."""
        state = self._state
        if self._kind == "kr":
            if data.find(_KR_DESIGNATION, 0, end) >= 0:
                state[1] = _KSX1001
            shift_out, shift_in = data.rfind(_SO, 0, end), data.rfind(_SI, 0, end)
            if shift_out > shift_in:
                state[4] |= _SHIFTED
            elif shift_in > shift_out:
                state[4] &= ~_SHIFTED
            return
        at = data.rfind(b"\x1b", 0, end)
        while at >= 0:
            charset = _G0_SETS.get(data[at:at + 3]) or _G0_SETS.get(data[at:at + 4])
            if charset is not None:
                state[0] = charset
                break
            at = data.rfind(b"\x1b", 0, at)
        latin, greek = data.rfind(b"\x1b.A", 0, end), data.rfind(b"\x1b.F", 0, end)
        if latin > greek:
            state[2] = 0x41
        elif greek > latin:
            state[2] = 0x46

    def _reset(self):
        self._pending = b""
        if self._kind is not None:
            self._state = _initial_state(self._kind, True)


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
        return self._pending, int.from_bytes(bytes(self._state), "little")

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
        self._state = list(flags.to_bytes(8, "little"))

    def reset(self):
        self._reset()


class _Encoding:
    """An encoder's state and one chunk's encoding."""

    def __init__(self, module, errors):
        _Context.__init__(self, module, errors, False)

    def _encode(self, text, final):
        if not isinstance(text, str):
            text = str(text)
            if not isinstance(text, str):
                raise TypeError("couldn't convert the object to str.")
        output = _krait_charsets.encode(self._module, text, self._errors)[0]
        if self._kind == "jp":
            return self._continue_jp(output, final)
        if self._kind == "kr":
            return self._continue_kr(output, final)
        return output

    def _continue_jp(self, output, final):
        """output (which starts in ASCII and ends reset to it) as it continues from this encoder's state."""
        state = self._state
        if state[0] != _ASCII and output:
            escape = _G0_ESCAPES.get(state[0], b"")
            if escape and output.startswith(escape):
                output = output[len(escape):]
            elif not output.startswith(b"\x1b"):
                output = _G0_ESCAPES[_ASCII] + output
        if final:
            if not output and state[0] != _ASCII:
                output = _G0_ESCAPES[_ASCII]
            state[0] = _ASCII
            return output
        reset = _G0_ESCAPES[_ASCII]
        if output.endswith(reset) and len(output) > len(reset):
            output = output[:-len(reset)]
        at = output.rfind(b"\x1b")
        if at >= 0:
            state[0] = _G0_SETS.get(output[at:at + 3]) or _G0_SETS.get(output[at:at + 4]) or state[0]
        return output

    def _continue_kr(self, output, final):
        """output (which designates KS X 1001 where it first shifts out, and ends shifted in) as it continues from
        this encoder's state."""
        state = self._state
        if state[1] == _KSX1001:
            output = output.replace(_KR_DESIGNATION, b"", 1)
        elif _KR_DESIGNATION in output:
            state[1] = _KSX1001
        if state[4] & _SHIFTED and output:
            if output.startswith(_SO):
                output = output[1:]
            else:
                output = _SI + output
        if final:
            if not output and state[4] & _SHIFTED:
                output = _SI
            state[4] &= ~_SHIFTED
            return output
        if output.endswith(_SI):
            output = output[:-1]
            state[4] |= _SHIFTED
        elif output:
            state[4] &= ~_SHIFTED
        return output

    def _reset_state(self):
        """CPython's encoder reset: back to ASCII (and shifted in); the designation of G1 stays."""
        if self._kind is not None:
            self._state[0] = _ASCII
            self._state[4] &= ~_SHIFTED


@_sharing(_Context, _Encoding)
class MultibyteIncrementalEncoder:
    def __init__(self, errors=_NO_ERRORS):
        _Encoding.__init__(self, _codec_of(type(self)), _errors_of(errors, "IncrementalEncoder", 1))

    def encode(self, input, final=False):
        return self._encode(input, bool(final))

    def getstate(self):
        return int.from_bytes(bytes([0] + self._state), "little")

    def setstate(self, state):
        if not isinstance(state, int):
            raise TypeError(f"setstate() argument must be int, not {type(state).__name__}")
        if state < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if state >= 1 << 8 * 41:
            raise OverflowError("int too big to convert")
        data = state.to_bytes(41, "little")
        if data[0] > 4 * 4:
            raise UnicodeError("pending buffer too large")
        data[1:1 + data[0]].decode("utf-8")
        self._state = list(data[1 + data[0]:9 + data[0]])

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
        # CPython 3.12 writes only what an encoder keeps pending (none of these codecs keeps any)
        pass


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
