import re, array
def show(f):
    try: print(repr(f()))
    except Exception as e: print("%s: %s" % (type(e).__name__, e))
class S(str): pass
class B(bytes): pass
pb = re.compile(rb"(\w+)=(\d+)")
for src in [b"a=1 bb=22", bytearray(b"a=1 bb=22"), memoryview(b"a=1 bb=22"), B(b"a=1 bb=22"), array.array("b", b"a=1 bb=22")]:
    m = pb.search(src)
    print(type(src).__name__, m, m.groups(), type(m.string).__name__, pb.findall(src), pb.sub(rb"\2=\1", src), pb.split(src), [x.span() for x in pb.finditer(src)])
print(re.match(rb"\xe9", b"\xe9"), re.match(rb"(?i)\xe9", b"\xc9"), re.match(rb"(?i)a", b"A"), re.match(rb"\w", b"\xe9"), re.match(rb"[\x80-\xff]+", bytes(range(128, 256))).span())
print(re.match(rb"(?L)\w", b"a"), re.match(rb"(?iL)A", b"a"), re.compile(rb"\d", re.L).flags, re.findall(rb"\s", b" \t\n\r\f\v\x1c"), re.match(rb".", b"\n", re.S))
print(re.escape(b"\x00\xff a"), re.sub(b"a", b"\\n", b"a"), re.sub(b"a", lambda m: m.group() + b"!", b"banana"), re.subn(b"(a)", b"[\\1]", b"aa"))
show(lambda: re.match(rb"\u0041", b"A")); show(lambda: re.match("x", b"x")); show(lambda: re.match(b"x", "x")); show(lambda: re.match(b"x", 5)); show(lambda: re.match("x", None))
show(lambda: re.sub(b"x", "y", b"x")); show(lambda: pb.match(b"a=1").expand("\\1")); show(lambda: pb.match(b"a=1").expand(b"<\\g<2>>"))
# str subclasses
ps = re.compile(S(r"(\w)"))
print(type(ps.pattern).__name__, ps.pattern, ps.match(S("xy")), ps.findall(S("ab")), [type(x).__name__ for x in ps.split(S("a-b"))], type(ps.sub(S("z"), S("ab"))).__name__, ps.sub(S("z"), S("ab")))
m = ps.match(S("q")); print(type(m.string).__name__, type(m.group(0)).__name__, type(m[1]).__name__, type(m.expand(S("\\1"))).__name__)
print(re.compile(S("a")) is re.compile("a"), re.compile(S("a")) == re.compile("a"))
# Scanner
sc = re.Scanner([(r"[a-z]+", lambda s, t: ("W", t)), (r"\d+", lambda s, t: ("N", int(t))), (r"\s+", None), (r"[+*]", lambda s, t: ("OP", t, s.match.lastindex))])
print(sc.scan("ab 12 + cd*3 $x"), sc.scanner, sc.scanner.groups)
sc = re.Scanner([(r"(\s)+", None), (r"(\w)+", lambda s, t: t)])
print(sc.scan("ab cd"))
sc2 = re.Scanner([(b"a", "A"), (b"b", None)]); print(sc2.scan(b"abba!"))
print(re.Scanner([("a", 1)], re.I).scan("AaB"))
# scanner method
s = re.compile(r"\d*").scanner("12a3")
print([s.search() for _ in range(5)])
s = re.compile(r"\d*").scanner("12a3")
print([s.match() for _ in range(3)])
s = re.compile(r"a").scanner("aaxa", 1, 3); print(s.match(), s.match(), s.search(), s.pattern)
show(lambda: re.compile("a").scanner(b"a")); show(lambda: re.compile("a").scanner(S("a")).match())
# misc Match
m = re.match("(a)(b)?", "a")
print(m[True], m.group(False), m.span(2), m.start(2), m.end(2), m.regs, m.groups(), m.expand(r"\2x"))
import operator
class Idx:
    def __index__(self): return 1
print(m[Idx()], m.group(Idx()), m.span(Idx()))
show(lambda: m.group(2**70)); show(lambda: m.span(None)); show(lambda: m.start("x")); show(lambda: m.group(1, 5))
print(re.compile("a").search("xa", Idx()), re.compile("a").search("xa", True))
show(lambda: re.compile("a").search("xa", 1.0)); show(lambda: re.compile("a").search("xa", 0, "1")); show(lambda: re.compile("a").match("a", 2**70))
show(lambda: re.compile("a").search(string="a", pos=0, endpos=1)); show(lambda: re.compile("a").sub(repl="b", string="a", count=1)); show(lambda: re.compile("a").split(string="a,a", maxsplit=1))
show(lambda: re.compile("a").findall(string="aa", pos=1, endpos=2))
show(lambda: re.sub(pattern="a", repl="b", string="a", count=0, flags=0)); show(lambda: re.split(pattern="a", string="bab", maxsplit=0, flags=0))
print(re.compile("(?P<n>a)").groupindex["n"], list(re.compile("(?P<a>.)(?P<b>.)").groupindex), re.Pattern[str], re.Match[bytes])
