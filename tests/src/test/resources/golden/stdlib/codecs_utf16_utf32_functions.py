# The _codecs functions of UTF-16 and UTF-32: byte orders, byte order marks, final, ex_decode, argument checks,
# surrogatepass both ways, and the incremental and stream coders built on them.
import _codecs
import codecs
import io


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, *([e.start, e.end, e.reason] if isinstance(e, (UnicodeEncodeError, UnicodeDecodeError)) else []))


for bits in ("16", "32"):
    for suffix in ("", "_le", "_be"):
        encode = getattr(_codecs, f"utf_{bits}{suffix}_encode")
        decode = getattr(_codecs, f"utf_{bits}{suffix}_decode")
        for text in ("", "hi", "\xe9\u20ac", "a\U0001f600"):
            data, length = encode(text)
            print(encode.__name__, repr(text), data, length, decode(data), decode(data, None, True))
    show("byteorder -1", lambda: getattr(_codecs, f"utf_{bits}_encode")("ab", None, -1))
    show("byteorder 1", lambda: getattr(_codecs, f"utf_{bits}_encode")("ab", None, 1))
    show("byteorder 7", lambda: getattr(_codecs, f"utf_{bits}_encode")("ab", None, 7))
    show("byteorder 1.5", lambda: getattr(_codecs, f"utf_{bits}_encode")("ab", None, 1.5))
    show("arg 1", lambda: getattr(_codecs, f"utf_{bits}_encode")(b"ab"))
    show("arg 2", lambda: getattr(_codecs, f"utf_{bits}_le_encode")("ab", 5))
    show("decode str", lambda: getattr(_codecs, f"utf_{bits}_le_decode")("ab"))
    show("decode list", lambda: getattr(_codecs, f"utf_{bits}_le_decode")([]))

# ex_decode: byte order from the mark (and reported), or as given
for data in (b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a\x00", b"\xfe", b"", b"\xff\xfea\x00b"):
    for final in (False, True):
        show(f"utf_16_ex_decode {data} {final}", lambda: _codecs.utf_16_ex_decode(data, None, 0, final))
for order in (-1, 1, 7, -7):
    show(f"utf_16_ex_decode order {order}", lambda: _codecs.utf_16_ex_decode(b"\xff\xfea\x00", None, order, True))
for data in (b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a", b"\x00\x00\xfe", b"a\x00\x00\x00b\x00"):
    for final in (False, True):
        show(f"utf_32_ex_decode {data} {final}", lambda: _codecs.utf_32_ex_decode(data, "strict", 0, final))

# partial input: kept for later unless final
for data in (b"a\x00b", b"a\x00\x00\xd8", b"a\x00\x00\xd8\x00", b"\x00\xdc", b"\x00\xd8a\x00"):
    for final in (False, True):
        show(f"utf_16_le_decode {data} {final}", lambda: _codecs.utf_16_le_decode(data, "strict", final))
for data in (b"a\x00\x00\x00b\x00", b"\x00\xd8\x00\x00", b"\x00\x00\x11\x00"):
    for final in (False, True):
        show(f"utf_32_le_decode {data} {final}", lambda: _codecs.utf_32_le_decode(data, "strict", final))

# surrogatepass: lone surrogates decode and encode as if they were characters
for data, encoding in ((b"\x00\xd8", "utf-16-le"), (b"\xd8\x00", "utf-16-be"), (b"a\x00\x00\xdcb\x00", "utf-16-le"),
                       (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xd8a", "utf-16-le"),
                       (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\x00\x00\xdc\x00", "utf-32-be"),
                       (b"\x00\x00\x11\x00", "utf-32-le"), (b"\xff\xfe\x00\xd8", "utf-16"),
                       (b"\xed\xa0\x80", "utf-8"), (b"\xed\xa0", "utf-8")):
    show(f"decode {data} {encoding}", lambda: data.decode(encoding, "surrogatepass"))
for text in ("a\ud800b", "\udfff", "x\udc80\udcffy"):
    for encoding in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1"):
        show(f"encode {text!r} {encoding}", lambda: text.encode(encoding, "surrogatepass"))
        show(f"strict {text!r} {encoding}", lambda: text.encode(encoding))
for final in (False, True):
    show(f"utf_8_decode cut surrogate {final}", lambda: codecs.utf_8_decode(b"a\xed\xa0", "surrogatepass", final))
show("surrogateescape utf-16", lambda: "\udc80".encode("utf-16-le", "surrogateescape"))

# incremental coders: the byte order mark once, the state carried between calls
encoder = codecs.getincrementalencoder("utf-16")()
print(encoder.getstate(), encoder.encode("a"), encoder.getstate(), encoder.encode("b"))
encoder.reset()
print(encoder.encode("c"))
encoder.setstate(0)
print(encoder.encode("d"))
for encoding in ("utf-16", "utf-16-be", "utf-32", "utf-32-le", "utf-8"):
    data = "x\U0001f600\u20acy".encode(encoding)
    decoder = codecs.getincrementaldecoder(encoding)()
    pieces = []
    for i in range(len(data)):
        pieces.append(decoder.decode(data[i:i + 1]))
        if i == 2:
            print(encoding, "state", decoder.getstate())
    pieces.append(decoder.decode(b"", True))
    print(encoding, pieces)
decoder = codecs.getincrementaldecoder("utf-16")()
show("no BOM", lambda: decoder.decode(b"a\x00b\x00"))
decoder = codecs.getincrementaldecoder("utf-32")()
show("no BOM 32", lambda: decoder.decode(b"a\x00\x00\x00"))
decoder = codecs.getincrementaldecoder("utf-16-le")()
print(repr(decoder.decode(b"a")))
show("truncated at end", lambda: decoder.decode(b"", True))
decoder = codecs.getincrementaldecoder("utf-16")()
decoder.setstate((b"", 1))
print(repr(decoder.decode(b"\x00a")))

# stream reader and writer
stream = io.BytesIO()
writer = codecs.getwriter("utf-16")(stream)
writer.write("ab")
writer.write("c")
print(stream.getvalue())
stream.seek(0)
reader = codecs.getreader("utf-16")(stream)
print(repr(reader.read(1)), repr(reader.read()))
reader = codecs.getreader("utf-32-be")(io.BytesIO("line1\nline2\n\u20ac".encode("utf-32-be")))
print(reader.readlines())
reader = codecs.getreader("utf-16")(io.BytesIO(b"a\x00"))
show("reader no BOM", lambda: reader.read())
print(codecs.lookup("utf-16").encode is _codecs.utf_16_encode, codecs.getencoder("utf-32-le") is codecs.utf_32_le_encode)
