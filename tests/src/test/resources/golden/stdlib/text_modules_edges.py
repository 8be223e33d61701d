# more edge cases
from urllib.parse import *
import urllib.parse as up
for base, rel in [("http://a/b/c/d;p?q", "../../../../g"), ("http://a", "b"), ("http://a/", "../x"), ("file:///tmp/a", "b"), ("file:///tmp/a/", "../../../b"),
                  ("https://a/b?q#f", "#g"), ("https://a/b?q#f", "?"), ("https://a/b", "//c/d"), ("svn+ssh://h/p/", "q"), ("mailto:a@b", "mailto:c@d"),
                  ("http://a/b/", "g:h"), ("http://a/b/", "http:"), ("http://a/b/c", "."), ("http://a/b/c/", "./"), ("ws://h/a/b", "../c"), ("http://a/b/c", "g/./.."),
                  ("http://a/b", "javascript:x"), ("HTTP://A/b", "c"), ("http://a/%7Eb/c", "d")]:
    print(base, rel, urljoin(base, rel))
for s in ["http://a/b?c=d&e", "//[::ffff:1.2.3.4]:8/p", "http://[v7.abc]/", "a:b:c", "x://y", "http://a:b@c:d@e/", "http://u:p:q@h/", "http://h:65535", "http://h:0", "http://h:-1", "http://h:१२",
          "http://x/a;b/c;d", "//netloc-only", "path?q=1#f?g", "http://h/p?q#f#g", "scheme-only:", ":nocolon", "http:/one-slash", "HTTPS://Example.Com:443/"]:
    try:
        r = urlparse(s)
        try:
            port = r.port
        except ValueError as e:
            port = "ValueError: " + str(e)
        print(repr(s), r, r.hostname, port, r.username, r.password, urlunparse(r))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(urlsplit("http://ex ample.com/ \x00x"), urlsplit("\x00\x1f http://x"))
try:
    urlsplit(b"http://h/\xc3")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(quote("/a b/c?d", safe="/?"), quote("a", safe=b"/"), quote_plus(b"a b+c"), quote_plus("a b", safe=b"+"), quote("\U0001f600"), unquote("%F0%9F%98%80"), unquote("%ff", errors="strict") if False else "")
try:
    unquote("%ff", errors="strict")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(parse_qs("a=1&a=2;b=3", separator=";"), parse_qsl("=x&y="), parse_qsl("=x&y=", keep_blank_values=True), parse_qs("%zz=%41&+=+"), parse_qsl("a=%E9", encoding="latin-1"), parse_qsl("a=%E9"))
print(urlencode({"a": b"\xff", b"k": "v"}), urlencode([("x", (1, 2))], True, quote_via=quote), urlencode({"q": "a/b"}, safe="/", quote_via=quote))

import shlex
for s in ['a "b\\"c" d', "a 'b\\'c", 'a "b\\\\c"', 'x="a b"c d', '"\\$HOME" \'$HOME\'', "multi\nline\targs", "a#b #c", "a\\#b"]:
    for posix in (True, False):
        try:
            print(repr(s), posix, shlex.split(s, comments=True, posix=posix))
        except ValueError as e:
            print(repr(s), posix, "ValueError", e)
lex = shlex.shlex("a b", posix=True); lex.debug = 3
print(list(lex))
lex = shlex.shlex("a \"b c\" d", posix=False); lex.debug = 2
print(lex.get_token(), lex.get_token())
print(shlex.quote("it's ok"), shlex.quote("-rf"), shlex.quote("a@b.c"), shlex.quote("a=b"), shlex.quote("~"), shlex.join([]))

from html.parser import HTMLParser
class P(HTMLParser):
    CDATA_CONTENT_ELEMENTS = ("script", "style", "xmp")
    def __init__(self):
        super().__init__()
        self.out = []
    def handle_starttag(self, t, a): self.out.append(("s", t, a))
    def handle_endtag(self, t): self.out.append(("e", t))
    def handle_data(self, d): self.out.append(("d", d))
    def handle_comment(self, d): self.out.append(("c", d))
    def unknown_decl(self, d): self.out.append(("u", d))
    def handle_decl(self, d): self.out.append(("decl", d))
    def handle_pi(self, d): self.out.append(("pi", d))
for doc in ["<xmp><b>x</b></xmp>", "<a b='1' c=\"2\" d=3 e f=>x", "<a =x>", "<a b=\"&amp;&lt;&#65;&nope;\">", "<div\n class=x\n>y</div\n>", "<!DOCTYPE html PUBLIC \"x\">", "<!doctype html>",
            "<![CDATA[x]]>", "<![if IE]>y<![endif]>", "<!-->", "<!--->", "<!-- a -- b -->", "</a b c>", "</ a>", "<a/>", "<a / >", "<p <b>", "<a href=x/>", "<img src=\"a\"/><br>",
            "&#x1F600; &#128512; &#0; &#xD800;", "<<>>", "< a>", "<3", "a&b", "&#", "&#x", "&amp;&", "<script>a</script b><x>", "<style>a</STYLE >b"]:
    p = P(); p.feed(doc); p.close(); print(repr(doc), p.out)
p = P(); p.feed("<a"); p.feed(" href"); p.feed("='x'"); p.feed(">t</"); p.feed("a>"); p.close(); print(p.out)
p = P(); p.feed("text &am"); p.feed("p; more &#6"); p.feed("5; end"); p.close(); print(p.out)
p = P(); p.feed("<!-- partial"); print(p.out, repr(p.rawdata)); p.feed(" -->"); print(p.out)
p = P(); p.feed("<script>if (a<b)"); p.feed(" x</scr"); p.feed("ipt>after"); p.close(); print(p.out)
p = P()
try:
    p.feed("<![unknown[x]]>")
except AssertionError as e:
    print("AssertionError", e)

import reprlib
r = reprlib.Repr(maxlist=2, maxlevel=1)
print(r.repr([[1, 2], [3]]), r.repr({"a": [1]}), r.repr(set()), r.repr(frozenset({1})), r.repr(range(10)), r.repr(True), r.repr(b"x" * 50), reprlib.repr(object).startswith("<class"))
class Sub(list): pass
print(reprlib.repr(Sub(range(10))), reprlib.Repr().repr1(5, 0), reprlib.repr(-12345678901234567890123456789012345678901234567890))

import ipaddress as ip
for text in ["1.2.3.4/24", "1.2.3.4/255.255.255.0", "::1/64", "1.2.3.4%eth0", "fe80::1%eth0/64"]:
    for f in (ip.ip_interface, ip.ip_network):
        try:
            print(text, f.__name__, repr(f(text) if f is ip.ip_interface else f(text, strict=False)))
        except ValueError as e:
            print(text, f.__name__, type(e).__name__, e)
n = ip.ip_network("10.0.0.0/30")
print(n.hosts, list(n.hosts()), ip.ip_network("10.0.0.0/24").hosts().__class__.__name__, n.is_private, n.is_global, ip.ip_network("100.64.0.0/10").is_global)
print(format(ip.ip_address("1.2.3.4"), "#_x"), format(ip.ip_address("::1"), "_b")[-12:], f"{ip.ip_address('10.0.0.1'):>15s}|", ip.ip_address("10.0.0.1") in ip.ip_network("10.0.0.0/8"))
