import re
class S(str): pass
for s in [S("a b"), bytearray(b"a b"), memoryview(b"a b"), "a b"]:
    pat = r"\s" if isinstance(s, str) else rb"\s"
    r = re.split(pat, s, -1); print(type(r[0]).__name__, r if not isinstance(r[0], memoryview) else "mv")
    r = re.split(pat, s, 0); print([type(x).__name__ for x in r])
print(re.split("(a)|(b)", "xaybz", 1), re.split(b"(a)|(b)", b"xaybz"), re.split("x*", "axb"), re.split("(x)*", "axxb"))
try: re.split("a", "a", 2**70)
except Exception as e: print(type(e).__name__, e)
