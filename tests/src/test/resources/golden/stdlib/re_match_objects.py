# re: Match objects (group, groups, groupdict, start/end/span, lastindex/lastgroup, repr, indexing).
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<extra> \w+)?", "Jane Doe, writer")
print(m)
print(repr(m), bool(m))
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group(1, 2), m.group("first", "last", 0))
print(m[0], m[1], m["last"], m[3])
print(m.groups(), m.groups("-"))
print(m.groupdict(), m.groupdict(default="?"))
print(m.start(), m.end(), m.span(), m.start(1), m.end("last"), m.span("first"), m.span(3), m.start(3))
print(m.lastindex, m.lastgroup)
print(m.string, m.pos, m.endpos, m.re.pattern)
print(m.regs)

print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)?", "a").lastindex)
print(re.match(r"(?:(a)|b)*", "ab").lastindex, re.match(r"(?:(a)|(b))*", "ab").lastindex)
print(re.match(r"a", "a").lastindex, re.match(r"a", "a").lastgroup)
print(re.match(r"(?P<x>a)(b)", "ab").lastgroup, re.match(r"(a)(?P<y>b)", "ab").lastgroup)
print(re.match(r"(?P<outer>(?P<inner>a)b)", "ab").lastgroup)

m = re.search(r"(\d+)-(\d+)?", "call 555- now")
print(m.groups(), m.groups(0), m.span(2), m.group(2))
print(re.search("", "abc"), re.search("$", "abc"))
print(re.search(r"b+", "abbbc"))
print(re.search(r"'", "it's"), re.search(r'"', 'say "x"'))
print(re.search(r"\n", "a\nb"), re.search(r"é+", "café"))
print(re.search(r"y", "x" * 100 + "y"))
print(re.search(r"x+", "x" * 100))

# groups with the same text, nested, repeated
m = re.match(r"(a|b)*", "abab")
print(m.group(1), m.span(1))
m = re.match(r"((\w)(\w))+", "abcd")
print(m.groups(), m.span(1), m.span(3))
m = re.fullmatch(r"(?P<a>x)(?P<b>y)?(?P<c>z)", "xz")
print(m.groupdict(), m.groupdict(""), m.lastgroup)

# bad group references
m = re.match(r"(a)(?P<n>b)", "ab")
for group in [3, -1, "nope", 1.0, None]:
    for method in (m.group, m.start, m.end, m.span, m.__getitem__):
        try:
            method(group)
        except IndexError as e:
            print(method.__name__, repr(group), "IndexError", e)
print(m.group(True), m.span(False))

# Match objects in conditions and loops
words = ["apple", "42", "banana7", ""]
for w in words:
    if m := re.fullmatch(r"[a-z]+", w):
        print(w, "word", m.span())
    elif re.search(r"\d", w):
        print(w, "has digits")
    else:
        print(repr(w), "neither")
lines = ["x = 1", "  y=22", "bad line", "z  =  333"]
for line in lines:
    m = re.match(r"\s*(\w+)\s*=\s*(\d+)$", line)
    print(m and (m.group(1), int(m.group(2))))

# the types: subscriptable for annotations, not constructible
def typed(m: re.Match[str], p: re.Pattern[str]) -> None:
    pass
print(typed.__annotations__)
for cls in (re.Pattern, re.Match):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(re.compile("a").groupindex, re.compile("(?P<n>a)(?P<m>b)").groupindex)
