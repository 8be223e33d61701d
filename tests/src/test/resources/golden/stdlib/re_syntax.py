import warnings; warnings.simplefilter("ignore", FutureWarning)
import re
def err(pat, flags=0):
    try:
        r = re.compile(pat, flags)
        print("ok", repr(r), r.groups)
    except re.error as e:
        print("error:", e, "|", e.msg, repr(e.pattern), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e)
bad = ["(", ")", "[a", "a**", "*a", "a{2,1}", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", r"\1", "(?P=zz)", "(?<=a+)b", "(?<!a|bc)d", "(?(2)a|b)", "(?(1)a|b|c)(x)",
       r"\p", r"\N{NOPE}", r"\N", r"\x1", r"\u12", r"\U0011ffff", r"[z-a]", "(?z)", "(?i", "(?-i)", "(?i-i:a)", "a{,2}x{3,}", "x{65536}", "(?#comment", "(?P", "(?P<n", "(?P<>a)",
       "a\n(", "ab\ncd\n[", r"[\d-z]", r"\8", r"(a)\2", "(?<", "(?", "a|*", "(?x) a b # c\n", r"\b\B\A\Z\z", r"(?a:\w)(?u:\w)", "(?L)a", "(?au)", "(?a)(?u)",
       "a++", "a*+b", "(?>ab|a)c", "a{1,2}+", "a?+", r"\N{LATIN SMALL LETTER A}", r"[\N{DIGIT ONE}-\N{DIGIT THREE}]", "[[a]", "[a&&b]", "[a--b]", "[a||b]", "[a~~b]",
       "(?i:a)B", "(?-i:a)", "(?i)(?m)^a", "a(?i)b", "(?s:.)", r"\Q", "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((x))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))",
       r"(?P<a>b)(?P=a)", r"(?P<a>b)\g<a>", r"[\b]", r"\0", r"\07", r"\777", r"[\777]", r"(?<=ab|cd)x", r"(?<=a{2})x", r"(?<=(a)\1)x", "{", "a{", "a{1", "a{1,", "x{1}{2}"]
for b in bad: err(b)
err(b"(?u)a"); err(b"\\N{DIGIT ONE}"); err(b"\\u1234"); err(b"[\\xff]"); err("a", re.L); err(b"a", re.U); err(b"a", re.A | re.L); err("a", re.A | re.U)
err(rb"(?L)\w"); err(b"a", re.L); err(b"(?aL)")
for f in [re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.DEBUG & 0, re.I | re.S, ~re.I & 0x1ff]:
    print(repr(f), str(f), int(f), f.name if hasattr(f, "name") else "")
print(re.I | re.M, re.I | 1024, repr(re.RegexFlag(0)), re.NOFLAG, re.I & re.M, re.I ^ re.I, type(re.I | 2), re.I == 2, re.I | re.I, ~re.I)
print(re.compile("a", re.I | re.M).flags, re.compile("(?imsx)a").flags, re.compile("(?a)a").flags, re.compile(b"a").flags, re.compile(b"(?i)a", re.L).flags)
print(re.match("(?i)a", "A"), re.match("(?i:a)b", "AB"), re.match("(?i:a)b", "Ab"), re.match("a(?-i:b)", "Ab", re.I), re.match("a(?-i:b)", "AB", re.I))
print(re.findall("^a", "a\na", re.M), re.findall("a$", "a\na\n"), re.findall(".", "a\nb", re.S), re.match(r"\w", "é"), re.match(r"\w", "é", re.A), re.match(r"(?a:\w)(?u:\w)", "aé"))
print(re.match(r"(?x) a \  b # comment", "a b"), re.match(r"(?x)[ ]a", " a"), re.match("(?x)a#c\nb", "ab"))
print(re.match("a++", "aaa"), re.match("a++a", "aaa"), re.match("(?>a+)a", "aaa"), re.match("(?>ab|a)c", "ac"), re.match("(?:ab|a)c", "ac"), re.match("a*+b", "aab"), re.match(r"\d{2,3}+\d", "1234"))
print(re.match(r"\N{LATIN SMALL LETTER A}\N{EM DASH}", "a\u2014"), re.match(r"[\N{DIGIT ONE}-\N{DIGIT THREE}]+", "123"), re.match(r"\N{latin small letter a}", "a"))
print(re.match(r"(a)?(?(1)b|c)", "ab"), re.match(r"(a)?(?(1)b|c)", "c"), re.match(r"(?P<q>')?\w+(?(q)')", "'x'"), re.match(r"(?P<q>')?\w+(?(q)')", "x'"), re.match(r"(a)(?(1)b)", "ab"))
print(re.search(r"(?<=abc)def", "abcdef"), re.search(r"(?<!abc)def", "xbcdef"), re.search(r"(?<=a|b)c", "bc"), re.search(r"(?<=(a))b\1", "aba"))
print(re.match("(?i)straße", "STRASSE"), re.match("(?i)ß", "ẞ"), re.match("(?i)\u212a", "k"), re.match("(?i)[k]", "\u212a"), re.match("(?i)ſ", "S"), re.match("(?i)ı", "I"), re.match("(?i)İ", "i"), re.match("(?i)σ", "ς"), re.match("(?i)[σ]", "Σ"))
print(re.match(r"(?i)\u0390", "\u1fd3"), re.match(r"(?i)[a-z]", "\u212a"), re.match(r"(?ia)[a-z]", "\u212a"), re.match(r"(?i)Ǆ", "ǅ"))
print(re.match(r"\s+", "\x1c\x1d\x1e\x1f\x85\xa0"), re.match(rb"\s+", b"\x1c\x1d\x85"), re.match(r"\d+", "١٢"), re.match(r"\d+", "١٢", re.A), re.match(r"\w+", "a\u0301b"))
print(re.match(r"\x41\u0042\U00000043\101\0", "ABCA\0"), re.match(r"[\x41-\x43]+", "ABC"), re.match(r"\Z", ""), re.search(r"a\Z", "a\n"), re.search(r"a$", "a\n"))
print(re.match(r"(?s).*", "a\nb"), re.match(r".*", "a\nb"), re.match(r"[^a]", "\n"), re.match(r"(ab)*", "ababab").group(1), re.match(r"(a|b)*?c", "abc").groups())
print(re.match(r"(?:a|(b))+", "ab").groups(), re.match(r"(a)|(b)", "b").groups(), re.match("(a*)*", "b").groups(), re.match("(a*)+", "b").groups(), re.match("(a|b)*", "ab").lastindex)
print(re.fullmatch("a|ab", "ab"), re.fullmatch("a*?", "aaa"), re.fullmatch(r"\d+", "12a"), re.compile("a|ab").fullmatch("xab", 1))
