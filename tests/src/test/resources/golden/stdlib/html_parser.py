from html.parser import HTMLParser

class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []
    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.get_starttag_text(), self.getpos()))
    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))
    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))
    def handle_data(self, data):
        self.events.append(("data", data))
    def handle_comment(self, data):
        self.events.append(("comment", data))
    def handle_decl(self, decl):
        self.events.append(("decl", decl))
    def handle_pi(self, data):
        self.events.append(("pi", data))
    def handle_charref(self, name):
        self.events.append(("charref", name))
    def handle_entityref(self, name):
        self.events.append(("entityref", name))
    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))

docs = [
    "<!DOCTYPE html>\n<html lang='en'><head><title>T &amp; x</title></head>\n<body class=\"a b\" id=main data-x>Hi&nbsp;there &copy; 2024 &#169; &#xA9;<br/><img src=x.png alt='a&lt;b' />\n</body></html>",
    "<p>One<p>Two</P><DIV CLASS=Big>up</DIV>",
    "<script>if (a < b && c > d) { document.write('</p>'); }</script><style>p > a { x: y }</style>after",
    "<!-- a comment --><!--x--y--><!----><!-- unterminated",
    "<?xml version='1.0'?><![CDATA[raw <stuff>]]><![if !IE]>x<![endif]>",
    "<a href=\"x?a=1&b=2\">link</a><a title=\"\">e</a><a x='1' y = \"2\"   z=3 w>q</a>",
    "text < not a tag, 5<6 and a<b> c & d &; &#; &#xZZ; &unknown; &amp",
    "</>empty end</ p ></div foo><!bogus><!>x</3>",
    "<br/ ><input disabled/><a/b/c>z</a><tag\nattr='multi\nline'>w</tag>",
    "unclosed <b",
    "<a href='x'>& &amp &amp; &#65 &#x42;</a>",
    "<textarea><b>not bold</b></textarea><title><i>x</i></title>",
    "<SCRIPT type=text/javascript>var s = '</SCRIPT>'; </script>tail",
]
for doc in docs:
    for convert in (True, False):
        p = Recorder(convert_charrefs=convert)
        p.feed(doc)
        p.close()
        print(convert, p.events)
# feeding in pieces
doc = docs[0] + docs[2] + docs[6]
for size in (1, 3, 7):
    for convert in (True, False):
        p = Recorder(convert_charrefs=convert)
        for k in range(0, len(doc), size):
            p.feed(doc[k:k + size])
        p.close()
        merged = []
        for e in p.events:
            if e[0] == "data" and merged and merged[-1][0] == "data":
                merged[-1] = ("data", merged[-1][1] + e[1])
            else:
                merged.append(e)
        print(size, convert, [e[:3] for e in merged])
p = Recorder()
p.feed("<a>x")
print(p.rawdata, p.getpos(), p.lasttag, p.cdata_elem)
p.reset()
print(repr(p.rawdata), p.getpos(), p.lasttag)
class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
l = Links(); l.feed('<a href="/one">1</a> <A HREF=/two>2</A> <a name=x>'); l.close(); print(l.links)
base = HTMLParser(); base.feed("<p>ignored</p>"); base.close(); print(base.getpos())
try:
    p = Recorder(); p.feed("<![foo[bar]]>"); p.close()
except AssertionError as e:
    print("AssertionError", e)
