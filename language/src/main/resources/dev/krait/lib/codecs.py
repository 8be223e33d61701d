"""The codec registry (Krait's implementation, also behind _codecs): lookup and CodecInfo over the codecs str.encode
and bytes.decode know (UTF-7, UTF-8, UTF-8 with a signature, UTF-16, UTF-32 and their byte orders, ASCII, Latin-1,
the escape codecs, the charmap and CJK codecs of CPython's encodings package, found through its aliases), the
rot13, hex, base64 and zlib transforms (modules of the encodings package), the error handler registry, the
function-level API of CPython's _codecs (utf_16_ex_decode, charmap_encode...), the BOM constants, encode/decode,
open, and the incremental and stream coders."""

import builtins as _builtins
import sys as _sys
import _krait_codecs
import _krait_charsets

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE",
           "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE",
           "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder", "StreamReader",
           "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter", "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
# the old names (undocumented)
BOM32_LE, BOM32_BE, BOM64_LE, BOM64_BE = BOM_UTF16_LE, BOM_UTF16_BE, BOM_UTF32_LE, BOM_UTF32_BE


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


# the modules of the encodings package whose codecs Java implements, and the codecs' names
_TEXT_MODULES = {"utf_7": "utf-7", "utf_8": "utf-8", "utf_16": "utf-16", "utf_16_le": "utf-16-le",
                 "utf_16_be": "utf-16-be", "utf_32": "utf-32", "utf_32_le": "utf-32-le", "utf_32_be": "utf-32-be",
                 "ascii": "ascii", "latin_1": "iso8859-1"}
_search_functions = []


def _normalize(encoding):
    # as CPython's codec registry: lower case, every run of other characters than letters, digits and '.' one '_'
    return _krait_charsets.normalize_encoding(encoding, True)


def register(search_function, /):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function, /):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _found.clear()


# what the registered search functions found, by normalized name (as CPython's registry keeps it)
_found = {}


def lookup(encoding, /):
    """The CodecInfo of encoding; LookupError if there is none."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not " + type(encoding).__name__)
    key = _normalize(encoding)
    info = _builtin_search(key)
    if info is not None:
        return info
    info = _found.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _found[key] = info
            return info
    raise LookupError("unknown encoding: " + encoding)


_cache = {}


def _builtin_search(key):
    """The CodecInfo of a codec Krait ships (as CPython's encodings.search_function, consulted first), or None: the
    getregentry() of the module of the encodings package the name leads to through the aliases."""
    info = _cache.get(key)
    if info is not None:
        return info
    module = _krait_charsets.resolve(key)
    if not module or "." in module:
        return None
    try:
        codec_module = __import__("encodings." + module, fromlist=("getregentry",))
    except ModuleNotFoundError as exc:
        if exc.name != "encodings." + module:
            raise
        return None
    getregentry = getattr(codec_module, "getregentry", None)
    if getregentry is None:
        return None
    info = getregentry()
    if info.streamreader is None and info.streamwriter is None:
        info = _with_stream_classes(info)
    _cache[key] = info
    return info


def _builtin_codec(module):
    """The CodecInfo the module of the encodings package for a codec built here gives: the Unicode codecs, the
    escape codecs and utf-8-sig."""
    if module in _TEXT_MODULES:
        return _text_codec(_TEXT_MODULES[module])
    if module == "utf_8_sig":
        return _utf_8_sig_codec()
    return _with_stream_classes(_escape_codec(module))


def _with_stream_classes(info):
    """info with a StreamReader and StreamWriter made from its encode and decode."""
    reader, writer = _stream_classes(info)
    return CodecInfo(info.encode, info.decode, reader, writer, info.incrementalencoder, info.incrementaldecoder,
                     info.name, _is_text_encoding=info._is_text_encoding)


def _text_codec(name):
    """The CodecInfo of a Unicode codec Java implements: its functions are the utf_16_encode... of this module."""
    if name in ("utf-16", "utf-32"):
        return _bom_codec(name)
    function = name.replace("-", "_").replace("iso8859_1", "latin_1")
    encode = globals()[function + "_encode"]
    stateful_decode = globals()[function + "_decode"]
    if function in ("latin_1", "ascii"):
        def decode_some(input, errors, final):
            return stateful_decode(input, errors)
    else:
        decode_some = stateful_decode

    def decode(input, errors="strict"):
        return decode_some(input, errors, True)

    class IncrementalEncoder(_IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode_some(input, errors, final)

    class StreamWriter(_StreamWriter):
        def encode(self, input, errors="strict"):
            return encode(input, errors)

    class StreamReader(_StreamReader):
        def decode(self, input, errors="strict"):
            return decode_some(input, errors, False)

    return _codec_info(name, encode, decode, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter)


def _codec_info(name, encode, decode, *classes):
    module = "encodings." + name.replace("-", "_").replace("iso8859_1", "latin_1")
    for cls in classes:
        cls.__module__ = module
    return CodecInfo(encode, decode, name=name, incrementalencoder=classes[0], incrementaldecoder=classes[1],
                     streamreader=classes[2], streamwriter=classes[3])


def _bom_codec(name):
    """UTF-16 or UTF-32 with a byte order mark: written first in the native order, read to choose the order."""
    width = 2 if name == "utf-16" else 4
    prefix = "utf_16" if width == 2 else "utf_32"
    encode, ex_decode = globals()[prefix + "_encode"], globals()[prefix + "_ex_decode"]
    little_encode, big_encode = globals()[prefix + "_le_encode"], globals()[prefix + "_be_encode"]
    little_decode, big_decode = globals()[prefix + "_le_decode"], globals()[prefix + "_be_decode"]
    native_encode = big_encode if _sys.byteorder == "big" else little_encode
    native_decode = big_decode if _sys.byteorder == "big" else little_decode
    no_bom = "UTF-16 stream does not start with BOM" if width == 2 else "UTF-32 stream does not start with BOM"

    def decode(input, errors="strict"):
        return globals()[prefix + "_decode"](input, errors, True)

    def ordered_decoder(input, errors, final):
        """(text, consumed, the decode function for the rest) of input that starts with a byte order mark."""
        output, consumed, byteorder = ex_decode(input, errors, 0, final)
        if byteorder == -1:
            return output, consumed, little_decode
        if byteorder == 1:
            return output, consumed, big_decode
        if consumed >= width:
            raise UnicodeError(no_bom)
        return output, consumed, None

    class IncrementalEncoder(_IncrementalEncoder):
        def __init__(self, errors="strict"):
            _IncrementalEncoder.__init__(self, errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                result = encode(input, self.errors)[0]
                self.encoder = native_encode
                return result
            return self.encoder(input, self.errors)[0]

        def reset(self):
            _IncrementalEncoder.reset(self)
            self.encoder = None

        def getstate(self):
            # 2: the byte order mark is still to be written; 0: it was
            return 2 if self.encoder is None else 0

        def setstate(self, state):
            self.encoder = None if state else native_encode

    class IncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is None:
                output, consumed, self.decoder = ordered_decoder(input, errors, final)
                return output, consumed
            return self.decoder(input, self.errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.decoder = None

        def getstate(self):
            # the buffer and 2 while the order is unknown, else whether it is the other order than the native one
            state = BufferedIncrementalDecoder.getstate(self)[0]
            if self.decoder is None:
                return (state, 2)
            return (state, int((_sys.byteorder == "big") != (self.decoder is big_decode)))

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            other = little_decode if _sys.byteorder == "big" else big_decode
            self.decoder = native_decode if state[1] == 0 else other if state[1] == 1 else None

    class StreamWriter(_StreamWriter):
        def __init__(self, stream, errors="strict"):
            _StreamWriter.__init__(self, stream, errors)
            self.encoder = None

        def reset(self):
            _StreamWriter.reset(self)
            self.encoder = None

        def encode(self, input, errors="strict"):
            if self.encoder is None:
                result = encode(input, errors)
                self.encoder = native_encode
                return result
            return self.encoder(input, errors)

    class StreamReader(_StreamReader):
        def reset(self):
            _StreamReader.reset(self)
            try:
                del self.decode
            except AttributeError:
                pass

        def decode(self, input, errors="strict"):
            output, consumed, decoder = ordered_decoder(input, errors, False)
            if decoder is not None:
                self.decode = decoder
            return output, consumed

    return _codec_info(name, encode, decode, IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter)


_charset_codecs = {}


def _charset_codec(module):
    """(Codec, IncrementalEncoder, IncrementalDecoder, getregentry) of a charmap codec Krait builds on a JDK charset
    (cp1252, iso8859_2, koi8_r, mac_roman...; the CJK codecs' classes are _multibytecodec's)."""
    classes = _charset_codecs.get(module)
    if classes is not None:
        return classes
    name = _krait_charsets.codec_name(module)

    def encode(input, errors="strict"):
        if not isinstance(input, str):
            raise TypeError(f"charmap_encode() argument 1 must be str, not {type(input).__name__}")
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

    class CharsetIncrementalDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

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
        return BOM_UTF8 + utf_8_encode(input, errors)[0], len(input)

    def decode_some(input, errors, final):
        """(text, consumed) of input that may start with the BOM (which counts as consumed)."""
        if input[:3] == BOM_UTF8:
            output, consumed = utf_8_decode(input[3:], errors, final)
            return output, consumed + 3
        return utf_8_decode(input, errors, final)

    def decode(input, errors="strict"):
        return decode_some(input, errors, True)

    class IncrementalEncoder(_IncrementalEncoder):
        def __init__(self, errors="strict"):
            _IncrementalEncoder.__init__(self, errors)
            self.first = 1

        def encode(self, input, final=False):
            if self.first:
                self.first = 0
                return BOM_UTF8 + utf_8_encode(input, self.errors)[0]
            return utf_8_encode(input, self.errors)[0]

        def reset(self):
            _IncrementalEncoder.reset(self)
            self.first = 1

        def getstate(self):
            return self.first

        def setstate(self, state):
            self.first = state

    class IncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = 1

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3 and BOM_UTF8.startswith(input):
                    return "", 0  # what came may still be the BOM
                self.first = 0
                return decode_some(input, errors, final)
            return utf_8_decode(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = 1

        def getstate(self):
            return (BufferedIncrementalDecoder.getstate(self)[0], self.first)

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            self.first = state[1]

    class StreamWriter(_StreamWriter):
        def reset(self):
            _StreamWriter.reset(self)
            try:
                del self.encode
            except AttributeError:
                pass

        def encode(self, input, errors="strict"):
            self.encode = utf_8_encode
            return encode(input, errors)

    class StreamReader(_StreamReader):
        def reset(self):
            _StreamReader.reset(self)
            try:
                del self.decode
            except AttributeError:
                pass

        def decode(self, input, errors="strict"):
            if len(input) < 3 and BOM_UTF8.startswith(input):
                return "", 0
            self.decode = utf_8_decode
            return decode_some(input, errors, False)

    return _codec_info("utf-8-sig", encode, decode, IncrementalEncoder, IncrementalDecoder, StreamReader,
                       StreamWriter)


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


def _coded(obj, encoding, errors, function):
    """The first item of what the codec's encode or decode returns, which must be a (result, length) tuple; an
    exception on the way gets a note naming the codec, as in CPython."""
    for name, value in (("encoding", encoding), ("errors", errors)):
        if not isinstance(value, str):
            raise TypeError(f"{function}() argument '{name}' must be str, not {type(value).__name__}")
    coder = lookup(encoding)[0 if function == "encode" else 1]
    try:
        result = coder(obj, errors)
    except Exception as exc:
        exc.add_note(f"{function[:-1]}ing with '{encoding}' codec failed")
        raise
    if not isinstance(result, tuple) or len(result) != 2:
        # (CPython's two messages differ in a space)
        raise TypeError("encoder must return a tuple (object, integer)" if function == "encode"
                        else "decoder must return a tuple (object,integer)")
    return result[0]


def encode(obj, encoding="utf-8", errors="strict"):
    """obj encoded with the codec encoding (also the rot13/hex/base64 transforms)."""
    return _coded(obj, encoding, errors, "encode")


def decode(obj, encoding="utf-8", errors="strict"):
    return _coded(obj, encoding, errors, "decode")


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


def register_error(errors, handler, /):
    if not isinstance(errors, str):
        raise TypeError(f"register_error() argument 1 must be str, not {type(errors).__name__}")
    if not callable(handler):
        raise TypeError("handler must be callable")
    _ERROR_HANDLERS[errors] = handler


def lookup_error(name, /):
    if not isinstance(name, str):
        raise TypeError(f"lookup_error() argument must be str, not {type(name).__name__}")
    handler = _ERROR_HANDLERS.get(name)
    if handler is None:
        raise LookupError("unknown error handler name '%s'" % name)
    return handler


def _cannot_handle(exception):
    return TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def _bounds(exception):
    """(start, end) as CPython's handlers read them: start moved into the object (to its last item at most), end to
    at least 1 and at most the object's length."""
    size = len(exception.object)
    start, end = exception.start, exception.end
    if start < 0:
        start = 0
    if start >= size:
        start = size - 1
    if end < 1:
        end = 1
    if end > size:
        end = size
    return start, end


_UNICODE_ERRORS = (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)


def strict_errors(exception, /):
    if isinstance(exception, BaseException):
        raise exception
    raise TypeError("codec must pass exception instance")


def ignore_errors(exception, /):
    if isinstance(exception, _UNICODE_ERRORS):
        return ("", _bounds(exception)[1])
    raise _cannot_handle(exception)


def replace_errors(exception, /):
    if isinstance(exception, UnicodeDecodeError):
        return ("\ufffd", _bounds(exception)[1])
    if isinstance(exception, (UnicodeEncodeError, UnicodeTranslateError)):
        start, end = _bounds(exception)
        if end < start:
            raise SystemError("Negative size passed to PyUnicode_New")
        return (("?" if isinstance(exception, UnicodeEncodeError) else "\ufffd") * (end - start), end)
    raise _cannot_handle(exception)


def _escaped(code):
    if code < 0x100:
        return "\\x%02x" % code
    if code < 0x10000:
        return "\\u%04x" % code
    return "\\U%08x" % code


def backslashreplace_errors(exception, /):
    if isinstance(exception, UnicodeDecodeError):
        start, end = _bounds(exception)
        if end < start:
            raise SystemError("Negative size passed to PyUnicode_New")
        return ("".join("\\x%02x" % b for b in exception.object[start:end]), end)
    if isinstance(exception, (UnicodeEncodeError, UnicodeTranslateError)):
        start, end = _bounds(exception)
        return ("".join(_escaped(ord(c)) for c in exception.object[start:end]), end)
    raise _cannot_handle(exception)


def xmlcharrefreplace_errors(exception, /):
    if isinstance(exception, UnicodeEncodeError):
        start, end = _bounds(exception)
        return ("".join("&#%d;" % ord(c) for c in exception.object[start:end]), end)
    raise _cannot_handle(exception)


def namereplace_errors(exception, /):
    if not isinstance(exception, UnicodeEncodeError):
        raise _cannot_handle(exception)
    start, end = _bounds(exception)
    if end <= start:
        return ("", start)
    import unicodedata
    parts = []
    for c in exception.object[start:end]:
        name = unicodedata.name(c, None)
        parts.append("\\N{%s}" % name if name is not None else _escaped(ord(c)))
    return ("".join(parts), end)


def _surrogateescape(exception, /):
    """Bytes 0x80-0xff that do not decode become U+DC80-U+DCFF, and those code points encode back to the bytes."""
    if isinstance(exception, UnicodeDecodeError):
        start, end = _bounds(exception)
        taken = []
        for b in exception.object[start:min(end, start + 4)]:  # at most 4 bytes, none ASCII
            if b < 128:
                break
            taken.append(chr(0xDC00 + b))
        if not taken:
            raise exception
        return ("".join(taken), start + len(taken))
    if isinstance(exception, UnicodeEncodeError):
        start, end = _bounds(exception)
        if end < start:
            raise SystemError("Negative size passed to PyBytes_FromStringAndSize")
        out = bytearray()
        for c in exception.object[start:end]:
            code = ord(c)
            if not 0xDC80 <= code <= 0xDCFF:
                raise exception
            out.append(code - 0xDC00)
        return (bytes(out), end)
    raise _cannot_handle(exception)


def _standard_encoding(name):
    """Which UTF the error's encoding is (as CPython's surrogatepass reads it): ('utf-8' | 'utf-16' | 'utf-32',
    byteorder), or (None, None)."""
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


def _surrogatepass(exception, /):
    """Lone surrogates encoded and decoded as the UTF of the error's encoding would if they were characters."""
    if isinstance(exception, (UnicodeEncodeError, UnicodeDecodeError)):
        kind, order = _standard_encoding(exception.encoding)
        if kind is None:
            raise exception
    if isinstance(exception, UnicodeEncodeError):
        start, end = _bounds(exception)
        if end < start:
            raise SystemError("Negative size passed to PyBytes_FromStringAndSize")
        out = bytearray()
        for c in exception.object[start:end]:
            code = ord(c)
            if not 0xD800 <= code <= 0xDFFF:
                raise exception
            if kind == "utf-8":
                out += bytes((0xE0 | (code >> 12), 0x80 | ((code >> 6) & 0x3F), 0x80 | (code & 0x3F)))
            else:
                out += code.to_bytes(2 if kind == "utf-16" else 4, order)
        return (bytes(out), end)
    if isinstance(exception, UnicodeDecodeError):
        start = _bounds(exception)[0]  # the end is not read: one character is decoded
        data = exception.object[start:]
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
        return (chr(code), start + size)
    raise _cannot_handle(exception)


# the builtin handlers, named as CPython's (its C functions have no module)
_surrogateescape.__name__ = _surrogateescape.__qualname__ = "surrogateescape"
_surrogatepass.__name__ = _surrogatepass.__qualname__ = "surrogatepass"
for _handler in (strict_errors, ignore_errors, replace_errors, backslashreplace_errors, xmlcharrefreplace_errors,
                 namereplace_errors, _surrogateescape, _surrogatepass):
    _handler.__module__ = None
    _ERROR_HANDLERS[_handler.__name__.replace("_errors", "")] = _handler
del _handler


def _errors_argument(function, errors):
    if errors is None:
        return "strict"
    if not isinstance(errors, str):
        raise TypeError(f"{function}() argument 2 must be str or None, not {type(errors).__name__}")
    return errors


# UTF-7 (RFC 2152) as CPython writes it: the characters of this set stand for themselves; '+' starts a modified
# base64 run of UTF-16 code units, which '-' or any character outside the base64 alphabet ends
_UTF7_DIRECT = frozenset(
    "\t\n\r !\"#$%&'()*,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}")
_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_BASE64_VALUES = {ord(c): i for i, c in enumerate(_BASE64)}


def utf_7_encode(str, errors=None, /):
    """(bytes, length): str in UTF-7 (nothing is unencodable, so errors is only checked)."""
    if not isinstance(str, _builtins.str):
        raise TypeError(f"utf_7_encode() argument 1 must be str, not {type(str).__name__}")
    _errors_argument("utf_7_encode", errors)
    out = []
    in_shift = False
    bits = 0
    buffer = 0
    for c in str:
        if c in _UTF7_DIRECT:
            if in_shift:
                if bits:
                    out.append(_BASE64[(buffer << (6 - bits)) & 0x3F])
                    buffer = bits = 0
                in_shift = False
                if ord(c) in _BASE64_VALUES or c == "-":
                    out.append("-")  # else the character itself ends the run
            out.append(c)
            continue
        if not in_shift:
            if c == "+":
                out.append("+-")
                continue
            out.append("+")
            in_shift = True
        code = ord(c)
        units = (code,) if code < 0x10000 else (0xD800 | ((code - 0x10000) >> 10), 0xDC00 | (code & 0x3FF))
        for unit in units:
            buffer = (buffer << 16) | unit
            bits += 16
            while bits >= 6:
                out.append(_BASE64[(buffer >> (bits - 6)) & 0x3F])
                bits -= 6
            buffer &= (1 << bits) - 1
    if bits:
        out.append(_BASE64[(buffer << (6 - bits)) & 0x3F])
    if in_shift:
        out.append("-")
    return "".join(out).encode("ascii"), len(str)


def utf_7_decode(data, errors=None, final=False, /):
    """(str, bytes consumed) of UTF-7 data; with final false a base64 run still open at the end waits for more."""
    data = bytes(_buffer(data))
    errors = _errors_argument("utf_7_decode", errors)
    out = []
    in_shift = False
    bits = buffer = surrogate = 0
    start = 0  # where the run or the bad byte began
    run_output = 0  # the output's length when the open run began
    i = 0
    n = len(data)

    def error(message, end):
        nonlocal data, n
        exc = UnicodeDecodeError("utf7", data, start, end, message)
        replacement, position = _charmap_error_result(lookup_error(errors), exc, True)
        data = bytes(exc.object)
        n = len(data)
        out.append(replacement)
        return position

    while i < n:
        byte = data[i]
        if in_shift:
            if byte in _BASE64_VALUES:
                buffer = (buffer << 6) | _BASE64_VALUES[byte]
                bits += 6
                i += 1
                if bits >= 16:
                    unit = buffer >> (bits - 16)
                    bits -= 16
                    buffer &= (1 << bits) - 1
                    if surrogate:
                        if 0xDC00 <= unit <= 0xDFFF:
                            out.append(chr(0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00)))
                            surrogate = 0
                            continue
                        out.append(chr(surrogate))
                        surrogate = 0
                    if 0xD800 <= unit <= 0xDBFF:
                        surrogate = unit
                    else:
                        out.append(chr(unit))
                continue
            in_shift = False
            if bits > 6 or buffer:
                i = error("partial character in shift sequence" if bits > 6
                          else "non-zero padding bits in shift sequence", i + 1)
                continue
            if surrogate and byte < 128 and byte != ord("+"):
                out.append(chr(surrogate))
            surrogate = 0
            if byte == ord("-"):
                i += 1
        elif byte == ord("+"):
            start = i
            i += 1
            if i < n and data[i] == ord("-"):
                i += 1
                out.append("+")
            elif i < n and data[i] not in _BASE64_VALUES:
                i = error("ill-formed sequence", i + 1)
            else:
                in_shift = True
                surrogate = bits = buffer = 0
                run_output = len(out)
        elif byte < 128:  # '+' aside, ASCII stands for itself
            out.append(chr(byte))
            i += 1
        else:
            start = i
            i = error("unexpected special character", i + 1)
    if in_shift and final:
        in_shift = False
        if surrogate or bits >= 6 or (bits and buffer):
            i = error("unterminated shift sequence", n)
            if i < n:
                return _continue_utf7(out, data, i, errors)
    if in_shift:
        return "".join(out[:run_output]), start
    return "".join(out), i


def _continue_utf7(out, data, position, errors):
    """The rest of a UTF-7 decoding an error handler sent back into the input."""
    text, consumed = utf_7_decode(data[position:], errors, True)
    return "".join(out) + text, position + consumed


def _buffer(data):
    """The bytes of a bytes-like argument (what CPython's codec functions take as a buffer)."""
    if type(data) is bytes or type(data) is bytearray:
        return data
    if not isinstance(data, str):
        try:
            return memoryview(data).tobytes()
        except TypeError:
            pass
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _index_argument(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _text_encode(function, text, errors, encoding):
    """(bytes, length) of the text codec encoding, the arguments checked as CPython's _codecs.<function> does."""
    if not isinstance(text, str):
        raise TypeError(f"{function}() argument 1 must be str, not {type(text).__name__}")
    return str.encode(text, encoding, _errors_argument(function, errors)), len(text)


def _text_decode(function, data, errors, final, encoding):
    """(str, bytes consumed); with final false an incomplete character at the end is left for more input."""
    return _krait_codecs.decode(_buffer(data), encoding, _errors_argument(function, errors), bool(final))


def utf_8_encode(str, errors=None, /):
    return _text_encode("utf_8_encode", str, errors, "utf-8")


def utf_8_decode(data, errors=None, final=False, /):
    return _text_decode("utf_8_decode", data, errors, final, "utf-8")


def latin_1_encode(str, errors=None, /):
    return _text_encode("latin_1_encode", str, errors, "latin-1")


def latin_1_decode(data, errors=None, /):
    return _text_decode("latin_1_decode", data, errors, True, "latin-1")


def ascii_encode(str, errors=None, /):
    return _text_encode("ascii_encode", str, errors, "ascii")


def ascii_decode(data, errors=None, /):
    return _text_decode("ascii_decode", data, errors, True, "ascii")


def _ordered(name, byteorder):
    # 0: the native order after a byte order mark, below 0 little endian, above big endian
    return name if byteorder == 0 else name + ("-le" if byteorder < 0 else "-be")


def utf_16_encode(str, errors=None, byteorder=0, /):
    return _text_encode("utf_16_encode", str, errors, _ordered("utf-16", _index_argument(byteorder)))


def utf_16_le_encode(str, errors=None, /):
    return _text_encode("utf_16_le_encode", str, errors, "utf-16-le")


def utf_16_be_encode(str, errors=None, /):
    return _text_encode("utf_16_be_encode", str, errors, "utf-16-be")


def utf_32_encode(str, errors=None, byteorder=0, /):
    return _text_encode("utf_32_encode", str, errors, _ordered("utf-32", _index_argument(byteorder)))


def utf_32_le_encode(str, errors=None, /):
    return _text_encode("utf_32_le_encode", str, errors, "utf-32-le")


def utf_32_be_encode(str, errors=None, /):
    return _text_encode("utf_32_be_encode", str, errors, "utf-32-be")


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False, /):
    """(str, bytes consumed, byte order): byteorder 0 lets a byte order mark decide (and reports it)."""
    return _krait_codecs.ex_decode(_buffer(data), 2, _errors_argument("utf_16_ex_decode", errors),
                                   _index_argument(byteorder), bool(final))


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _krait_codecs.ex_decode(_buffer(data), 4, _errors_argument("utf_32_ex_decode", errors),
                                   _index_argument(byteorder), bool(final))


def utf_16_decode(data, errors=None, final=False, /):
    return _krait_codecs.ex_decode(_buffer(data), 2, _errors_argument("utf_16_decode", errors), 0, bool(final))[:2]


def utf_16_le_decode(data, errors=None, final=False, /):
    return _text_decode("utf_16_le_decode", data, errors, final, "utf-16-le")


def utf_16_be_decode(data, errors=None, final=False, /):
    return _text_decode("utf_16_be_decode", data, errors, final, "utf-16-be")


def utf_32_decode(data, errors=None, final=False, /):
    return _krait_codecs.ex_decode(_buffer(data), 4, _errors_argument("utf_32_decode", errors), 0, bool(final))[:2]


def utf_32_le_decode(data, errors=None, final=False, /):
    return _text_decode("utf_32_le_decode", data, errors, final, "utf-32-le")


def utf_32_be_decode(data, errors=None, final=False, /):
    return _text_decode("utf_32_be_decode", data, errors, final, "utf-32-be")


def readbuffer_encode(data, errors=None, /):
    """(bytes, length): a str as UTF-8, any other bytes-like object as its bytes."""
    if isinstance(data, str):
        data = str.encode(data, "utf-8")
    data = bytes(_buffer(data))
    _errors_argument("readbuffer_encode", errors)
    return data, len(data)


def _bytes_like(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return data


def _decoder_input(data):
    if isinstance(data, str):
        return data.encode("utf-8")
    return _buffer(data)


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



# the bases of the classes _text_codec makes, which it names alike
_IncrementalEncoder, _StreamReader, _StreamWriter = IncrementalEncoder, StreamReader, StreamWriter


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
    """What charmap_build makes of a decoding table that starts with U+0000 and has no other U+0000 and nothing
    beyond the BMP: code point to byte. CPython keeps it as a two-level table; size() is that table's byte size."""

    def __init__(self, table, pages, blocks):
        self._map = {}
        for i, c in enumerate(table):
            if c != "\ufffe":
                self._map[ord(c)] = i
        self._size = 63 + 16 * pages + 128 * blocks

    def size(self):
        return self._size

    def _get(self, code):
        return self._map.get(code)


EncodingMap.__module__ = "builtins"


def charmap_build(map, /):
    """The encoding map of a decoding table: an EncodingMap where CPython makes one, else a dict {code point: byte}."""
    if not isinstance(map, str):
        raise TypeError(f"charmap_build() argument must be str, not {type(map).__name__}")
    compact = len(map) > 0 and map[0] == "\0"
    pages, blocks = set(), set()
    for c in map[1:]:
        code = ord(c)
        if code == 0 or code > 0xFFFF:
            compact = False
            break
        if code != 0xFFFE:
            pages.add(code >> 11)
            blocks.add(code >> 7)
    if compact and len(pages) < 0xFF and len(blocks) < 0xFF:
        return EncodingMap(map, len(pages), len(blocks))
    return {ord(c): i for i, c in enumerate(map)}


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
            start = i
            exc = UnicodeEncodeError("charmap", str, start, end, "character maps to <undefined>")
            replacement, i = _charmap_error_result(lookup_error(errors), exc, False)
            for ch in replacement:  # bytes are written as they are, str characters through the mapping
                if isinstance(ch, int):
                    out.append(ch)
                else:
                    mapped = one(ord(ch))
                    if mapped is None:
                        raise UnicodeEncodeError("charmap", str, start, end, "character maps to <undefined>")
                    out += mapped if isinstance(mapped, bytes) else bytes([mapped])
            continue
        out += value if isinstance(value, bytes) else bytes([value])
        i += 1
    return bytes(out), len(str)
