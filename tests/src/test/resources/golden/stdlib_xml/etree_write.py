import io, sys
import xml.etree.ElementTree as ET
e = ET.fromstring('<a>é<b/></a>')
s = io.StringIO()
try:
    ET.ElementTree(e).write(s)
    print(repr(s.getvalue()))
except Exception as ex:
    print(type(ex).__name__, ex)
ET.ElementTree(e).write(sys.stdout, encoding='unicode'); print()
ET.dump(ET.Comment('hi'))
x = ET.Element('x'); x.tail = 'tail\n'
ET.dump(x)
print(ET.tostring(ET.fromstring('<a xmlns:x="urn:x" x:y="1"><x:b/></a>')))
r = ET.Element('{urn:one}r', {'{urn:two}at': 'v', 'plain': 'p'})
ET.SubElement(r, '{urn:one}c').set('q', ET.QName('{urn:three}val'))
print(ET.tostring(r, encoding='unicode'))
print(ET.tostring(ET.fromstring('<html><br/><p>x</p><script>a&lt;b</script></html>'), method='html'))
e = ET.Element('a'); e.append(ET.Element('b')); 
print(e.find('b') is not None, e.find('c'), e.findall('c'), e.findtext('b'))
print(ET.fromstring('<a>  <b/> </a>').text == '  ')
print(repr(ET.fromstring('<a>x</a>').tail))
it = ET.iterparse(io.StringIO('<a><b>t</b></a>'), events=('start',))
print(next(it)[1].tag, it.root)
for _ in it: pass
print(it.root.tag)
