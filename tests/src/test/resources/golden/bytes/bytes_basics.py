# bytes literals, constructor forms, repr, indexing, slicing, iteration, operators, hashing


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# literals: escapes, raw, implicit concatenation, quotes
print(b"abc", b'it' b's', b"tab\there", b"nl\n", b"\x00\x7f\x80\xff", b"\r\x0b\x0c")
print(b"\101\102\103", b"\\", b"\'", b'\"', b"a\
b", rb"\n\x41", Rb"raw\t", br'\d+')
print(b"abc" b'def' rb"\x", b"")
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"it's \"q\""))
print(type(b""), type(b"").__name__, isinstance(b"x", bytes), isinstance(b"x", (str, bytes)))

# constructor
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(97, 100)))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("é", "latin-1"), bytes("x", encoding="utf-8"))
print(bytes(x for x in [1, 2, 3]), bytes({7: 0}))
attempt("bytes(str, 5)", lambda: bytes("a", 5))
attempt("bytearray(str, enc, 5)", lambda: bytearray("a", "utf-8", 5))


class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"


class Bad:
    def __bytes__(self):
        return "not bytes"


class Index:
    def __index__(self):
        return 2


print(bytes(WithBytes()), bytes(Index()))
attempt("bytes(str)", lambda: bytes("x"))
attempt("bytes(float)", lambda: bytes(1.5))
attempt("bytes(-1)", lambda: bytes(-1))
attempt("bytes([256])", lambda: bytes([256]))
attempt("bytes(['a'])", lambda: bytes(["a"]))
attempt("bytes(1, enc)", lambda: bytes(1, "utf-8"))
attempt("bytes(errors=)", lambda: bytes(errors="strict"))
attempt("bytes(enc=nope)", lambda: bytes("a", "nope"))
attempt("bytes(Bad())", lambda: bytes(Bad()))
attempt("bytes(1, 2, 3, 4)", lambda: bytes(1, 2, 3, 4))

# sequence behaviour
b = b"hello world"
print(len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], b[100:], b[-3:], b[:0])
print(list(b"abc"), [x for x in b"\x00\xff"], tuple(b"hi"), sorted(b"cab"), sum(b"\x01\x02"))
print(104 in b, b"wor" in b, b"" in b, b"xyz" in b, bytearray(b"lo") in b, memoryview(b"he") in b, 300 - 200 in b)
attempt("b[11]", lambda: b[11])
attempt("b[-12]", lambda: b[-12])
attempt("b['x']", lambda: b[str(1)])
attempt("'x' in b", lambda: "x" in b)
attempt("256 in b", lambda: 256 in b)
i = iter(b"ab")
print(type(i).__name__, next(i), next(i), next(i, "done"))

# operators
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), b"ab" + memoryview(b"cd"), b"ab" * 3, 2 * b"xy", b"ab" * 0, b"ab" * -1)
x = b"a"
x += b"b"
x *= 2
print(x)
attempt("b + str", lambda: b"a" + "x")
attempt("str + b", lambda: "x" + b"a")
attempt("b * str", lambda: b"a" * "x")
attempt("b * float", lambda: b"a" * 1.5)
attempt("int + b", lambda: 1 + b"a")
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x01", b"b" >= b"a", b"" <= b"")
print(b"abc" == bytearray(b"abc"), b"abc" == "abc", b"a" == 97, b"abc" < bytearray(b"b"))
attempt("b < str", lambda: b"abc" < "x")
print(hash(b"abc") == hash(b"abc"), hash(b"abc") == hash(bytes([97, 98, 99])), hash(b"") == hash(b""))
print({b"k": 1, b"k2": 2}[b"k2"], b"k" in {b"k"}, len({b"a", b"a", bytes(b"a")}))
print(bool(b""), bool(b"\x00"), not b"", b"" or b"default")

# str(), print, f-strings, formatting
print(str(b"x\n"), f"{b'y'!r} {b'z'}", "%s|%r" % (b"p", b"q"), "{}".format(b"\xff"), [b"in list"])
attempt("format spec", lambda: format(b"x", "10"))
print(b"abc".__len__(), b"abc".__getitem__(1), bytes.__repr__(b"q"), b"ab".__add__(b"c"), b"ab".__bytes__())
attempt("descriptor", lambda: bytes.upper("x"))
