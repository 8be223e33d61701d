# Seeded random inputs for strptime, shlex, html.unescape, urllib.parse and HTMLParser (fed in random chunks).
import random, time, datetime, shlex, html, urllib.parse as up
from html.parser import HTMLParser
rnd = random.Random(12345)
out = []
def rec(x):
    out.append(x)
fmts = ["%Y-%m-%d %H:%M:%S", "%d/%m/%y %I:%M %p", "%a %b %d %Y", "%A %B %d %j", "%Y %U %w", "%Y %W %a", "%G-W%V-%u", "%y%m%d%H%M%S.%f", "%b %d %Y %z", "%c", "%x %X"]
for i in range(150):
    d = datetime.datetime(rnd.randint(1970, 2037), rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59), rnd.randint(0, 999999), tzinfo=datetime.timezone(datetime.timedelta(minutes=rnd.randint(-700, 700))))
    f = rnd.choice(fmts)
    s = d.strftime(f)
    if rnd.random() < 0.3:
        s = s[:rnd.randint(0, len(s))] + rnd.choice(["", "x", " ", "1"])
    for fn in (time.strptime, datetime.datetime.strptime):
        try:
            rec(repr(fn(s, f)))
        except Exception as e:
            rec(type(e).__name__ + str(e))
alphabet = "ab '\"\\#;|&$x\n\t"
for i in range(150):
    s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
    for posix in (True, False):
        try:
            rec(shlex.split(s, posix=posix, comments=rnd.random() < 0.5))
        except ValueError as e:
            rec("VE" + str(e))
    rec(shlex.quote(s))
alphabet = "&#x;ampltgt0123456789aAeEfF<>Zz "
for i in range(150):
    s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 15)))
    rec(repr(html.unescape(s)))
parts = ["http:", "https:", "//", "user:pw@", "host", "[::1]", ":80", "/", "a", "..", ".", "?", "q=1", "#", "f", ";p", "%41", "mailto:", "x"]
for i in range(150):
    b = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 6)))
    r = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 6)))
    try:
        rec(up.urljoin(b, r))
        rec(up.urlparse(r))
        p = up.urlsplit(b)
        rec((p.hostname, p.username, p.password))
        rec(p.port)
    except ValueError as e:
        rec("VE" + str(e))
    rec(up.quote(r) + up.unquote_plus(r) + up.quote_plus(b, safe=":/"))
class P(HTMLParser):
    def __init__(self, conv):
        super().__init__(convert_charrefs=conv)
        self.ev = []
    def handle_starttag(self, t, a): self.ev.append(("s", t, a))
    def handle_endtag(self, t): self.ev.append(("e", t))
    def handle_data(self, d): self.ev.append(("d", d))
    def handle_comment(self, d): self.ev.append(("c", d))
    def handle_decl(self, d): self.ev.append(("D", d))
    def handle_pi(self, d): self.ev.append(("p", d))
    def handle_charref(self, d): self.ev.append(("cr", d))
    def handle_entityref(self, d): self.ev.append(("er", d))
    def unknown_decl(self, d): self.ev.append(("u", d))
tokens = ["<", ">", "/", "a", "b", "=", "'", '"', " ", "!", "--", "?", "&", "#", ";", "amp", "x", "script", "[", "]", "\n", "CDATA", "<!", "</", "<a ", "<script>", "</script>", "&lt;", "&#65;", "<!--", "-->"]
for i in range(200):
    doc = "".join(rnd.choice(tokens) for _ in range(rnd.randint(0, 20)))
    if "<![" in doc:
        continue
    for conv in (True, False):
        p = P(conv)
        try:
            step = rnd.randint(1, 6)
            for k in range(0, len(doc), step):
                p.feed(doc[k:k + step])
            p.close()
        except Exception as e:
            p.ev.append(type(e).__name__)
        merged = []
        for e in p.ev:
            if e[0] == "d" and merged and merged[-1][0] == "d":
                merged[-1] = ("d", merged[-1][1] + e[1])
            else:
                merged.append(e)
        rec(merged)
for x in out:
    print(x)
