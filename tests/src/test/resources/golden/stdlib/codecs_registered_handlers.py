# Error handlers registered with codecs.register_error used by the Unicode codecs str.encode and bytes.decode
# implement, what their results may be, and the builtin handlers' reading of start and end.
import codecs


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


seen = []


def recording(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeDecodeError):
        return "<%d:%d>" % (exc.start, exc.end), exc.end
    return b"<>", exc.end


codecs.register_error("test.record", recording)
for data, encoding in ((b"a\xffb\xfe", "utf-8"), (b"a\xe2\x82", "utf-8"), (b"a\xffb", "ascii"), (b"a\x00\x00\xdc", "utf-16-le"),
                       (b"a\x00b", "utf-16-le"), (b"\x00\x00\x11\x00a\x00\x00\x00", "utf-32-le")):
    show(f"decode {data} {encoding}", lambda: data.decode(encoding, "test.record"))
for text, encoding in (("a\xffb\u0100", "ascii"), ("a\u0100\u0101b", "latin-1"), ("a\udc80\udc81b", "utf-8"),
                       ("a\ud800", "utf-16"), ("\udfffz", "utf-32-be")):
    show(f"encode {text!r} {encoding}", lambda: text.encode(encoding, "test.record"))
print(seen)

codecs.register_error("test.text", lambda exc: ("[?]", exc.end))
for encoding in ("ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be"):
    show(f"text {encoding}", lambda: "a\udc80b".encode(encoding, "test.text"))
codecs.register_error("test.nonascii", lambda exc: ("\xe9", exc.end))
for encoding in ("ascii", "latin-1", "utf-8", "utf-16-le"):
    show(f"non-ASCII {encoding}", lambda: "a\udc80b".encode(encoding, "test.nonascii"))
codecs.register_error("test.odd", lambda exc: (b"!", exc.end))
for encoding in ("utf-8", "utf-16-le", "utf-32-le"):
    show(f"odd bytes {encoding}", lambda: "a\udc80b".encode(encoding, "test.odd"))
codecs.register_error("test.back", lambda exc: ("X", -1))
show("negative decode", lambda: b"a\xffbc".decode("utf-8", "test.back"))
show("negative encode", lambda: "a\xffbc".encode("ascii", "test.back"))
codecs.register_error("test.far", lambda exc: ("X", 100))
show("far decode", lambda: b"a\xffbc".decode("utf-8", "test.far"))
show("far encode", lambda: "a\xffbc".encode("ascii", "test.far"))
codecs.register_error("test.int", lambda exc: 3)
show("bad result decode", lambda: b"a\xff".decode("utf-16-le", "test.int"))
show("bad result encode", lambda: "a\xff".encode("ascii", "test.int"))
show("unknown handler", lambda: b"\xff".decode("utf-8", "no.such.handler"))
show("unknown handler unused", lambda: b"fine".decode("utf-8", "no.such.handler"))

# the registry of handlers
show("register_error name", lambda: codecs.register_error(5, print))
show("register_error handler", lambda: codecs.register_error("x", 5))
show("lookup_error type", lambda: codecs.lookup_error(5))
show("lookup_error unknown", lambda: codecs.lookup_error("nope"))
for name in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape",
             "surrogatepass"):
    print(name, codecs.lookup_error(name).__name__)

# builtin handlers read start within the object and end within 1..len, as CPython's do
E, D, T = UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError
for name in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape",
             "surrogatepass", "strict"):
    handler = codecs.lookup_error(name)
    for start, end in ((1, 2), (1, 4), (1, 0), (-1, 4), (5, 7), (0, 3), (3, 3)):
        show(f"{name} E{start, end}", lambda: handler(E("utf-8", "a\udc80\udcff", start, end, "r")))
        show(f"{name} D{start, end}", lambda: handler(D("utf-8", b"a\x80\xff", start, end, "r")))
        show(f"{name} T{start, end}", lambda: handler(T("a\udc80\udcff", start, end, "r")))
    show(f"{name} str", lambda: handler("not an exception"))
    show(f"{name} KeyError", lambda: handler(KeyError("k")))
show("namereplace start > end", lambda: codecs.namereplace_errors(E("a", "abc", 2, 1, "r")))
show("xmlcharrefreplace start > end", lambda: codecs.xmlcharrefreplace_errors(E("a", "abc", 2, 1, "r")))
surrogatepass = codecs.lookup_error("surrogatepass")
for encoding in ("UTF_16_LE", "UtF16-bE", "utf-32-le", "UTF_32_BE", "utf-16-xe", "CP_UTF16", "utf8"):
    show(f"surrogatepass E {encoding}", lambda: surrogatepass(E(encoding, "a\udc00\udfffd", 1, 3, "r")))
show("surrogatepass D utf-16-le", lambda: surrogatepass(D("utf-16-le", b"a\x00\xd8\xff\xdfd", 1, 7, "r")))
show("surrogatepass D utf-32-be", lambda: surrogatepass(D("UtF_32-Be", b"a\x00\x00\xd8\x00\x00\x00\xdf\xffd", 1, 11, "r")))
show("surrogatepass D end ignored", lambda: surrogatepass(D("utf-16-le", b"\x00\xd8\xff\xdf", 2, -1, "r")))
show("surrogateescape D at most 4", lambda: codecs.lookup_error("surrogateescape")(D("x", b"\x80\x81\x82\x83\x84", 0, 5, "r")))

# UnicodeTranslateError: its attributes and message
t = T("abc", 1, 2, "bad")
print(t.object, t.start, t.end, t.reason, t.encoding, t.args, str(t))
t.start, t.end, t.reason, t.object = 0, 3, "worse", "xyz"
print(t.object, t.start, t.end, t.reason, str(t))
print(str(T("a\u1234c", 1, 2, "r")), "|", str(T("a\U00012345c", 1, 2, "r")), "|", str(T("worl", 18977273910, -58, "big")))
t.encoding = "x"
print(t.encoding, UnicodeTranslateError("", 0, 0, "").encoding)
