import pyexpat
from xml.parsers import expat
print([ (i, pyexpat.ErrorString(i)) for i in range(0, 45)])
p = expat.ParserCreate()
for v in ("x", None, 2**100):
    try: p.SetParamEntityParsing(v)
    except Exception as e: print(type(e).__name__, e)
for v in (b"x", None, 1):
    try: p.SetBase(v)
    except Exception as e: print(type(e).__name__, e)
print(type(p), expat.ExpatError, expat.error, expat.ExpatError.__mro__)
def t(s, **kw):
    p = expat.ParserCreate(**kw)
    ev=[]
    p.StartElementHandler=lambda n,a: ev.append(('s',n,a))
    p.EndElementHandler=lambda n: ev.append(('e',n))
    p.CharacterDataHandler=lambda d: ev.append(('c',d))
    p.StartNamespaceDeclHandler=lambda *a: ev.append(('ns',)+a)
    p.EndNamespaceDeclHandler=lambda *a: ev.append(('ens',)+a)
    p.XmlDeclHandler=lambda *a: ev.append(('xd',)+a)
    try:
        p.Parse(s, True)
    except expat.ExpatError as e:
        ev.append((str(e), e.code, e.lineno, e.offset))
    print(repr(s), ev)
for s in ["", "<a>", "<a", "<a><b></a>", "<a>&</a>", "<a b></a>", "<a/><b/>", "abc", "<a>&foo;</a>", "<a>x\ny&amp;z&#65;&#x42;\r\nq</a>",
  "<a x='1\n2&#10;' y=\"&lt;\"/>", "<?xml version='1.0' encoding='utf-8' standalone='yes'?><a/>", "<?xml version='1.0'?>\n<a/>",
  "<a>]]></a>", "<a x='1' x='2'/>", "<a x=1/>", "<a>\n<b>\n</c></a>", "<a><!-- x -- y --></a>", "<a/>  ", "<a/><!--c--><?pi x?>\n", "<a/>x",
  "  <a/>", "\n<?xml version='1.0'?><a/>", "<a>&#0;</a>", "<a>&#xFFFFFFFF;</a>", "<a><![CDATA[x<y]]></a>", "<a><![CDATA[x", "<a:b/>", "<1/>", "<a b='<'/>",
  "<!DOCTYPE a [<!ENTITY e 'hi'>]><a>&e;</a>", "<!DOCTYPE a SYSTEM 'x.dtd'><a>&e;</a>", "<a>é</a>", "<a>\x01</a>"]:
    t(s)
t("<r xmlns='u' xmlns:p='v'><p:a p:x='1' y='2'/></r>", namespace_separator=' ')
t("<r><p:a/></r>", namespace_separator='}')
t("<r xml:lang='en'/>", namespace_separator='|')
t(b"\xff\xfe<\x00a\x00/\x00>\x00")
t("<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>".encode('latin-1'))
t(b"<a>\xe9</a>")

# Handlers for comments, PIs, CDATA; buffered text; ordered attributes; pieces fed one by one
ev = []
p = expat.ParserCreate()
p.buffer_text = True
p.ordered_attributes = True
p.StartElementHandler = lambda n, a: ev.append(('start', n, a))
p.EndElementHandler = lambda n: ev.append(('end', n))
p.CharacterDataHandler = lambda d: ev.append(('data', d))
p.CommentHandler = lambda d: ev.append(('comment', d))
p.ProcessingInstructionHandler = lambda t, d: ev.append(('pi', t, d))
p.StartCdataSectionHandler = lambda: ev.append(('cdata',))
p.EndCdataSectionHandler = lambda: ev.append(('/cdata',))
doc = "<?xml version='1.0'?>\n<!-- top --><root z='1' a='2'>one\ntwo &amp; three<![CDATA[<raw>]]><?pi  some data ?><child/>tail</root>\n"
p.Parse(doc, True)
for e in ev:
    print(e)
ev = []
q = expat.ParserCreate()
q.StartElementHandler = lambda n, a: ev.append(('start', n, a))
q.EndElementHandler = lambda n: ev.append(('end', n))
q.CommentHandler = lambda d: ev.append(('comment', d))
for i in range(0, len(doc), 3):
    q.Parse(doc[i:i + 3], False)
q.Parse('', True)
print(ev)
print(p.buffer_text, p.ordered_attributes)
try:
    p.Parse('<x/>', True)
except expat.ExpatError as e:
    print('again:', e, e.code)
try:
    p.no_such_attr = 1
except AttributeError as e:
    print('AttributeError', e)
print(expat.errors.XML_ERROR_SYNTAX, expat.errors.codes['mismatched tag'], expat.errors.messages[4])
print(expat.ErrorString(7), expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
# bytes in pieces, UTF-8 split inside a character
ev = []
p = expat.ParserCreate()
p.CharacterDataHandler = lambda d: ev.append(d)
data = '<a>héllo wörld</a>'.encode('utf-8')
for i in range(len(data)):
    p.Parse(data[i:i + 1], i == len(data) - 1)
print(''.join(ev))
class F:
    def __init__(self, data):
        self.data = data
    def read(self, n):
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk
p = expat.ParserCreate()
ev = []
p.StartElementHandler = lambda n, a: ev.append(n)
p.ParseFile(F(b'<doc><x/><y/></doc>'))
print(ev)
try:
    expat.ParserCreate(namespace_separator='ab')
except ValueError as e:
    print('ValueError', e)
