import re, copy, weakref
m = re.match("a", "abc")
for t in [5, range(1,2), b"x", None]:
    try: print(repr(m.expand(t)))
    except Exception as e: print(type(e).__name__, e)
mb = re.match(b"a", b"abc")
for t in [5, "x", b"\\n", bytearray(b"y"), memoryview(b"z")]:
    try: print(repr(mb.expand(t)))
    except Exception as e: print(type(e).__name__, e)
for repl in [5, b"x", None, 1.5]:
    try: print(repr(re.sub("a", repl, "abc")))
    except Exception as e: print(type(e).__name__, e)
for repl in [5, "x", None]:
    try: print(repr(re.sub(b"a", repl, b"abc")))
    except Exception as e: print(type(e).__name__, e)
for c in [1.0, "1", None, True, -1]:
    try: print(repr(re.sub("a", "b", "aaa", c)))
    except Exception as e: print(type(e).__name__, e)
    try: print(repr(re.split("a", "babab", c)))
    except Exception as e: print(type(e).__name__, e)
print(re.compile(b'(?L)').flags, re.compile(b'(?a)').flags, re.compile(b'a').flags, re.compile(b'a', re.L|re.I).flags)
try: re.compile(b'(?u)')
except Exception as e: print(type(e).__name__, e)
try: re.compile('(?L)')
except Exception as e: print(type(e).__name__, e)
try: re.compile('(?au)')
except Exception as e: print(type(e).__name__, e)
print(re.match(rb'\w+', 'é'.encode('latin-1')+b'x'))
print(re.match(rb'(?i)\xe9', b'\xc9'))
print(re.match(r'(?i)\xe9', '\xc9'))
print(re.compile(r'(?P<a>x)').groupindex, type(re.compile(r'(?P<a>x)').groupindex))
try:
    class P(re.Pattern): pass
except TypeError as e: print(e)
try:
    class M(re.Match): pass
except TypeError as e: print(e)
try: re.compile('a') < re.compile('a')
except TypeError as e: print(e)
try: re.match('a','a') < re.match('a','a')
except TypeError as e: print(e)
p = re.compile('a')
for attr in ['pattern', 'flags', 'groups', 'groupindex', 'foo']:
    try: setattr(p, attr, 1); print("set", attr)
    except Exception as e: print(type(e).__name__, e)
for attr in ['string', 're', 'pos', 'endpos', 'lastindex', 'lastgroup', 'regs', 'foo']:
    try: setattr(m, attr, 1); print("set", attr)
    except Exception as e: print(type(e).__name__, e)
print(type(re.Pattern), re.Pattern, re.Match, re.Pattern.__module__, re.Pattern.__qualname__)
s = p.scanner("aba a")
print(s.pattern is p, s.match(), s.match(), s.search(), s.search(), type(s).__name__)
print(copy.copy(m) is m, copy.deepcopy(p) is p)
try: re.Pattern()
except TypeError as e: print(e)
try: re.Match()
except TypeError as e: print(e)
m = re.match("(a)", "abc"); mb = re.match(b"(a)", b"abc")
for mm, t in [(m, b"\\1x"), (m, b"x\\n"), (m, b"\\1"), (mb, "\\1x"), (mb, "x"), (mb, "x\\n"), (m, bytearray(b"x"))]:
    try: print(repr(mm.expand(t)))
    except Exception as e: print(type(e).__name__, e)
for pat, repl, s in [("(a)", b"\\1x", "abc"), (b"(a)", "\\1x", b"abc"), (b"(a)", "x", b"abc"), ("a", lambda m: b"x", "abc"), ("a", lambda m: 3, "abc"),(b"a", lambda m: "x", b"abc"), (b"a", lambda m: bytearray(b"x"), b"abc"), ("a", "x", b"abc"), (b"a", b"x", "abc")]:
    try: print(repr(re.sub(pat, repl, s)))
    except Exception as e: print(type(e).__name__, e)
for pat, repl, s in [(b"a", "x", b"abc"), (b"a", "x", b"zabc"), (b"(a)", "x", b"zabc"), ("a", b"x", "abc"), ("a", b"x", "zabc"),("a", b"", "zabc"),("a", b"\\n", "zabc"), ("a", "\\n", "zabc"), (b"a", bytearray(b"x"), b"abc"), (b"a", memoryview(b"x"), b"abc"), ("a", b"x", "bbb")]:
    try: print(repr(re.sub(pat, repl, s)))
    except Exception as e: print(type(e).__name__, e)
for pat, repl, s in [(b"a", lambda m: "", b"zabc"), ("a", lambda m: b"", "zabc"), ("(a)(b)?", b"\\2", "zabc"), ("(a)(b)?", b"\\2\\1", "zac"), ("(a)(b)?", b"\\2\\1", "ac"), ("(a)(b)?", b"\\2x\\1", "ac"), ("(a)", b"\\1", "ac"), ("(a)", b"\\1x", "ac")]:
    try: print(repr(re.sub(pat, repl, s)))
    except Exception as e: print(type(e).__name__, e)
class S(str): pass
class B(bytes): pass
for pat, repl, s in [("q", "y", S("abc")), ("a", "y", S("abc")), (b"q", b"y", B(b"abc")), (b"q", b"y", bytearray(b"abc")), (b"q", b"y", memoryview(b"abc"))]:
    r = re.sub(pat, repl, s); print(type(r).__name__, repr(r))
    r = re.subn(pat, repl, s); print(type(r[0]).__name__, repr(r))
    r = re.split(pat, s); print([type(x).__name__ for x in r])
    r = re.findall(pat, s); print([type(x).__name__ for x in r])
m = re.match("(a)", S("abc")); print(type(m.string).__name__, type(m.group()).__name__, type(m[1]).__name__)
m = re.match(b"(a)", B(b"abc")); print(type(m.string).__name__, type(m.group()).__name__, type(m[1]).__name__)
m = re.match("", S("")); print(type(m.string).__name__, type(m.group()).__name__)
print(re.escape(S("a.b")), type(re.escape(S("a.b"))).__name__, re.escape(bytearray(b"a.b")))

