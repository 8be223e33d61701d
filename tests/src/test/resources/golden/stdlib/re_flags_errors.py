# re: flags (values, reprs, combinations, inline flags) and re.error for bad patterns.
import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.I | re.M), str(re.S | re.I), re.DOTALL | re.VERBOSE | re.ASCII)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L))
print(re.I == 2, re.I == re.IGNORECASE, re.I != re.M, re.I | 2 == re.I, bool(re.NOFLAG), bool(re.I))
print(re.I & re.M, re.I & (re.I | re.M), 8 | re.I, (re.I | re.M) & 8)
print(re.I.name, re.M.value, re.RegexFlag(8), re.RegexFlag.MULTILINE if hasattr(re.RegexFlag, "MULTILINE") else re.M)
print({re.I: "i"}[2], format(re.I), "%s" % re.M)

print(re.findall(r"hello", "Hello HELLO hello", re.I))
print(re.findall(r"^\w+", "one\ntwo\nthree"), re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.findall(r"\w+$", "one\ntwo\nthree", re.MULTILINE))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S))
print(re.search(r"""
    (\d+)   # number
    \s*     # space
    ([a-z]+) # unit
""", "is 42 kg", re.X).groups())
print(re.search(r"\w+", "héllo", re.A), re.search(r"\w+", "héllo"))
print(re.search(r"é", "É", re.I), re.search(r"é", "É", re.I | re.A))
print(re.findall(r"(?i)ab", "AB ab aB"), re.findall(r"a(?i:b)c", "aBc abc ABC aBC"))
print(re.search(r"(?s).+", "a\nb").group() == "a\nb", re.search(r"(?m)^b", "a\nb").span())
print(re.search(r"(?x) a b # comment", "ab").group())

p = re.compile(r"(?i)abc")
print(p, p.flags, re.compile("abc", re.I).flags, re.compile("abc", re.A).flags, re.compile("x", re.M | re.S).flags)
print(re.compile("x", re.U), re.compile("x", re.X | re.I))
print(re.compile("(?x)a b").flags, re.compile("(?a)x").flags, re.compile("(?m)x", re.M).flags)
print(re.compile("x", 1 << 20))

# value errors for incompatible flags
for pattern, flags in [("a", re.A | re.U), ("a", re.L), ("(?a)x", re.U), ("(?u)x", re.A)]:
    try:
        re.compile(pattern, flags)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)

# re.error for bad patterns: message, position, lineno/colno
bad = ["(", "(ab", "a)", "[a-", "[z-a]", "a{3,2}", "*a", "a**", "(?P<1>x)", "(?P<a>x)(?P<a>y)", r"\1(a)",
       "(?P=nope)", r"\k", "a\\", "(?<", "(?P", "(?z)", "x{", "[", "(?#", r"\x4", r"\u12", r"\N{NOPE}",
       "(?i", "a|*", "(?P<a-b>x)", "(?(2)a|b)", "ab\n(cd\nef", "[]", "(?<=a+)b", r"\777"]
for pattern in bad:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "->", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == pattern)
try:
    re.compile("ab(")
except Exception as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, re.error), repr(e))
print(re.error is re.PatternError if hasattr(re, "PatternError") else True)
e = re.error("custom")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error("custom", "a\nbc", 3)
print(e, e.lineno, e.colno)

# positions count code points, not UTF-16 units
for pattern in ["😀😀(", "é😀a**", "(?P<n>😀)(?P<n>x)"]:
    try:
        re.compile(pattern)
    except re.error as e:
        print(e, e.pos, e.colno)

# scoped inline flags stay scoped in every kind of match
print(re.compile(r"a(?i:b)c").flags, re.fullmatch(r"a(?i:b)c", "ABC"), re.fullmatch(r"a(?i:b)c", "aBc"))
print(re.match(r"a(?i:b)c", "ABC"), re.findall(r"(?:a(?i:b)c)?", "ABCabcaBc"))
print(re.compile("(?x) a (?-x: b)").fullmatch("a b"))

print(re.RegexFlag.IGNORECASE, re.RegexFlag.MULTILINE is re.M, re.RegexFlag.NOFLAG, re.RegexFlag.DOTALL.value)
print(re.compile("a", re.RegexFlag.IGNORECASE | re.RegexFlag.VERBOSE))
import re
print(f"{re.I}", format(re.I, "5"), str(re.I|re.M), repr(~re.I), type(re.I), re.I.value, re.I.name, (re.I|re.M).name, int(re.I), re.I == 2, re.NOFLAG, re.A, isinstance(re.I, int), re.RegexFlag(2), repr(re.RegexFlag(1 << 20)))
