import os, io, tempfile
import xml.etree.ElementTree as ET
from xml.parsers import expat
def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'code', None), getattr(e, 'position', None))
for s in ['<a>\n  <b>\n  </b>\n  <c></d>\n</a>', '<a>\r\n<b x="1"\r\n y="2"/></a>junk', '<a>&#x110000;</a>', '<a>&#xD800;</a>',
          '<a>&#65</a>', '<a>& b</a>', '<a><b/ ></a>', '<a x="1"y="2"/>', '<a x="&#60;"/>', '<a x="&foo;"/>', '<!-- c --><a/>',
          '<a/><!-- -->', '<?xml version="1.0" encoding="bogus"?><a/>', '<?xml version="1.0"?><?xml version="1.0"?><a/>',
          '<a><?xml x?></a>', '<a><!DOCTYPE x></a>', '<a></a ><b/>', '<a>\t\n</a>', '<a xmlns:x="">', '<x:a xmlns:x="u"/>',
          '<?xml version="1.0" standalone="maybe"?><a/>', '<?xml encoding="utf-8"?><a/>', "<a>é\U0001F600</a>", '<a>\ufffe</a>',
          '< a/>', '<a></ a>', '<a><!--x--></a>', '<a><![CDATA[]]></a>', '<a b="1" b="1"/>', '<a>]]</a>', '<a>x]</a>', '<!DOCTYPE a><a/>']:
    print(repr(s), end=' ')
    err(lambda: ET.tostring(ET.fromstring(s)))
def chunks():
    p = expat.ParserCreate()
    p.Parse('<a>', False)
    p.Parse('<b>', False)
    p.Parse('</c>', False)
err(chunks)
def lines():
    p = expat.ParserCreate()
    out = []
    p.StartElementHandler = lambda n, a: out.append((n, p.CurrentLineNumber, p.CurrentColumnNumber))
    p.Parse('<a>\n <b>\n\n   <c/></b></a>', True)
    return out
err(lines)
d = tempfile.mkdtemp()
fn = os.path.join(d, 'x.xml')
ET.ElementTree(ET.fromstring('<r><é x="ü">ä</é></r>')).write(fn, encoding='utf-8', xml_declaration=True)
print(open(fn, 'rb').read())
print(ET.parse(fn).getroot()[0].attrib)
print([(e, x.tag) for e, x in ET.iterparse(fn, events=('start', 'end'))])
ET.ElementTree(ET.fromstring('<r>ä</r>')).write(fn)
print(open(fn, 'rb').read())
ET.ElementTree(ET.fromstring('<r>ä</r>')).write(fn, encoding='unicode')
print(open(fn, 'rb').read())
os.remove(fn)
os.rmdir(d)
p = ET.XMLParser()
p.entity['foo'] = 'BAR'
err(lambda: (p.feed('<!DOCTYPE a SYSTEM "x"><a>&foo;</a>'), ET.tostring(p.close()))[1])
p = ET.XMLParser()
err(lambda: (p.feed('<!DOCTYPE a SYSTEM "x"><a>&bar;</a>'), ET.tostring(p.close()))[1])
err(lambda: ET.tostring(ET.fromstring(b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>'), encoding='unicode'))
err(lambda: ET.tostring(ET.fromstring('<a>\xe9</a>'.encode('utf-16')), encoding='unicode'))
err(lambda: ET.fromstring('<a>x</a>').text)
e = ET.Element('a'); e.text = 'x'; e.tail='t'
err(lambda: ET.tostring(e))
err(lambda: ET.tostring(ET.Element('a'), method='bogus'))
err(lambda: list(ET.Element('a').iterfind('..')))
err(lambda: ET.Element('a').findall('./'))
from xml.parsers import expat
for s in ["<?xml version='1.0' ?><a/>", "<?xml version='1.0'encoding='x'?><a/>", "<?xml version='1.0' standalone='yes' encoding='utf-8'?><a/>", "<?xml version='1 0'?><a/>", "<?xml?><a/>", "<?xml version='1.0' foo='x'?><a/>", "<?xml  version = '1.0'  encoding = 'UTF-8' ?><a/>"]:
    p = expat.ParserCreate()
    p.XmlDeclHandler = lambda *a: print(a)
    try: p.Parse(s, True); print('ok')
    except expat.ExpatError as e: print(e)
