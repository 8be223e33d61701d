import re
def show(f):
    try: print(repr(f()))
    except Exception as e: print("%s: %s" % (type(e).__name__, e))
show(lambda: re.compile("a", 1.5)); show(lambda: re.compile("a", "i")); show(lambda: re.compile("a", None)); show(lambda: re.compile("a", True).flags)
show(lambda: re.compile(None)); show(lambda: re.compile(["a"])); show(lambda: re.compile(bytearray(b"a")).pattern); show(lambda: re.compile(memoryview(b"ab")).pattern)
show(lambda: re.match("a", "a", flags=re.I | 0)); show(lambda: re.compile("a", re.I).match("A").re); show(lambda: re.compile(r"(?x)a b").pattern)
show(lambda: re.finditer("a", "aa").__next__()); show(lambda: type(re.finditer("a", "a")).__name__); show(lambda: iter(re.compile("a").scanner("a").match, None).__next__())
show(lambda: re.sub("a", "b", "a", 1, re.I)); show(lambda: re.split("a", "bab", 1, re.I)); show(lambda: re.subn("(?i)A", "b", "aA"))
show(lambda: re.compile("a").sub("b", "aaa", count=True)); show(lambda: re.escape(""))
show(lambda: sorted(re.compile("(?P<b>x)(?P<a>y)").groupindex.items()))
show(lambda: re.compile("(?P<é>x)").groupindex); show(lambda: re.match("(?P<é>x)", "x").groupdict())
show(lambda: re.compile(b"(?P<n>x)").groupindex); show(lambda: re.match(b"(?P<n>x)(?P=n)", b"xx")); show(lambda: re.sub(b"(?P<n>x)", b"\\g<n>!", b"x"))
