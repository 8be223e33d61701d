def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print("a,b,c".split(",", maxsplit=1), "a b  c".rsplit(maxsplit=1), " a b ".split(None), "x".split("x"), "".split(), "".split(","))
print("abcabc".find("c", -2), "abcabc".find("c", None, 4), "abcabc".count("c", 3), "abc".rfind(""), "abc".index("", 1), "abc".startswith("", 3), "abc".startswith("", 4))
print("-".join(x for x in "abc"), "{:*^11,}".format(1234567), "{0!s:>5}|{0!a}".format("é"), "%-5s|%+.3e|%o|%c" % ("ab", 12345.678, 8, 65))
print("ab".center(5, "-"), "ab".center(6, "-"), "abc".center(6, "-"), "title case  here".title(), "they're bill's".title(), "ǉ".capitalize())
print("  \t\n x".isspace(), "\u00a0".isspace(), "Ⅻ".isnumeric(), "٣".isdecimal(), "ⓐ".isalpha(), "_a1".isidentifier(), "α".isidentifier())
print("aBc".swapcase(), "ǅ".swapcase(), "ß".casefold(), "ﬃ".upper(), "ŉ".title(), "ΑΣ ΣΑΣ".lower())
print("a\tb".expandtabs(0), "\t".expandtabs(1), "ab\r\ncd\tef".expandtabs(4))
print(str.join(",", ["a"]), str.split("a b"), str.upper("x"), str.format("{}", 1), str.count("aaa", "a"))
print("%r %a %s" % ("é", "é", b"" if False else 1), "%5.2f%%" % 3.14159, "%(x)05d" % {"x": 42}, "%x %X %#x %#o" % (255, 255, 255, 8))
l = [3, 1, 2]
print(l.sort(key=None), l, sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([3, 1, 2], key=lambda x: -x), l.index(3, -1), l.index(1, -100, 100))
show(lambda: sorted([1, 2], key=1))
show(lambda: [3, 1].sort(key=lambda x: x / 0))
print([1, 2, 3][True], [1, 2, 3][-3], [1, 2][::-2], [1, 2, 3, 4][1::2], [[0] * 2] * 2, [] * 5, [1] * -1)
d = {}
for i in range(5):
    d[i] = i
print(d.popitem(), d.popitem(), d, dict.fromkeys(range(3), []), {**{1: 2}, **{1: 3}})
class K:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k * 2
print(dict(K()), dict(K(), c=1))
print((5).__pow__(-1), (2).__pow__(0.5), (10**20).__truediv__(3), (7).__floordiv__(-2), (-7).__mod__(3), (1).__lshift__(70), (-1).__rshift__(100))
print((-5).bit_count(), (0).bit_count(), round(5, -1), round(15, -1), round(-25, -1), round(123456789, -10), (2**70).__round__(-20))
print(True.__and__(1), True.__and__(True), True.__or__(False), True.__xor__(2), False.__invert__() if False else 0, True.__add__(True), True.__neg__())
print(float.__eq__(2.0**63, 2**63), (1.0).__eq__(10**400), float.__lt__(1e308, 10**400), (0.5).__round__(), (1.5).__round__(), (-0.5).__round__(), (2.5).__round__(None))
print(format(1e22, ""), format(1.0, ""), format(123.456, "g"), format(0.0001, ".2%"), format(-0.0, "+"), 1e-5, 123e45, float("1e-310"))
show(lambda: (1.5).__round__(1.5))
show(lambda: round(1.5, "a"))
show(lambda: (10**400) * 1.0)
show(lambda: float(10**400))
show(lambda: 2.0 ** 10000)
show(lambda: (1).__truediv__(10**400))
