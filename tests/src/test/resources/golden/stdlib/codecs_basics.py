# codecs: lookup and names, encode/decode with text codecs and transforms, BOMs, incremental decoding.
import codecs
for name in ["UTF8", "utf-8", "latin1", "ascii", "utf_16", "UTF-32-LE", "rot13", "hex"]:
    print(codecs.lookup(name).name)
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"), codecs.encode("Hello", "rot13"))
print(codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex"), codecs.encode(b"hi", "base64"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.utf_8_encode("é"), codecs.utf_8_decode(b"\xc3\xa9"))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"h\xc3")), repr(dec.decode(b"\xa9!")), repr(dec.decode(b"", True)))
print(list(codecs.iterdecode([b"a\xc3", b"\xa9b"], "utf-8")), b"".join(codecs.iterencode(["a", "é"], "utf-8")))
try:
    codecs.lookup("nope")
except LookupError as e:
    print("LookupError:", e)
print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.encode("é", "ascii", "ignore"))
