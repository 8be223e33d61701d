# The single-byte (charmap) codecs of CPython's encodings package: tables, round trips, errors and handlers.
import codecs

# every byte of a few codecs decoded with 'replace' shows each table, undefined bytes included
for name in ["cp1252", "cp1251", "cp1250", "cp437", "cp850", "cp866", "koi8_r", "koi8_u", "mac_roman", "cp037",
             "cp500", "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_8", "iso8859_15", "iso8859_16", "tis_620",
             "cp874", "cp1255", "cp1256", "cp273", "cp424", "cp856", "cp875", "mac_greek", "mac_turkish",
             "mac_croatian", "mac_iceland", "mac_cyrillic", "mac_romanian", "kz1048", "ptcp154", "palmos",
             "iso8859_10", "iso8859_14", "mac_farsi", "mac_arabic", "cp1006", "cp1125"]:
    text = bytes(range(256)).decode(name, "replace")
    print(name, len(text), ascii(text[:128]) == ascii(bytes(range(128)).decode(name, "replace")), ascii(text[128:]))
    undefined = [b for b in range(256) if text[b] == "\ufffd"]
    print("  undefined:", undefined)
    # every defined character encodes back to its byte
    defined = bytes(b for b in range(256) if b not in undefined)
    print("  round trip:", defined.decode(name).encode(name) == defined)

# every single-byte codec Krait has, through every character it decodes
for name in ["cp037", "cp1026", "cp1140", "cp1253", "cp1254", "cp1257", "cp1258", "cp737", "cp775",
             "cp852", "cp855", "cp857", "cp858", "cp860", "cp861", "cp862", "cp863", "cp864", "cp865", "cp869",
             "iso8859_3", "iso8859_4", "iso8859_6", "iso8859_9", "iso8859_11", "iso8859_13", "mac_latin2"]:
    try:
        text = bytes(range(256)).decode(name, "replace")
    except LookupError as e:
        print(name, "LookupError", e)
        continue
    print(name, ascii(text[128:]))

print("héllo € – “quoted”".encode("cp1252"))
print("Привет, мир".encode("cp1251"), "Привет, мир".encode("koi8-r"), "Привет, мир".encode("cp866"))
print("Zażółć gęślą jaźń".encode("cp1250"), "Zażółć gęślą jaźń".encode("iso8859-2"), "Zażółć".encode("cp852"))
print("Hello".encode("cp037"), b"\xc8\x85\x93\x93\x96".decode("cp500"), "ÀÉÎõü".encode("mac_roman"))
print("╔═╗║╚╝░▒▓".encode("cp437"), b"\xc9\xcd\xbb".decode("cp437"))

# errors: the codec is 'charmap'
for data, name in [(b"a\x81b", "cp1252"), (b"\x98", "cp1251"), (b"\xa0", "tis_620"), (b"\xff", "iso8859_7")]:
    try:
        data.decode(name)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.encoding, e.object, e.start, e.end, e.reason)
for text, name in [("a€b", "latin2"), ("xyz\u0100\u0101\u0102w", "cp1252"), ("日本", "cp437"), ("\U0001f600", "koi8_r")]:
    try:
        text.encode(name)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.encoding, ascii(e.object), e.start, e.end, e.reason)

# error handlers
for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(errors, ascii(b"a\x81\x8d\x8f\x90b\x9d".decode("cp1252", errors)))
for errors in ["xmlcharrefreplace", "namereplace", "surrogatepass"]:
    try:
        print(errors, b"a\x81".decode("cp1252", errors))
    except Exception as e:
        print(errors, type(e).__name__, e)
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(errors, "a\u0100b€\U0001f600c".encode("cp1251", errors), "Ω≈ç".encode("cp037", errors))
print("a\udc81b".encode("cp1252", "surrogateescape"), ascii(b"\x81".decode("cp1252", "surrogateescape")))
for errors in ["surrogatepass", "strict", "nosuchhandler"]:
    try:
        print("a\udc81b\u0100".encode("cp1252", errors))
    except Exception as e:
        print(errors, type(e).__name__, e)
try:
    "\u0100".encode("cp1252", "surrogateescape")
except UnicodeEncodeError as e:
    print("surrogateescape", e)


def decode_handler(e):
    return ("<%s %d-%d %r>" % (e.encoding, e.start, e.end, e.object[e.start:e.end]), e.end)


def encode_handler(e):
    return ("[%d:%d]" % (e.start, e.end), e.end)


def bytes_handler(e):
    return (b"<" + str(e.end - e.start).encode() + b">", e.end)


def skip_handler(e):
    return ("?", e.end + 1)


codecs.register_error("test.charmap.decode", decode_handler)
codecs.register_error("test.charmap.encode", encode_handler)
codecs.register_error("test.charmap.bytes", bytes_handler)
codecs.register_error("test.charmap.skip", skip_handler)
print(b"x\x81y\x8dz".decode("cp1252", "test.charmap.decode"))
print("x\u0100\u0101y\u0102".encode("cp1252", "test.charmap.encode"), "x\u0100\u0101y".encode("cp1252", "test.charmap.bytes"))
print("a\u0100bc".encode("cp1252", "test.charmap.skip"), b"a\x81bc".decode("cp1252", "test.charmap.skip"))
codecs.register_error("test.charmap.bad", lambda e: ("\u0100", e.end))
try:
    "a\u0101".encode("cp1252", "test.charmap.bad")
except UnicodeEncodeError as e:
    print("bad replacement:", e)
codecs.register_error("test.charmap.notuple", lambda e: 42)
for call in [lambda: b"\x81".decode("cp1252", "test.charmap.notuple"), lambda: "\u0100".encode("cp1252", "test.charmap.notuple")]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# codecs functions and incremental coders
print(codecs.encode("€uro", "cp1252"), codecs.decode(b"\x80uro", "windows-1252"), codecs.decode(b"\x81", "cp1252", "replace"))
enc = codecs.lookup("cp1252")
print(enc.name, enc.encode("€"), enc.decode(b"\x80\x85"), enc.decode(bytearray(b"\x80")), enc.decode(memoryview(b"\x99")))
decoder = codecs.getincrementaldecoder("cp1251")()
print([decoder.decode(bytes([b])) for b in "Привет".encode("cp1251")], repr(decoder.decode(b"", final=True)))
encoder = codecs.getincrementalencoder("koi8_r")("replace")
print(encoder.encode("Мир"), encoder.encode("€", final=True))
print(list(codecs.iterdecode([b"\x80", b"ab", b"\x9f"], "cp1252")), b"".join(codecs.iterencode(["Ω", "μ"], "iso8859_7")))
