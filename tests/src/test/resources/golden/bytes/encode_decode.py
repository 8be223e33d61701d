# str.encode and bytes.decode: encodings, error handlers, and CPython's UnicodeError messages and attributes


def attempt(label, f):
    try:
        print(label, repr(f()))
    except UnicodeError as e:
        print(label, type(e).__name__ + ":", e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


text = "héllo wörld €100 😀"
for enc in ["utf-8", "UTF8", "utf_8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    data = text.encode(enc)
    print(enc, len(data), data[:12], data.decode(enc) == text)
print("abc".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "é".encode("iso-8859-1"), "".encode("utf-16"))
print(b"h\xc3\xa9".decode(), b"h\xc3\xa9".decode("utf-8"), b"\xe9t\xe9".decode("latin-1"), b"abc".decode("ascii"), bytearray(b"\xc3\xa9").decode())
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), b"\xfe\xff\x00h\x00i".decode("utf-16"), b"h\x00".decode("utf-16"), b"\xf0\x9f\x98\x80".decode())
print(memoryview(b"mv").tobytes().decode(), "x".encode(encoding="utf-8", errors="strict"), b"y".decode(encoding="ascii"))

# decoding errors
attempt("invalid start", lambda: b"\xff".decode())
attempt("ascii", lambda: b"a\xffb".decode("ascii"))
attempt("truncated", lambda: b"\xe2\x82".decode())
attempt("continuation", lambda: b"\xe2\x28\xa1".decode())
attempt("overlong", lambda: b"\xc0\x80".decode())
attempt("surrogate", lambda: b"\xed\xa0\x80".decode())
attempt("too big", lambda: b"\xf4\x90\x80\x80".decode())
attempt("utf-16 odd", lambda: b"abc".decode("utf-16"))
attempt("utf-16 lone high", lambda: b"\x00\xd8".decode("utf-16-le"))
attempt("utf-16 lone low", lambda: b"\x00\xdcA\x00".decode("utf-16-le"))
attempt("utf-32 range", lambda: b"abcd".decode("utf-32"))
attempt("utf-32 truncated", lambda: b"a\x00\x00".decode("utf-32-le"))
attempt("unknown encoding", lambda: b"\xff".decode("nope"))
attempt("unknown handler", lambda: b"\xff".decode("utf-8", "nope"))
print(b"\xffabc".decode("utf-8", "nope") if False else b"fine".decode("utf-8", "nope"))
attempt("encoding type", lambda: b"".decode(1))

# decoding error handlers
bad = b"a\xffb\xe2\x82c\xc3"
for handler in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(handler, repr(bad.decode("utf-8", handler)), repr(b"x\x80y".decode("ascii", handler)))
print(repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))

# encoding errors
attempt("ascii one", lambda: "é".encode("ascii"))
attempt("ascii run", lambda: "aéé b".encode("ascii"))
attempt("latin-1", lambda: "aéb€".encode("latin-1"))
attempt("surrogate", lambda: "\ud800".encode())
attempt("astral", lambda: "x😀".encode("latin-1"))
attempt("unknown encoding", lambda: "x".encode("nope"))
attempt("unknown handler", lambda: "é".encode("ascii", "nope"))
attempt("encoding type", lambda: "x".encode(None))
attempt("errors type", lambda: "x".encode("utf-8", 5))
attempt("surrogateescape non-escape", lambda: "é".encode("ascii", "surrogateescape"))
for handler in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(handler, "aé€😀z".encode("ascii", handler), "aé€".encode("latin-1", handler))
print("a\udcffb".encode("utf-8", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"))
print(b"\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))

# the exception objects
try:
    b"ok\xfe".decode()
except UnicodeDecodeError as e:
    print(isinstance(e, ValueError), isinstance(e, UnicodeError), e.args, repr(e))
try:
    "€".encode("ascii")
except ValueError as e:
    print(type(e).__name__, e.args, str(e))
e = UnicodeDecodeError("utf-8", b"\x80\x81", 0, 2, "custom reason")
print(e, "|", e.start, e.end, e.reason)
