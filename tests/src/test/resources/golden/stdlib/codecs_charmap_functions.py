# The charmap codec functions user codecs are built from: make_identity_dict/make_encoding_map, charmap_decode and
# charmap_encode with dict, str table and EncodingMap mappings, error handlers and errors.
import codecs
dm = codecs.make_identity_dict(range(128)); dm.update({0x80: 0x20ac, 0x81: None})
em = codecs.make_encoding_map(dm)
print(codecs.charmap_decode(b"ab\x80", "strict", dm))
for err in ("replace", "ignore", "backslashreplace"):
    print(codecs.charmap_decode(b"a\x81b", err, dm), codecs.charmap_encode("a€\u2603b", err, em))
try: codecs.charmap_decode(b"a\x81", "strict", dm)
except UnicodeDecodeError as e: print(e)
try: codecs.charmap_encode("a\u2603\u2603b", "strict", em)
except UnicodeEncodeError as e: print(e)
table = "".join(chr(i) for i in range(128)) + "\ufffe" * 128
print(codecs.charmap_decode(b"x\xff", "replace", table), codecs.charmap_encode("x\xff", "replace", codecs.charmap_build(table)))
print(codecs.charmap_decode(b"abc"))
