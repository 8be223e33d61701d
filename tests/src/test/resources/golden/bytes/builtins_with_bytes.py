# builtins that take bytes: int(), float(), ord(), sum(), reversed(), sorted(), min/max, ascii(), format()


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(int(b"12"), int(b" -7 "), int(bytearray(b"ff"), 16), int(memoryview(b"12")), int(b"1_0"), int(b" 0x1f ", 0), int(b"z", 36))
print(float(b"1.5"), float(bytearray(b"nan")), float(memoryview(b"2.5")), float(b" 1e3 "), float(b"-inf"))
attempt("int(b'x')", lambda: int(b"x"))
attempt("int(bytearray)", lambda: int(bytearray(b"x")))
attempt("int(nbsp)", lambda: int(b"\xa012"))
attempt("int(superscript)", lambda: int(b"1\xb2"))
attempt("int(mv, base)", lambda: int(memoryview(b"1"), 10))
attempt("int(b, 40)", lambda: int(b"12", 40))
attempt("float(b'x')", lambda: float(b"x"))
attempt("float(bytearray)", lambda: float(bytearray(b"x")))
attempt("float(nbsp)", lambda: float(b"\xa01"))
print(ord(b"a"), ord(bytearray(b"z")), ord(b"\xff"))
attempt("ord(b'ab')", lambda: ord(b"ab"))
attempt("ord(bytearray())", lambda: ord(bytearray()))
attempt("sum bytes", lambda: sum([b"a", b"b"], b""))
attempt("sum bytearray", lambda: sum([], bytearray()))
attempt("str join", lambda: "".join([b"a"]))
print(list(reversed(b"abc")), list(reversed(bytearray(b"abc"))), bytes(reversed(b"abc")), list(enumerate(b"ab")), list(zip(b"ab", b"cd")))
print(min(b"hello"), max(b"hello"), sorted([bytearray(b"b"), b"a", b"\xff", b""]), sorted(b"bca", reverse=True))
print(ascii(b"\xff"), ascii(bytearray(b"x")), format(b"ab"), "{!s:>8}".format(b"ab"), f"{b'ab'!s:>8}|{bytearray(b'c')!r}")
print(bool(memoryview(b"")), bool(memoryview(b"x")), b"a" < b"a" <= b"b", b"ab"[True], b"a" * True, iter(b"abc").__length_hint__())
print(bytes.count(b"aa", b"a"), bytearray.count(bytearray(b"aa"), b"a"), b"".join(map(bytes, [[1], [2]])), bytes.fromhex.__name__)
print(set([b"a", b"a"]), {b"a": bytearray(b"x")}, "abc" == b"abc", type(b"a"[0]).__name__, bytes.__name__, b"x".__class__)
