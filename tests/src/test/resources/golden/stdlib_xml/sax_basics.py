import io
import xml.sax
import xml.sax.handler
from xml.sax import saxutils
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator


class Recorder(xml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []

    def startDocument(self):
        self.events.append(('startDocument',))

    def endDocument(self):
        self.events.append(('endDocument',))

    def startElement(self, name, attrs):
        self.events.append(('start', name, sorted(attrs.items()), attrs.getLength(), attrs.get('id'), 'id' in attrs))

    def endElement(self, name):
        self.events.append(('end', name))

    def characters(self, content):
        self.events.append(('chars', content))

    def processingInstruction(self, target, data):
        self.events.append(('pi', target, data))

    def startPrefixMapping(self, prefix, uri):
        self.events.append(('prefix', prefix, uri))

    def endPrefixMapping(self, prefix):
        self.events.append(('endprefix', prefix))

    def startElementNS(self, name, qname, attrs):
        self.events.append(('startNS', name, qname, sorted(attrs.items(), key=str), sorted(attrs.getQNames())))

    def endElementNS(self, name, qname):
        self.events.append(('endNS', name, qname))


h = Recorder()
xml.sax.parseString('<doc id="d1" lang="en"><p>Hello &amp; <b>bye</b></p><?pi data?><e/></doc>', h)
for e in h.events:
    print(e)

h = Recorder()
xml.sax.parseString(b'<?xml version="1.0" encoding="utf-8"?><r>caf\xc3\xa9</r>', h)
print(h.events)

h = Recorder()
xml.sax.parse(io.BytesIO(b'<a><b x="1"/></a>'), h)
print(h.events)

# namespaces
h = Recorder()
parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_namespaces, True)
parser.setContentHandler(h)
parser.parse(io.StringIO('<r xmlns="urn:a" xmlns:p="urn:p"><p:x p:k="v" plain="w"/></r>'))
for e in h.events:
    print(e)
print(parser.getFeature(xml.sax.handler.feature_namespaces))

# errors
for bad in ['<a><b></a>', '<a>', '', '<a/>junk', '<a x=1/>']:
    try:
        xml.sax.parseString(bad, xml.sax.handler.ContentHandler())
    except xml.sax.SAXParseException as err:
        print(type(err).__name__, err, err.getLineNumber(), err.getColumnNumber(), err.getMessage(),
              isinstance(err, xml.sax.SAXException), type(err.getException()).__name__)


class Collect(xml.sax.handler.ErrorHandler):
    def fatalError(self, exc):
        print('fatal:', exc)
        raise exc


try:
    xml.sax.parseString('<a></b>', xml.sax.handler.ContentHandler(), Collect())
except xml.sax.SAXParseException as err:
    print('raised', err.getLineNumber())

try:
    xml.sax.make_parser().setFeature('urn:nope', 1)
except xml.sax.SAXNotRecognizedException as err:
    print(type(err).__name__, err)

# saxutils
print(escape('a < b & c > d'), escape('x"y', {'"': '&quot;'}))
print(unescape('&lt;tag&gt; &amp;amp;'), unescape('&quot;', {'&quot;': '"'}))
print(quoteattr('plain'), quoteattr('has "double"'), quoteattr('both \' and "'), quoteattr('a\nb\tc'))
out = io.StringIO()
gen = XMLGenerator(out, encoding='utf-8')
xml.sax.parseString('<root a="1 &amp; 2"><child>t&lt;x</child><empty/></root>', gen)
print(out.getvalue())
out = io.StringIO()
gen = XMLGenerator(out, short_empty_elements=True)
xml.sax.parseString('<root><empty/></root>', gen)
print(out.getvalue())
print(xml.sax.handler.feature_namespaces, xml.sax.handler.property_lexical_handler)
e = xml.sax.SAXException('msg')
print(str(e), e.getMessage(), e.getException())
