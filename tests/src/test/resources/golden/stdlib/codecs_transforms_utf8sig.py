# The transform codecs as modules of the encodings package (base64_codec, hex_codec, zlib_codec, rot_13) found by
# their names and aliases, their incremental coders, and the utf-8-sig codec's BOM handling piece by piece.
import codecs
import io


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, "__notes__", ""))


for name in ("base64", "base_64", "base64_codec", "hex", "hex_codec", "zlib", "zip", "zlib_codec", "rot13", "rot_13"):
    info = codecs.lookup(name)
    print(name, info.name, type(info).__name__, info.incrementalencoder.__module__, info._is_text_encoding)
data = b"x" * 100
print(codecs.encode(data, "base64"))
print(codecs.decode(codecs.encode(data, "base64"), "base64") == data, codecs.encode(b"\x00\xffab", "hex"))
print(codecs.decode(codecs.encode(data, "zlib"), "zlib") == data, codecs.decode(b"eJzLSM3JyQcABiwCFQ==\n", "base64"))
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
show("base64 errors", lambda: codecs.encode(b"x", "base64", "ignore"))
show("hex odd", lambda: codecs.decode(b"abc", "hex"))
show("str.encode transform", lambda: "x".encode("rot13"))
show("bytes.decode transform", lambda: b"x".decode("hex"))
encoder = codecs.getincrementalencoder("zlib")()
compressed = encoder.encode(b"abc" * 10) + encoder.encode(b"def", True)
decoder = codecs.getincrementaldecoder("zlib")()
print(b"".join(decoder.decode(compressed[i:i + 5]) for i in range(0, len(compressed), 5)) + decoder.decode(b"", True))
print(list(codecs.iterencode(["ab", "c"], "rot13")), list(codecs.iterdecode([b"6162", b"63"], "hex")))
import encodings.base64_codec, encodings.hex_codec, encodings.zlib_codec, encodings.rot_13
print(encodings.base64_codec.base64_encode(b"hi"), encodings.hex_codec.hex_decode(b"6869"),
      encodings.rot_13.rot13_map[ord("a")], encodings.zlib_codec.getregentry().name)
out = io.StringIO()
encodings.rot_13.rot13(io.StringIO("abc"), out)
print(out.getvalue())

# utf-8-sig
print(codecs.encode("a", "utf-8-sig"), codecs.decode(b"\xef\xbb\xbfa", "utf-8-sig"), codecs.decode(b"a", "utf-8-sig"))
print(codecs.lookup("utf-8-sig").decode(b"\xef\xbb\xbfab"), codecs.lookup("utf_8_sig").encode("ab"))
for data in (b"\xef\xbb\xbfa\xe2\x82\xac", b"\xef\xbf\xbfz", b"a\xef\xbb\xbf"):
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    pieces = [decoder.decode(data[i:i + 1]) for i in range(len(data))]
    print(data, pieces, decoder.getstate(), repr(decoder.decode(b"", True)))
encoder = codecs.getincrementalencoder("utf-8-sig")()
print(encoder.getstate(), encoder.encode("a"), encoder.encode("b"), encoder.getstate())
stream = io.BytesIO()
writer = codecs.getwriter("utf-8-sig")(stream)
writer.write("x")
writer.write("y")
print(stream.getvalue())
reader = codecs.getreader("utf-8-sig")(io.BytesIO(b"\xef\xbb\xbfline1\nline2\n"))
print(reader.readline(), reader.read())
show("utf-8-sig truncated", lambda: codecs.decode(b"\xef\xbb\xbfa\xe2", "utf-8-sig"))

# looking a codec up imports its module of the encodings package, as CPython's search function does
import encodings
codecs.lookup("us-ascii")
print(encodings.ascii.StreamReader.__module__, encodings.ascii.getregentry().name)
show("undefined", lambda: codecs.encode("abc", "undefined"))
show("undefined decode", lambda: codecs.decode(b"", "undefined", "ignore"))
import encodings.cp1252
print(type(encodings.cp1252.encoding_table).__name__, codecs.charmap_encode("\u20ac", "strict", encodings.cp1252.encoding_table))
print(sorted(codecs.__all__))
print(codecs.BOM32_LE, codecs.BOM64_BE)
