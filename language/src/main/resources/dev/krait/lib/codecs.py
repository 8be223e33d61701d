"""The codec registry (Krait's implementation): lookup and CodecInfo over the codecs str.encode and bytes.decode know
(UTF-8, UTF-8 with a signature, UTF-16, UTF-32 and their byte orders, ASCII, Latin-1, the charmap and CJK codecs of
CPython's encodings package, found through its aliases), the rot13, hex and base64 transforms, the BOM constants,
encode/decode, open, and incremental coders (which buffer until the input is final)."""

import builtins as _builtins
import sys as _sys
import _krait_codecs
import _krait_charsets

__all__ = ["lookup", "encode", "decode", "open", "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "iterencode", "iterdecode", "register", "unregister", "lookup_error",
           "register_error", "CodecInfo", "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_BE",
           "BOM_UTF16_LE", "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE", "strict_errors", "ignore_errors",
           "replace_errors", "backslashreplace_errors", "xmlcharrefreplace_errors", "namereplace_errors",
           "utf_8_encode", "utf_8_decode", "latin_1_encode", "latin_1_decode", "ascii_encode", "ascii_decode",
           "unicode_escape_encode", "unicode_escape_decode", "raw_unicode_escape_encode", "raw_unicode_escape_decode",
           "escape_encode", "escape_decode", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "BufferedIncrementalEncoder", "BufferedIncrementalDecoder", "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder", "getreader", "getwriter", "EncodedFile", "make_identity_dict",
           "make_encoding_map", "charmap_decode", "charmap_encode", "charmap_build"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


class CodecInfo(tuple):
    """What lookup() returns: (encode, decode, stream reader, stream writer) with the codec's name."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        self._is_text_encoding = True if _is_text_encoding is None else _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__, self.__class__.__qualname__,
                                                           self.name, id(self))


_TEXT_CODECS = {
    "utf_8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "utf_16": "utf-16", "utf16": "utf-16", "u16": "utf-16", "utf_16_le": "utf-16-le", "utf_16le": "utf-16-le",
    "utf_16_be": "utf-16-be", "utf_16be": "utf-16-be",
    "utf_32": "utf-32", "utf32": "utf-32", "u32": "utf-32", "utf_32_le": "utf-32-le", "utf_32le": "utf-32-le",
    "utf_32_be": "utf-32-be", "utf_32be": "utf-32-be",
    "ascii": "ascii", "us_ascii": "ascii", "646": "ascii",
    "latin_1": "iso8859-1", "latin1": "iso8859-1", "latin": "iso8859-1", "l1": "iso8859-1", "iso8859_1": "iso8859-1",
    "iso_8859_1": "iso8859-1", "8859": "iso8859-1", "cp819": "iso8859-1",
}
_TRANSFORMS = {"rot13": "rot-13", "rot_13": "rot-13", "hex": "hex", "hex_codec": "hex", "base64": "base64",
               "base_64": "base64", "base64_codec": "base64"}
_search_functions = []


def _normalize(encoding):
    # as CPython's codec registry: lower case, every run of other characters than letters, digits and '.' one '_'
    return _krait_charsets.normalize_encoding(encoding, True)


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)


def lookup(encoding):
    """The CodecInfo of encoding; LookupError if there is none."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not " + type(encoding).__name__)
    key = _normalize(encoding)
    info = _builtin_search(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is not None:
            return info
    raise LookupError("unknown encoding: " + encoding)


_cache = {}


def _builtin_search(key):
    """The CodecInfo of a codec Krait ships (as CPython's encodings.search_function, consulted first), or None."""
    info = _cache.get(key)
    if info is not None:
        return info
    if key in _TEXT_CODECS:
        info = _text_codec(_TEXT_CODECS[key])
    elif key in _TRANSFORMS:
        info = _transform(_TRANSFORMS[key])
    else:
        module = _krait_charsets.resolve(key)
        if module in _TEXT_CODECS:
            info = _text_codec(_TEXT_CODECS[module])
        elif module in _TRANSFORMS:
            info = _transform(_TRANSFORMS[module])
        elif module in ("unicode_escape", "raw_unicode_escape"):
            info = _escape_codec(module)
        elif module in ("idna", "punycode"):
            info = __import__("encodings." + module, fromlist=("getregentry",)).getregentry()
        elif module == "utf_8_sig":
            info = _utf_8_sig_codec()
        elif _krait_charsets.codec_name(module) is not None:
            info = _charset_codec(module)[3]()
        else:
            return None
    if info.streamreader is None and info.streamwriter is None:
        reader, writer = _stream_classes(info)
        info = CodecInfo(info.encode, info.decode, reader, writer, info.incrementalencoder, info.incrementaldecoder,
                         info.name, _is_text_encoding=info._is_text_encoding)
    _cache[key] = info
    return info


def _text_codec(name):
    def encode(input, errors="strict"):
        return str.encode(input, name, errors), len(input)

    def decode(input, errors="strict"):
        return bytes(input).decode(name, errors), len(input)

    return CodecInfo(encode, decode, name=name,
                     incrementalencoder=_incremental_encoder(encode), incrementaldecoder=_incremental_decoder(decode))


_charset_codecs = {}


def _charset_codec(module):
    """(Codec, IncrementalEncoder, IncrementalDecoder, getregentry) of a codec Krait builds on a JDK charset: the
    charmap codecs (cp1252, iso8859_2, koi8_r, mac_roman...) and the CJK ones (shift_jis, gbk, big5...)."""
    classes = _charset_codecs.get(module)
    if classes is not None:
        return classes
    name = _krait_charsets.codec_name(module)

    charmap = _krait_charsets.decoding_table(module) is not None

    def encode(input, errors="strict"):
        if not isinstance(input, str):
            if charmap:
                raise TypeError(f"charmap_encode() argument 1 must be str, not {type(input).__name__}")
            input = str(input)  # as CPython's multibyte codecs
        return _krait_charsets.encode(module, input, "strict" if errors is None else errors)

    def decode(input, errors="strict"):
        return _krait_charsets.decode(module, _bytes_like(input), "strict" if errors is None else errors)

    class CharsetCodec(Codec):
        def encode(self, input, errors="strict"):
            return encode(input, errors)

        def decode(self, input, errors="strict"):
            return decode(input, errors)

    class CharsetIncrementalEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class CharsetIncrementalDecoder(BufferedIncrementalDecoder):
        def decode(self, input, final=False):
            return BufferedIncrementalDecoder.decode(self, _bytes_like(input), final)

        def _buffer_decode(self, input, errors, final):
            if final:
                return _krait_charsets.decode(module, input, errors)
            return _krait_charsets.decode_partial(module, input, errors)

    def getregentry():
        return CodecInfo(name=name, encode=CharsetCodec().encode, decode=CharsetCodec().decode,
                         incrementalencoder=CharsetIncrementalEncoder, incrementaldecoder=CharsetIncrementalDecoder)

    classes = (CharsetCodec, CharsetIncrementalEncoder, CharsetIncrementalDecoder, getregentry)
    for item, item_name in zip(classes, ("Codec", "IncrementalEncoder", "IncrementalDecoder", "getregentry")):
        item.__module__ = "encodings." + module
        item.__name__ = item.__qualname__ = item_name
    _charset_codecs[module] = classes
    return classes


def _utf_8_sig_codec():
    """UTF-8 with a signature: the encoder writes a BOM first, the decoder drops one at the start."""
    def encode(input, errors="strict"):
        return BOM_UTF8 + str.encode(input, "utf-8", errors), len(input)

    def decode(input, errors="strict"):
        data = bytes(input)
        start = 3 if data[:3] == BOM_UTF8 else 0
        return bytes.decode(data[start:], "utf-8", errors), len(data)

    class Utf8SigIncrementalEncoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            super().__init__(errors)
            self.first = 1

        def encode(self, input, final=False):
            prefix = BOM_UTF8 if self.first else b""
            self.first = 0
            return prefix + str.encode(input, "utf-8", self.errors)

        def reset(self):
            self.first = 1

        def getstate(self):
            return self.first

        def setstate(self, state):
            self.first = state

    utf_8_decoder = _incremental_decoder(lambda input, errors="strict": (bytes.decode(input, "utf-8", errors), len(input)))

    class Utf8SigIncrementalDecoder(utf_8_decoder):
        def __init__(self, errors="strict"):
            super().__init__(errors)
            self.first = 1

        def decode(self, input, final=False):
            if self.first:
                data = self.buffer + bytes(input)
                if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
                    self.buffer = data
                    return ""
                self.first = 0
                self.buffer = b""
                input = data[3:] if data[:3] == BOM_UTF8 else data
            return super().decode(input, final)

        def reset(self):
            super().reset()
            self.first = 1

    Utf8SigIncrementalEncoder.__name__ = Utf8SigIncrementalEncoder.__qualname__ = "IncrementalEncoder"
    Utf8SigIncrementalDecoder.__name__ = Utf8SigIncrementalDecoder.__qualname__ = "IncrementalDecoder"
    return CodecInfo(encode, decode, name="utf-8-sig", incrementalencoder=Utf8SigIncrementalEncoder,
                     incrementaldecoder=Utf8SigIncrementalDecoder)


def _transform(name):
    import binascii

    if name == "rot-13":
        table = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                              "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")

        def encode(input, errors="strict"):
            return str.translate(input, table), len(input)
        decode = encode
    elif name == "hex":
        def encode(input, errors="strict"):
            return binascii.b2a_hex(input), len(input)

        def decode(input, errors="strict"):
            return binascii.a2b_hex(input), len(input)
    else:
        def encode(input, errors="strict"):
            return binascii.b2a_base64(input), len(input)

        def decode(input, errors="strict"):
            return binascii.a2b_base64(input), len(input)
    return CodecInfo(encode, decode, name=name, _is_text_encoding=False,
                     incrementalencoder=_incremental_encoder(encode), incrementaldecoder=_incremental_decoder(decode))


def _escape_codec(key):
    if key == "unicode_escape":
        encode, decode, name = unicode_escape_encode, unicode_escape_decode, "unicode-escape"
    else:
        encode, decode, name = raw_unicode_escape_encode, raw_unicode_escape_decode, "raw-unicode-escape"

    class IncrementalDecoder:
        """Keeps an escape cut off at the end of one input for the next."""

        def __init__(self, errors="strict"):
            self.errors = errors
            self.buffer = b""

        def decode(self, input, final=False):
            data = self.buffer + bytes(input)
            text, consumed = decode(data, self.errors, final)
            self.buffer = data[consumed:]
            return text

        def reset(self):
            self.buffer = b""

        def getstate(self):
            return (self.buffer, 0)

        def setstate(self, state):
            self.buffer = state[0]

    return CodecInfo(encode, lambda input, errors="strict": decode(input, errors), name=name,
                     incrementalencoder=_incremental_encoder(encode), incrementaldecoder=IncrementalDecoder)


class Codec:
    """The stateless coder interface: encode and decode return (output, length consumed)."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces; encode(input, final) returns the output so far."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder keeping the input its _buffer_encode(input, errors, final) leaves unconsumed."""

    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input given in pieces; decode(input, final) returns the text so far."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder keeping the input its _buffer_decode(input, errors, final) leaves unconsumed."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _incremental_encoder(encode):
    class IncrementalEncoder:
        def __init__(self, errors="strict"):
            self.errors = errors

        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

        def reset(self):
            pass
    return IncrementalEncoder


def _incremental_decoder(decode):
    class IncrementalDecoder:
        def __init__(self, errors="strict"):
            self.errors = errors
            self.buffer = b""

        def decode(self, input, final=False):
            data = self.buffer + bytes(input)
            if not final:
                # keep what might be the start of an unfinished character for the next call
                try:
                    result = decode(data, self.errors)[0]
                except UnicodeDecodeError as e:
                    if e.end < len(data) or e.reason not in ("unexpected end of data", "truncated data"):
                        raise
                    self.buffer = data[e.start:]
                    return decode(data[:e.start], self.errors)[0]
                self.buffer = b""
                return result
            self.buffer = b""
            return decode(data, self.errors)[0]

        def reset(self):
            self.buffer = b""

        def getstate(self):
            return (self.buffer, 0)

        def setstate(self, state):
            self.buffer = state[0]
    return IncrementalDecoder


def encode(obj, encoding="utf-8", errors="strict"):
    """obj encoded with the codec encoding (also the rot13/hex/base64 transforms)."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    return lookup(encoding).decode(obj, errors)[0]


# CPython's encode and decode live in its C module _codecs; pickles name them there
encode.__module__ = decode.__module__ = "_codecs"


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    return lookup(encoding).incrementalencoder


def getincrementaldecoder(encoding):
    return lookup(encoding).incrementaldecoder


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """The file opened in binary mode; with an encoding, wrapped in a StreamReaderWriter of that codec."""
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


_ERROR_HANDLERS = {}


def register_error(name, error_handler):
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _ERROR_HANDLERS[name] = error_handler


def lookup_error(name):
    if name in _ERROR_HANDLERS:
        return _ERROR_HANDLERS[name]
    handlers = {"strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
                "backslashreplace": backslashreplace_errors, "xmlcharrefreplace": xmlcharrefreplace_errors,
                "namereplace": namereplace_errors, "surrogateescape": _surrogateescape,
                "surrogatepass": _surrogatepass}
    if name in handlers:
        return handlers[name]
    raise LookupError("unknown error handler name '%s'" % name)


def _cannot_handle(exception):
    return TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def strict_errors(exception):
    if isinstance(exception, BaseException):
        raise exception
    raise TypeError("codec must pass exception instance")


def ignore_errors(exception):
    if isinstance(exception, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ("", exception.end)
    raise _cannot_handle(exception)


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ("?" * max(0, exception.end - exception.start), exception.end)
    if isinstance(exception, UnicodeDecodeError):
        return ("\ufffd", exception.end)
    if isinstance(exception, UnicodeTranslateError):
        return ("\ufffd" * max(0, exception.end - exception.start), exception.end)
    raise _cannot_handle(exception)


def _escaped(code):
    if code < 0x100:
        return "\\x%02x" % code
    if code < 0x10000:
        return "\\u%04x" % code
    return "\\U%08x" % code


def backslashreplace_errors(exception):
    if isinstance(exception, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exception.object[exception.start:exception.end]), exception.end)
    if isinstance(exception, (UnicodeEncodeError, UnicodeTranslateError)):
        return ("".join(_escaped(ord(c)) for c in exception.object[exception.start:exception.end]), exception.end)
    raise _cannot_handle(exception)


def xmlcharrefreplace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ("".join("&#%d;" % ord(c) for c in exception.object[exception.start:exception.end]), exception.end)
    raise _cannot_handle(exception)


def namereplace_errors(exception):
    if not isinstance(exception, UnicodeEncodeError):
        raise _cannot_handle(exception)
    import unicodedata
    parts = []
    for c in exception.object[exception.start:exception.end]:
        name = unicodedata.name(c, None)
        parts.append("\\N{%s}" % name if name is not None else _escaped(ord(c)))
    return ("".join(parts), exception.end)


def _surrogateescape(exception):
    """Bytes 0x80-0xff that do not decode become U+DC80-U+DCFF, and those code points encode back to the bytes."""
    if isinstance(exception, UnicodeDecodeError):
        data = exception.object[exception.start:exception.end]
        # at most 4 bytes are taken, and only bytes that are not ASCII
        taken = []
        for b in data[:4]:
            if b < 128:
                break
            taken.append(chr(0xDC00 + b))
        if not taken:
            raise exception
        return ("".join(taken), exception.start + len(taken))
    if isinstance(exception, UnicodeEncodeError):
        out = bytearray()
        for c in exception.object[exception.start:exception.end]:
            code = ord(c)
            if not 0xDC80 <= code <= 0xDCFF:
                raise exception
            out.append(code - 0xDC00)
        return (bytes(out), exception.end)
    raise _cannot_handle(exception)


def _standard_encoding(name):
    """Which UTF the error's encoding is (CPython's get_standard_encoding): ('utf-8' | 'utf-16' | 'utf-32', byteorder)."""
    name = name.lower().replace("_", "-")
    if name.startswith("utf"):
        rest = name[3:].lstrip("-")
        if rest in ("8", "8-sig") or name == "utf8":
            return "utf-8", None
        for size in ("16", "32"):
            if rest == size:
                return "utf-" + size, _sys.byteorder
            if rest in (size + "-le", size + "le"):
                return "utf-" + size, "little"
            if rest in (size + "-be", size + "be"):
                return "utf-" + size, "big"
    if name == "cp65001":
        return "utf-8", None
    return None, None


def _surrogatepass(exception):
    """Lone surrogates encoded and decoded as the UTF of the error's encoding would if they were characters."""
    if isinstance(exception, (UnicodeEncodeError, UnicodeDecodeError)):
        kind, order = _standard_encoding(exception.encoding)
        if kind is None:
            raise exception
    if isinstance(exception, UnicodeEncodeError):
        out = bytearray()
        for c in exception.object[exception.start:exception.end]:
            code = ord(c)
            if not 0xD800 <= code <= 0xDFFF:
                raise exception
            if kind == "utf-8":
                out += bytes((0xE0 | (code >> 12), 0x80 | ((code >> 6) & 0x3F), 0x80 | (code & 0x3F)))
            else:
                out += code.to_bytes(2 if kind == "utf-16" else 4, order)
        return (bytes(out), exception.end)
    if isinstance(exception, UnicodeDecodeError):
        data = exception.object[exception.start:]
        if kind == "utf-8":
            size = 3
            code = -1
            if len(data) >= 3 and data[0] & 0xF0 == 0xE0 and data[1] & 0xC0 == 0x80 and data[2] & 0xC0 == 0x80:
                code = ((data[0] & 0x0F) << 12) | ((data[1] & 0x3F) << 6) | (data[2] & 0x3F)
        else:
            size = 2 if kind == "utf-16" else 4
            code = int.from_bytes(data[:size], order) if len(data) >= size else -1
        if not 0xD800 <= code <= 0xDFFF:
            raise exception
        return (chr(code), exception.start + size)
    raise _cannot_handle(exception)


def utf_8_encode(input, errors="strict"):
    return lookup("utf-8").encode(input, errors)


def _utf8_incomplete_tail(data):
    """How many bytes at the end start a UTF-8 sequence that more bytes could still complete."""
    for back in range(1, min(3, len(data)) + 1):
        lead = data[-back]
        if lead & 0xC0 == 0x80:
            continue  # a continuation byte: the lead is further back
        needed = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
        return back if back < needed else 0
    return 0


def utf_8_decode(input, errors="strict", final=False):
    data = memoryview(input).tobytes()
    held = 0 if final else _utf8_incomplete_tail(data)
    text, consumed = lookup("utf-8").decode(data[:len(data) - held], errors)
    return text, consumed


def latin_1_encode(input, errors="strict"):
    return lookup("latin-1").encode(input, errors)


def latin_1_decode(input, errors="strict"):
    return lookup("latin-1").decode(input, errors)


def ascii_encode(input, errors="strict"):
    return lookup("ascii").encode(input, errors)


def ascii_decode(input, errors="strict"):
    return lookup("ascii").decode(input, errors)


def _errors_argument(function, errors):
    if errors is None:
        return "strict"
    if not isinstance(errors, str):
        raise TypeError(f"{function}() argument 2 must be str or None, not {type(errors).__name__}")
    return errors


def _bytes_like(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return data


def _decoder_input(data):
    if isinstance(data, str):
        return data.encode("utf-8")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    return data


def unicode_escape_encode(str, errors=None, /):
    """(bytes, length): str with Python's backslash escapes for everything but printable ASCII."""
    if not isinstance(str, _builtins.str):
        raise TypeError(f"unicode_escape_encode() argument 1 must be str, not {type(str).__name__}")
    _errors_argument("unicode_escape_encode", errors)
    return _builtins.str.encode(str, "unicode_escape"), len(str)


def raw_unicode_escape_encode(str, errors=None, /):
    """(bytes, length): str as Latin-1, with \\u and \\U escapes for the characters beyond."""
    if not isinstance(str, _builtins.str):
        raise TypeError(f"raw_unicode_escape_encode() argument 1 must be str, not {type(str).__name__}")
    _errors_argument("raw_unicode_escape_encode", errors)
    return _builtins.str.encode(str, "raw_unicode_escape"), len(str)


def unicode_escape_decode(data, errors=None, final=True, /):
    """(str, bytes consumed): data with its backslash escapes interpreted."""
    data = _decoder_input(data)
    return _krait_codecs.unicode_escape_decode(data, _errors_argument("unicode_escape_decode", errors), bool(final))


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    """(str, bytes consumed): data as Latin-1 with its \\u and \\U escapes interpreted."""
    data = _decoder_input(data)
    return _krait_codecs.raw_unicode_escape_decode(data, _errors_argument("raw_unicode_escape_decode", errors),
                                                   bool(final))


def escape_encode(data, errors=None, /):
    """(bytes, length): data with the escapes of a bytes literal, without the quotes."""
    if type(data) is not bytes:
        raise TypeError(f"escape_encode() argument 1 must be bytes, not {type(data).__name__}")
    _errors_argument("escape_encode", errors)
    return _krait_codecs.escape_encode(data), len(data)


def escape_decode(data, errors=None, /):
    """(bytes, length): the bytes the escapes of a bytes literal in data stand for."""
    data = _decoder_input(data)
    if errors is not None:
        _errors_argument("escape_decode", errors)
    return _krait_codecs.escape_decode(data, errors), len(data)


class _StreamWrapper:
    """What the stream classes share: other attributes are the stream's, and a with block closes the stream."""

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamWriter(_StreamWrapper, Codec):
    """Writes objects encoded with the codec's encode to a byte stream."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()



class StreamReader(_StreamWrapper, Codec):
    """Reads a byte stream and decodes it with the codec's decode, keeping undecoded bytes for the next read."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if isinstance(data, str) and data.endswith("\r") or isinstance(data, bytes) and data.endswith(b"\r"):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = line0withend if keepends else line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self



class StreamReaderWriter(_StreamWrapper):
    """A stream read through a StreamReader and written through a StreamWriter."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()



class StreamRecoder(_StreamWrapper):
    """Reads and writes a stream in one encoding while its users see another (encode/decode front and back)."""

    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        data = self.reader.readline() if size is None else self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b"".join(list)
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)



def _stream_classes(info):
    """A StreamReader and StreamWriter class for a codec found without its own, built on its encode/decode."""
    encode, decode, name = info.encode, info.decode, info.name
    incremental = info.incrementaldecoder

    class Writer(StreamWriter):
        def encode(self, input, errors="strict"):
            return encode(input, errors)

    class Reader(StreamReader):
        def __init__(self, stream, errors="strict"):
            super().__init__(stream, errors)
            self._decoder = incremental(errors) if incremental is not None else None

        def decode(self, input, errors="strict"):
            if self._decoder is None:
                return decode(input, errors)
            # a sequence cut off at the end of input stays in the byte buffer for the next read
            self._decoder.reset()
            text = self._decoder.decode(input, False)
            pending = self._decoder.getstate()[0]
            self._decoder.reset()
            return text, len(input) - len(pending)

        def reset(self):
            super().reset()
            if self._decoder is not None:
                self._decoder.reset()

    Writer.__name__ = Writer.__qualname__ = "StreamWriter"
    Reader.__name__ = Reader.__qualname__ = "StreamReader"
    return Reader, Writer


def getreader(encoding):
    """The StreamReader class of encoding."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The StreamWriter class of encoding."""
    return lookup(encoding).streamwriter


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    """A StreamRecoder over file: its users write and read data_encoding, the file holds file_encoding."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode, file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def make_identity_dict(rng):
    """{i: i for i in rng}: the start of a charmap codec's table."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """The inverse of a decoding map; a target reached from two sources maps to None."""
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


def _charmap_error_result(handler, exc, decoding):
    """What an error handler gives: (replacement, where to go on), a negative position counted from the end of
    exc.object (which the handler may have replaced), as CPython's codecs do."""
    result = handler(exc)
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[1], int):
        raise TypeError("decoding error handler must return (str, int) tuple" if decoding
                        else "encoding error handler must return (str/bytes, int) tuple")
    replacement, position = result
    length = len(exc.object)
    if position < 0:
        position += length
    if not 0 <= position <= length:
        raise IndexError(f"position {result[1]} from error handler out of bounds")
    return replacement, position


def charmap_decode(data, errors=None, mapping=None, /):
    """data decoded through mapping (a str table, or a dict of byte to code point, str or None): (str, length)."""
    data = bytes(data)
    if mapping is None:
        return data.decode("latin-1"), len(data)
    errors = "strict" if errors is None else errors
    length = len(data)
    out = []
    i = 0
    while i < len(data):
        byte = data[i]
        if isinstance(mapping, str):
            char = mapping[byte] if byte < len(mapping) else "\ufffe"
        else:
            try:
                char = mapping[byte]
            except LookupError:
                char = None
            if isinstance(char, int):
                if not 0 <= char <= 0x10FFFF:
                    raise TypeError("character mapping must be in range(0x110000)")
                char = chr(char)
            elif char is not None and not isinstance(char, str):
                raise TypeError("character mapping must return integer, None or str")
        if char is None or char == "\ufffe":
            exc = UnicodeDecodeError("charmap", data, i, i + 1, "character maps to <undefined>")
            replacement, i = _charmap_error_result(lookup_error(errors), exc, True)
            data = bytes(exc.object)
            out.append(replacement)
            continue
        out.append(char)
        i += 1
    return "".join(out), length


class EncodingMap:
    """What charmap_build makes of a 256-character decoding table: code point to byte."""

    def __init__(self, table):
        self._map = {ord(c): i for i, c in enumerate(table) if c != "\ufffe"}

    def size(self):
        return len(self._map)

    def _get(self, code):
        return self._map.get(code)


def charmap_build(decoding_table, /):
    """The EncodingMap for a decoding table (a str of 256 characters)."""
    return EncodingMap(decoding_table)


def charmap_encode(str, errors=None, mapping=None, /):
    """str encoded through mapping (a dict of code point to byte, bytes or None, or an EncodingMap): (bytes, length)."""
    if mapping is None:
        return str.encode("latin-1", "strict" if errors is None else errors), len(str)
    errors = "strict" if errors is None else errors
    out = bytearray()
    i = 0

    def one(code):
        if isinstance(mapping, EncodingMap):
            return mapping._get(code)
        try:
            value = mapping[code]
        except LookupError:
            return None
        if value is None or isinstance(value, (bytes, int)):
            if isinstance(value, int) and not 0 <= value <= 255:
                raise TypeError("character mapping must be in range(256)")
            return value
        raise TypeError("character mapping must return integer, bytes or None, not " + type(value).__name__)

    while i < len(str):
        value = one(ord(str[i]))
        if value is None:
            end = i + 1
            while end < len(str) and one(ord(str[end])) is None:
                end += 1
            exc = UnicodeEncodeError("charmap", str, i, end, "character maps to <undefined>")
            replacement, i = _charmap_error_result(lookup_error(errors), exc, False)
            for ch in replacement:  # bytes are written as they are, str characters through the mapping
                if isinstance(ch, int):
                    out.append(ch)
                else:
                    mapped = one(ord(ch))
                    if mapped is None:
                        raise UnicodeEncodeError("charmap", str, i - 1, i, "character maps to <undefined>")
                    out += mapped if isinstance(mapped, bytes) else bytes([mapped])
            continue
        out += value if isinstance(value, bytes) else bytes([value])
        i += 1
    return bytes(out), len(str)
