# the methods of bytes (bytearray shares them; see bytearray_ops), hex/fromhex, maketrans/translate, % formatting


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


s = b"the quick brown fox jumps over the lazy dog"
print(s.count(b"o"), s.count(b"the"), s.count(111), s.count(b""), s.count(b"o", 15), s.count(b"o", 0, 15), s.count(b"", 50))
print(s.find(b"quick"), s.find(b"cat"), s.find(b"o", 13), s.find(b"o", -5), s.find(b"", 3), s.find(b"", 100), s.find(32))
print(s.rfind(b"o"), s.rfind(b"the"), s.rfind(b"o", 0, 20), s.rfind(b"zzz"), s.index(b"fox"), s.rindex(b"o"), s.find(b"o", None, None))
attempt("index missing", lambda: s.index(b"cat"))
attempt("rindex missing", lambda: s.rindex(b"cat"))
attempt("count str", lambda: s.count("o"))
attempt("count 300", lambda: s.count(300))
attempt("find float", lambda: s.find(1.5))
attempt("find bad start", lambda: s.find(b"o", "x"))
print(s.startswith(b"the"), s.startswith(b"quick", 4), s.startswith((b"a", b"th")), s.endswith(b"dog"), s.endswith(b"lazy", 0, -4))
print(s.startswith(b""), s.endswith((b"x", b"y")), b"abc".startswith(b"abc", 3), b"abc".startswith(b"", 4))
attempt("startswith str", lambda: s.startswith("the"))
attempt("endswith list", lambda: s.endswith([b"dog"]))
attempt("startswith tuple of str", lambda: s.startswith(("t",)))

# split and join
print(s.split(), s.split(b" ", 2), s.rsplit(None, 2), s.rsplit(b" ", 1), b"  a  b  ".split(), b"  a  b  ".rsplit(maxsplit=1), b"  a  b  ".split(maxsplit=1), b"  a  b  c ".split(None, 0))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", maxsplit=1), b"".split(), b"".split(b","), b"a\tb\nc\x0bd\x0ce\rf".split())
print(b"one\ntwo\r\nthree\rfour".splitlines(), b"one\ntwo\r\n".splitlines(True), b"".splitlines(), b"x\n\n".splitlines(keepends=True))
print(b", ".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b"-".join(b"xy" for _ in range(2)), b"-".join([b"solo"]))
attempt("split empty", lambda: b"abc".split(b""))
attempt("split str", lambda: b"abc".split(","))
attempt("join str item", lambda: b"".join(["a"]))
attempt("join int item", lambda: b"".join([b"a", 1]))

# replace, strip, partition, affixes
print(s.replace(b"the", b"THE"), s.replace(b"o", b"0", 2), b"aaa".replace(b"", b"-"), b"aaa".replace(b"", b"-", 2), b"abc".replace(b"x", b"y"))
print(b"  pad  ".strip(), b"  pad  ".lstrip(), b"  pad  ".rstrip(), b"xxhixx".strip(b"x"), b"abchiabc".strip(b"cba"), b"\t\n x \r\x0b\x0c".strip())
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b"prefix-body".removeprefix(b"prefix-"), b"body".removeprefix(b"x"), b"body.txt".removesuffix(b".txt"), b"body".removesuffix(b""))
attempt("strip str", lambda: b"abc".strip("a"))
attempt("partition empty", lambda: b"abc".partition(b""))
attempt("partition str", lambda: b"abc".partition("x"))

# case and classes
print(b"Hello World".upper(), b"Hello World".lower(), b"Hello World".swapcase(), b"hello wORLD 3rd".title(), b"hELLO wORLD".capitalize())
print(b"h\xe9llo".upper(), b"they're bill's".title(), b"".capitalize())
for t in [b"", b"abc", b"ABC", b"Abc", b"a1", b"123", b" \t\n", b"Hello World", b"hello World", b"\xe9", b"A b"]:
    print(t, t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isascii())

# padding
print(b"abc".center(9), b"abc".center(8, b"*"), b"abc".ljust(6, b"-"), b"abc".rjust(6), b"abc".center(2), b"ab".center(5, b"."))
print(b"42".zfill(5), b"-42".zfill(5), b"+4".zfill(4), b"".zfill(3), b"abc".zfill(2))
print(b"a\tbc\td".expandtabs(), b"a\tbc\td".expandtabs(4), b"x\ty\nab\tz".expandtabs(3), b"\t".expandtabs(0))
attempt("center str fill", lambda: b"abc".center(10, "x"))
attempt("center long fill", lambda: b"abc".center(10, b"xy"))
attempt("ljust long fill", lambda: b"abc".ljust(10, b"xy"))

# hex and fromhex
print(b"\x00\x01\xfe\xff".hex(), b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex(":", 2), b"\x01\x02\x03\x04\x05".hex("-", -2))
print(b"abc".hex(b"|"), b"".hex(), b"abc".hex(":", 0), b"abcdef".hex(" ", 3))
print(bytes.fromhex("00 01 fe FF"), bytes.fromhex(""), bytes.fromhex("  0a\n0b\t"), bytearray.fromhex("4142"))
attempt("fromhex zz", lambda: bytes.fromhex("zz"))
attempt("fromhex odd", lambda: bytes.fromhex("a"))
attempt("fromhex space", lambda: bytes.fromhex("ab c"))
attempt("fromhex bytes", lambda: bytes.fromhex(b"ab"))
attempt("hex sep len", lambda: b"abc".hex("::"))
attempt("hex sep int", lambda: b"abc".hex(1))

# translate and maketrans
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc".translate(table), b"abcdef".translate(table, b"de"), b"abcdef".translate(None, b"ace"))
attempt("maketrans lengths", lambda: bytes.maketrans(b"ab", b"c"))
attempt("translate short", lambda: b"abc".translate(b"x"))

# printf-style formatting
print(b"%s and %b" % (b"bytes", bytearray(b"array")), b"%d %i %u" % (1, -2, 3), b"%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print(b"%5s|%-5s|%.2s" % (b"ab", b"cd", b"xyz"), b"%05d|%+d|% d|%-4d|" % (42, 42, 42, 42), b"%.3f %e %g" % (3.14159, 12345.678, 0.0001))
print(b"%c%c" % (65, b"B"), b"%r %a" % (b"x", "\xe9"), b"%%" % (), b"%(name)s=%(val)d" % {b"name": b"n", b"val": 5})
print(b"%s" % memoryview(b"mv"), b"%s" % WithBytes() if False else b"%*d|%-*d|" % (5, 1, 4, 2), bytearray(b"%d") % 7)
attempt("%d str", lambda: b"%d" % "x")
attempt("%s str", lambda: b"%s" % "x")
attempt("too few", lambda: b"%s %s" % (b"x",))
attempt("too many", lambda: b"%s" % (b"x", b"y"))
attempt("%c 300", lambda: b"%c" % 300)
attempt("%c bytes", lambda: b"%c" % b"ab")
attempt("%y", lambda: b"%y" % 1)
attempt("no conversion", lambda: b"x" % 1)
attempt("incomplete", lambda: b"%" % ())
