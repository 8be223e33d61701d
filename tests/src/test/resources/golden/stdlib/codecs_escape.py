# The unicode_escape and raw_unicode_escape codecs, and codecs.escape_decode/escape_encode.
import codecs
import warnings


def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except UnicodeDecodeError as e:
        print(label, "->", type(e).__name__, e, "|", e.encoding, e.start, e.end, e.reason, e.object)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


texts = ["plain", "tab\tnew\nret\rback\\slash", "quotes ' \"", "\x00\x1f\x7f\x80\xff", "é\u0100\u1234\uffff",
         "\U00010000\U0010ffff", "\ud800", "a\udfffb", "emoji 😀 ☃"]
for text in texts:
    escaped = text.encode("unicode_escape")
    raw = text.encode("raw_unicode_escape")
    print(repr(text), escaped, raw)
    print("  round trip", escaped.decode("unicode_escape") == text, raw.decode("raw_unicode_escape") == text)

print(codecs.unicode_escape_encode("é\u1234\n"), codecs.raw_unicode_escape_encode("é\u1234\n\\"))
print(codecs.unicode_escape_encode("x", "ignored"), codecs.raw_unicode_escape_encode("x", None))

samples = [b"\\\\u0041", b"\\u0041", b"\\\\\\u0041", b"a\\", b"\\u12", b"\\U00110000", b"\\U0001F600x", b"\\x4",
           b"\\x41\\x7e", b"\\", b"\\u004g", b"\xe9\\u00e9", b"\\U1234", b"\\'\\\"\\a\\b\\f\\v\\t\\r\\n\\0",
           b"\\101\\1011\\7", b"line\\\ncontinued", b"\\N{SNOWMAN}\\N{latin small letter b}", b"\\N{}", b"\\N{NOPE}x",
           b"\\Nx", b"\\N{abc", b"\\N"]
for data in samples:
    for codec in ("unicode_escape", "raw_unicode_escape"):
        for errors in ("strict", "replace", "ignore", "backslashreplace"):
            attempt(f"{data!r}.decode({codec!r}, {errors!r})", lambda: data.decode(codec, errors))

attempt("surrogateescape", lambda: b"\\x".decode("unicode_escape", "surrogateescape"))
attempt("xmlcharrefreplace", lambda: b"\\x".decode("unicode_escape", "xmlcharrefreplace"))
attempt("unknown handler", lambda: b"\\x".decode("unicode_escape", "nosuch"))
attempt("no error, unknown handler", lambda: b"ok".decode("unicode_escape", "nosuch"))
codecs.register_error("krait.test", lambda e: ("<%d:%d>" % (e.start, e.end), e.end))
attempt("registered handler", lambda: b"a\\x4zb\\u12".decode("unicode_escape", "krait.test"))
codecs.register_error("krait.skip", lambda e: ("?", e.end + 1))
attempt("handler skipping on", lambda: b"\\x4zb".decode("raw_unicode_escape", "krait.skip") + b"\\x4zbc".decode("unicode_escape", "krait.skip"))

print(codecs.unicode_escape_decode(b"ab\\", "strict", False), codecs.raw_unicode_escape_decode(b"ab\\", "strict", False))
print(codecs.unicode_escape_decode(b"ab\\u12", "strict", False), codecs.raw_unicode_escape_decode(b"ab\\u12", None, False))
print(codecs.unicode_escape_decode(b"ab\\x1", "strict", False), codecs.unicode_escape_decode(b"ab\\N{LATIN", "strict", False))
print(codecs.unicode_escape_decode("\\u00e9é"), codecs.raw_unicode_escape_decode("\\u00e9é"))
print(codecs.unicode_escape_decode(bytearray(b"\\t")), codecs.unicode_escape_decode(memoryview(b"\\n")))
attempt("decode(int)", lambda: codecs.unicode_escape_decode(1))
attempt("encode(bytes)", lambda: codecs.unicode_escape_encode(b"x"))
attempt("errors=1", lambda: codecs.raw_unicode_escape_encode("x", 1))

decoder = codecs.getincrementaldecoder("unicode_escape")()
print([decoder.decode(piece) for piece in (b"a\\", b"u00", b"e9\\N{SNOW", b"MAN}", b"\\")], end=" ")
attempt("final", lambda: decoder.decode(b"", True))
raw_decoder = codecs.getincrementaldecoder("raw_unicode_escape")()
print([raw_decoder.decode(piece) for piece in (b"\\", b"u00e", b"9x\\", b"q")], raw_decoder.decode(b"\\", True))
print(codecs.encode("é\n", "unicode_escape"), codecs.decode(b"\\u00e9", "unicode-escape"))
print(codecs.lookup("unicode_escape").name, codecs.lookup("Unicode-Escape").name, codecs.lookup("raw_unicode_escape").name)
for name in ("unicodeescape", "rawunicodeescape", "escape_codec", "string_escape"):
    attempt(f"lookup({name!r})", lambda: codecs.lookup(name))

for data in [b"a\\nb", b"\\x41\\101\\777", b"\\x4", b"\\x4g", b"abc\\", b"\\q", b"\\\n", b"\\'\\\"\\a\\b\\f\\v\\t\\r\\0",
             b"\\u1234", "\\x41é", b"\\xzz", b"\\8\\9"]:
    for errors in (None, "strict", "replace", "ignore", "backslashreplace"):
        attempt(f"escape_decode({data!r}, {errors!r})", lambda: codecs.escape_decode(data, errors))
print(codecs.escape_encode(b"a\nb'\"\\\x00\x7f\xff\t\r"), codecs.escape_encode(b"x", "strict"))
for value in (bytearray(b"x"), "s", 1):
    attempt(f"escape_encode({value!r})", lambda: codecs.escape_encode(value))
attempt("escape_decode(1)", lambda: codecs.escape_decode(1))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(b"\\q\\w".decode("unicode_escape"), b"\\777".decode("unicode_escape"), codecs.escape_decode(b"\\d\\400"))
    print(codecs.unicode_escape_decode(b"\\z"), b"\\q".decode("raw_unicode_escape"))
for w in caught:
    print(w.category.__name__, w.message, w.lineno == caught[0].lineno or w.lineno)

# str.encode and bytes.decode go to the codec registry for codecs Java does not know
def search(name):
    if name == "krait_upper":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="krait-upper")
    if name == "krait_wrong":
        return codecs.CodecInfo(lambda s, errors="strict": ("str", 1), lambda b, errors="strict": (b"x", 1), name="krait-wrong")


codecs.register(search)
print("abc".encode("krait_upper"), b"ABC".decode("krait-upper"), str(b"XY", "krait_upper"))
attempt("encoder returning str", lambda: "x".encode("krait_wrong"))
attempt("decoder returning bytes", lambda: b"x".decode("krait_wrong"))
attempt("rot13 is no text encoding", lambda: "x".encode("rot13"))
attempt("hex is no text encoding", lambda: b"x".decode("hex"))
attempt("unknown encoding", lambda: "x".encode("nope"))
attempt("unknown decoding", lambda: b"x".decode("nope"))
