# re: search, match, fullmatch, findall, finditer, compile and its cache, escape, pos/endpos.
import re

print(re.search(r"\d+", "abc 123 def 45"))
print(re.search(r"\d+", "no digits here"))
print(re.match(r"[a-z]+", "hello world"))
print(re.match(r"[a-z]+", "  hello"))
print(re.fullmatch(r"\w+", "hello"))
print(re.fullmatch(r"\w+", "hello world"))
print(re.fullmatch(r"a|ab", "ab"))

# findall: whole match, one group, several groups, unmatched groups give ''
print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)=(\d)", "a=1, b=2, c=x"))
print(re.findall(r"(\w)=\d", "a=1, b=2"))
print(re.findall(r"(a)|(b)", "abba"))
print(re.findall(r"x*", "axb"))
print(re.findall(r"", "abc"))
print(re.findall(r"\b\w", "the quick brown fox"))
print(re.findall(r"(?:ab)+", "ababxab"))

# finditer
for m in re.finditer(r"(?P<word>\w+)@(?P<host>\w+)", "joe@home, ann@work"):
    print(m.span(), m.group("word"), m["host"], m.groupdict())
print([m.span() for m in re.finditer(r"\w*", "ab cd")])
it = re.finditer(r"a", "banana")
print(next(it).start(), next(it).start(), next(it).start())
try:
    next(it)
except StopIteration:
    print("StopIteration")

# compile, Pattern attributes and repr
p = re.compile(r"(?P<key>\w+)\s*:\s*(?P<value>[^;]*)")
print(p)
print(p.pattern, p.flags, p.groups, p.groupindex["key"], p.groupindex["value"], sorted(p.groupindex))
print(p.search("  name : Krait; x: y").groupdict())
print(p.findall("a:1;b : 2;c:3"))
print(re.compile("a+"), re.compile("a+", re.I), re.compile(r"x\n", re.M | re.S))
print(re.compile("a+") is re.compile("a+"))
print(re.compile(p) is p)
print(re.compile("abc") == re.compile("abc"), re.compile("abc") == re.compile("abc", re.I))
re.purge()
print(re.compile("a+").pattern)
print(type(p).__name__, type(p.match("k:v")).__name__)
print(re.compile("x" * 300))

# pos and endpos
p = re.compile(r"\d")
print(p.search("a1b2c3", 2), p.search("a1b2c3", 2, 3), p.search("a1b2c3", 4, 2))
print(p.match("a1b2", 1), p.match("a1b2", 0), p.fullmatch("a1b2", 1, 2))
print(p.findall("1234567", 2, 5), p.findall("123", -5, 100))
print([m.group() for m in p.finditer("12345", 3)])
print(re.compile(r"^\w").search("ab", 1), re.compile(r"\w$").search("abc", 0, 2))
m = p.search("xx7", 1, 10)
print(m.pos, m.endpos, m.string, m.re is p)

# special characters and classes
print(re.findall(r"[^\W\d_]+", "abc_12 déf ghi3"))
print(re.findall(r"\s+", "a \t\nb"))
print(re.search(r"colou?r", "my colour").group())
print(re.search(r"(\w+)\s\1", "hello hello world").group(1))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group())
print(re.search(r"(?<=-)\w+", "spam-egg").group())
print(re.search(r"(?<!x)y", "xy ay").span())
print(re.search(r"foo(?=bar)", "foobaz foobar").span())
print(re.search(r"foo(?!bar)", "foobar foobaz").span())
print(re.search(r"a{2,3}", "caaaat").group(), re.search(r"a{2,3}?", "caaaat").group())
print(re.search(r"(a)?b(?(1)c|d)", "bd").group(), re.search(r"(a)?b(?(1)c|d)", "abc").group())
print(re.search(r"\Aab\Z", "ab"), re.search(r"\Aab\Z", "ab\n"), re.search(r"ab$", "ab\n"))
print(re.search(r".+", "é😀ü").span(), re.findall(r".", "a😀b"))
print(re.search(r"😀(.)", "xx😀y").group(1), re.search(r"😀(.)", "xx😀y").span(1))
print(re.findall(r"[α-ω]+", "abc αβγ def"))
print(re.search(r"\d+", "١٢٣"), re.search(r"\d+", "١٢٣", re.A))

# escape
print(re.escape("a.b*c?d"), re.escape("1+1=2"), re.escape("path/to file\t[x]"))
print(re.escape("-_~#&"), re.escape("héllo wörld"))
print(re.fullmatch(re.escape("(x)+[y]"), "(x)+[y]") is not None)

# argument errors
for bad in [lambda: re.search("a", 5), lambda: re.compile(5), lambda: re.compile(p, re.I),
            lambda: re.findall("a", None), lambda: re.escape(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# pos and endpos as other integers, out of range, or not integers
p = re.compile(r"\w")
print(p.search("abc", True), p.match("abc", False, True))
for args in [("abc", "1"), ("abc", 1.5), ("abc", 10**30), ("abc", 0, -10**30), ("abc", None)]:
    try:
        print(p.search(*args))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    print(p.findall("abc", "x"))
except TypeError as e:
    print(type(e).__name__, e)
m = p.search("abc", -5, 99)
print(m.pos, m.endpos, m)
