# bytes patterns: matched over any bytes-like object with ASCII-only classes and case, results as bytes
import re
p = re.compile(rb"(\w+)=(\d+)")
print(p, p.flags, p.pattern, p.groups)
m = p.search(b"  key=42; other=7")
print(m, m.group(), m.groups(), m.span(1), m.string, m[2], m.groupdict(), m.expand(rb"\2:\1"))
print(p.findall(b"a=1 b=22 c=x"), re.findall(rb"\d", bytearray(b"a1b2")), re.findall(rb"x(y)?", b"x xy"))
print(p.sub(rb"\2=\1", b"a=1, b=2"), p.subn(b"X", b"a=1 b=2"), p.sub(lambda m: m.group(1).upper(), b"ab=1"))
print(re.split(rb"[,;]", b"a,b;c"), re.split(rb"(,)", b"a,b"), re.sub(rb"z", b"y", bytearray(b"abc")))
print(re.match(rb"\w+", "é".encode("latin-1")), re.match(rb"(?i)ABC", b"abc"), re.fullmatch(rb".+", b"\xff\x00"))
print(re.escape(b"a.b*c"), re.compile(b"x", re.I), re.compile(rb"\d", re.L).flags, re.search(b"\\xff", b"a\xffb"))
print(re.match(b"b", memoryview(b"abc"), ), re.search(b"b", memoryview(b"abc")).group())
for bad in (lambda: re.match(b"a", "a"), lambda: re.match("a", b"a"), lambda: re.compile(b"a", re.U),
            lambda: re.sub(b"a", "x", b"a"), lambda: re.match(b"a", 5), lambda: re.compile(b"(", 0),
            lambda: re.sub(b"a", lambda m: "s", b"a")):
    try:
        print(bad())
    except (TypeError, ValueError, re.error) as e:
        print(type(e).__name__, e)
print([m.span() for m in re.finditer(rb"a*", b"baaac")], re.compile(rb"\s+").split(b" a  b "))
