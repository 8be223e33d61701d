# The idna and punycode codecs (RFC 3490, 3492) with nameprep over stringprep (RFC 3491, 3454) and Unicode 3.2.0.
import codecs
def attempt(label, call):
    try: print(label, "->", repr(call()))
    except Exception as e: print(label, "->", type(e).__name__, e)
for s in ["python.org", "python.org.", "pyth\xf6n.org", "pyth\xf6n.org.", "abcСĤ", "abc䄣Ĳ", "", ".", "a..b", "a" * 63 + ".com", "a" * 64 + ".com", "x." + "a" * 64, "\u00e9" * 60, "xn--abc.com", "XN--pythn-mua.org", "b\u00fccher.DE", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "a\u0627", "\u0627a\u0627", "\u0627\u0031", "\u00ad\u200bfoo", "f\u0000o\u00e9", "\u2163\u3002b\uff0ec\uff61d", "ß.de", "Σίσυφος", "日本語.jp", "a\u0340b\u00e9", "\ud800x\u00e9", "a b\u00e9", "\u0221x"]:
    attempt(f"encode {s!r}", lambda: s.encode("idna"))
for b in [b"python.org", b"xn--pythn-mua.org.", b"XN--PYTHN-MUA.ORG", b"xn--abc-7sa390b", b"xn--", b"xn--a", b"xn--ls8h", b"xn--zz", b"", b".", b"a..b", b"\xff", b"xn--pythn-mua", "xn--pythn-mua.org", b"xn--abc", b"xn--a-ecp.ru", b"a" * 64, b"xn--bcher-kva.de", b"xn--9ca"]:
    attempt(f"decode {b!r}", lambda: (b if isinstance(b, str) else b).decode("idna") if isinstance(b, bytes) else codecs.decode(b, "idna"))
attempt("errors", lambda: "a".encode("idna", "replace"))
attempt("errors d", lambda: b"a".decode("idna", "ignore"))
for s in ["abc", "", "b\u00fccher", "\u00fc", "München-Ost", "ü-", "日本語", "Σίσυφος", "ab\U0001F600", "-", "a-b"]:
    attempt(f"puny {s!r}", lambda: s.encode("punycode"))
for b in [b"abc-", b"bcher-kva", b"tda", b"", b"-", b"a-b-", b"xyz", b"3", b"a-!!", b"\xff", b"a-99999999999", b"Mnchen-Ost-9db", b"hello"]:
    for e in ("strict", "replace", "ignore"):
        attempt(f"unpuny {b!r} {e}", lambda: b.decode("punycode", e))
d = codecs.getincrementaldecoder("idna")()
print([d.decode(x) for x in (b"xn--pyt", b"hn-mua.", b"or", b"g")], d.decode(b"", True))
e = codecs.getincrementalencoder("idna")()
print([e.encode(x) for x in ("pyth", "\xf6n.o", "rg")], e.encode("", True))
print(codecs.lookup("idna").name, codecs.lookup("punycode").name)
import encodings.idna as ei
print(ei.ToASCII("b\u00fccher"), ei.ToUnicode(b"xn--bcher-kva"), ei.nameprep("B\u00fcCHER\u00ad"))

import stringprep
samples = ["a", "A", " ", "\u00a0", "\u200b", "\u00ad", "\u0000", "\u0085", "\u06dd", "\ue000", "\ufdd0", "\uffff",
           "\U0001fffe", "\ud800", "\ufffc", "\u2ff0", "\u0340", "\u200e", "\U000e0001", "\u05d0", "\u0627", "\u0221",
           "\u00df", "\u0130", "\u03a3", "\u1e9e", "\u2163", "\u3371", "\u20a8", "\u2c00", "\U0001d400", "\u1fa8", "\ufb00"]
for name in sorted(n for n in dir(stringprep) if n.startswith("in_table")):
    print(name, "".join("1" if getattr(stringprep, name)(c) else "0" for c in samples))
for name in ("map_table_b2", "map_table_b3"):
    print(name, [ascii(getattr(stringprep, name)(c)) for c in samples if c != "\ud800"])
print(stringprep.unicodedata.unidata_version)
