from urllib.parse import *
import urllib.parse as up
urls = ["http://user:pw@Example.COM:8080/a/b;p=1?q=1&r=2#frag", "https://example.com", "//host/path", "/just/path?x",
        "mailto:someone@example.com", "file:///etc/passwd", "http://[::1]:80/x", "http://[fe80::1%25eth0]/",
        "HTTP://www.Python.org/doc/#", "path;params?q#f", "  \t http://x.com/a\nb", "ftp://ftp.x.org/pub;type=d",
        "http://host:/", "http://host:abc/", "http://host:99999/", "a1+.-:rest", "1http:x", "http://u@h", "http://:pw@h",
        "tel:+1-555;ext=2", "http://host?q#f", "http://h/p?", "http://h/p#", "sip:alice@atlanta.com;transport=tcp"]
for u in urls:
    s = urlsplit(u); p = urlparse(u)
    print(repr(u)); print(" ", s); print(" ", p)
    try:
        port = p.port
    except ValueError as e:
        port = "ValueError: " + str(e)
    print(" ", p.username, p.password, p.hostname, port, "|", p.geturl(), "|", s.geturl(), "|", urlunparse(p), urlunsplit(s))
print(urlparse("path", scheme="https"), urlparse("http://a/b#c", allow_fragments=False), urlsplit("//a?b#c", "x", False))
for bad in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[vX.x]/", "http://[v1.x]/", "http://[zz]/"]:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print("ValueError", e)
r = urlparse(b"http://u:p@H.com:81/a;b?c#d")
print(r, r.hostname, r.port, r.username, r.password, r.geturl(), r.decode(), urlparse("http://x/y").encode())
print(urldefrag("http://a/b#c"), urldefrag("http://a/b"), urldefrag(b"x#y"), urldefrag("http://a/b#c").geturl())
try:
    urljoin("http://a", b"b")
except TypeError as e:
    print("TypeError", e)
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".",
            "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g",
            "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x",
            "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "https://other/x", "a//b"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("", "x"), urljoin("http://a/b", ""), urljoin("mailto:a@b", "c"), urljoin(b"http://a/b/", b"c"), urljoin("http://a/b/c", "../../../x", allow_fragments=False))
for s in ["abc def", "a/b c", "é", "~user", "a+b", "100%", "", "!*'();:@&=+$,/?#[]", "\x00\x7f"]:
    print(repr(quote(s)), repr(quote(s, safe="")), repr(quote_plus(s)), repr(quote_plus(s, safe="/+")))
print(quote(b"a b\xff"), quote("é", encoding="latin-1"), quote("\u20ac", encoding="ascii", errors="replace"), quote_from_bytes(b"a&b", safe=b"&"), quote_from_bytes(bytearray(b"x y")))
for bad in [lambda: quote(b"x", encoding="utf-8"), lambda: quote(b"x", errors="strict"), lambda: quote_from_bytes("s"), lambda: quote("é", encoding="ascii")]:
    try:
        bad()
    except (TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
for s in ["abc%20def", "%7e/abc+def", "%zz%4", "%E2%82%AC", "%E2%82", "caf%C3%A9 é %41", "%", "no escapes", "%41%42"]:
    print(repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s), repr(unquote(s, encoding="latin-1")))
print(unquote(b"%41b"), unquote_to_bytes(b"%41%"), unquote_to_bytes(""), unquote("%E2%82", errors="ignore"))
try:
    unquote(None)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
qs = "a=1&b=2&a=3&c=&d&e=%20x+y&f=%zz&&g=h=i"
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qsl("a=1;b=2", separator=";"), parse_qsl(b"x=1&y=%41"))
for kwargs in [dict(strict_parsing=True), dict(max_num_fields=2), dict(separator=""), dict(separator=None)]:
    try:
        print(parse_qsl("a=1&b&c=3", **kwargs))
    except ValueError as e:
        print("ValueError", e)
print(parse_qsl("", strict_parsing=True), parse_qsl("a=1&&b=2", strict_parsing=False))
try:
    parse_qsl("a=1&&b=2", strict_parsing=True)
except ValueError as e:
    print("ValueError", e)
print(urlencode({"a": 1, "b": "x y", "c": "é&"}), urlencode([("a", [1, 2]), ("b", b"z z")]), urlencode([("a", [1, 2]), ("b", (3,))], doseq=True))
print(urlencode({"k": "a/b c"}, safe="/"), urlencode({"k": "a b"}, quote_via=quote), urlencode({"k": "é"}, encoding="latin-1"), urlencode({}), urlencode([]), urlencode({"n": None, "x": 5}, doseq=True))
for bad in ["abc", [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print("TypeError", e, type(e.__cause__).__name__)
print(up.unwrap("<URL:http://x/>"), up.unwrap("  x  "), up._splittype("HTTP:rest"), up._splithost("//h:1/p"), up._splitport("h:80"), up._splitnport("h:x"), up._splituser("u:p@h"), up._splitquery("/p?q"), up._splittag("/p#t"), up._splitattr("/p;a=1;b"), up._splitvalue("a=1"))
s = urlsplit("http://x/y")
print(s._replace(path="/z").geturl(), s._fields, type(s).__mro__[1].__name__, ParseResult._fields, SplitResult("a", "b", "c", "d", "e"), isinstance(s, tuple))
print(SplitResult[str], up.uses_netloc[:3], len(up.uses_relative), up.scheme_chars)
print(urlsplit("http://www.example.com/%7Euser").path, urlparse("http://a/b;c;d").params, urlparse("http://a/b/c;d/e;f").params)
