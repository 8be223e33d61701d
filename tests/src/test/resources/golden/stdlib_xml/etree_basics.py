import copy
import io
import sys
import xml.etree.ElementTree as ET


def tg(e):
    return e.tag if isinstance(e.tag, str) else e.tag.__name__

root = ET.Element('root', {'version': '1'}, extra='x')
print(root.tag, root.attrib, root.text, root.tail, len(root))
a = ET.SubElement(root, 'item', id='1')
a.text = 'first & <one>'
b = ET.SubElement(root, 'item', id='2', kind='special')
b.text = 'second'
b.tail = '\n'
c = ET.SubElement(b, 'sub')
c.text = 'deep "q"'
root.append(ET.Comment(' a comment '))
root.append(ET.PI('target', 'data here'))
e = ET.Element('empty')
root.insert(0, e)
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='unicode', short_empty_elements=False))
print(ET.tostring(root, encoding='utf-8'))
print(ET.tostring(root, encoding='latin-1'))
print(ET.tostring(root, encoding='unicode', xml_declaration=True))
print(ET.tostring(root, xml_declaration=True))
print(ET.tostring(root, method='text', encoding='unicode'))
print(ET.tostring(root, method='html', encoding='unicode'))
print(ET.tostringlist(root, encoding='unicode'))
print(ET.tostring(ET.Element('u', x='é€'), encoding='us-ascii'))
print(ET.tostring(ET.Element('a', x='1\n\t\r"<>&\''), encoding='unicode'))
print([tg(x) for x in root], root[1].get('id'), root[-1].text, [x.get('id') for x in root[1:3]])
print(root.get('missing'), root.get('missing', 'dflt'), sorted(root.keys()), sorted(root.items()))
root.set('new', 'v')
print(root.attrib)
print([tg(el) for el in root.iter()])
print([el.get('id') for el in root.iter('item')])
print(list(root.itertext()))
print(root.find('item').get('id'), root.find('item[@kind]').get('id'), root.find("item[@id='2']").text)
print(root.findtext('item'), repr(root.findtext('nothing')), repr(root.findtext('nothing', 'd')), repr(root.findtext('empty')))
print([tg(x) for x in root.findall('.//sub')], [tg(x) for x in root.findall('*')], len(root.findall('item')))
print(root.find('item/sub').text, root.find('.//sub/..').get('id'), [x.get('id') for x in root.findall('item[2]')])
print([x.get('id') for x in root.findall('item[sub]')], [x.get('id') for x in root.findall('item[last()]')])
print([x.get('id') for x in root.iterfind('./item')], root.find('./item/..') is None, root.findall("item[sub='deep \"q\"']")[0].get('id'))
print(root.find('.') is root, [tg(x) for x in root.findall('.//*')])
print(repr(root)[:16], repr(ET.Comment('c'))[:22])
root.remove(e)
print(len(root), root[0].tag)
del root[0]
print(len(root), root[0].get('id'))
root[0] = ET.Element('replaced')
print([tg(x) for x in root])
cp = copy.copy(root)
dc = copy.deepcopy(root)
print(cp is not root, cp[0] is root[0], dc[0] is not root[0], dc[0].tag, ET.tostring(dc) == ET.tostring(root))
me = root.makeelement('made', {'k': 'v'})
print(me.tag, me.attrib, type(me).__name__, ET.iselement(me), ET.iselement('x'))
root.clear()
print(root.attrib, len(root), root.text)

# parsing
doc = ET.fromstring('<?xml version="1.0"?>\n<!-- c --><a x="1"><b>t1</b>tail<c/><!-- inner --><?p d?>end</a>')
print(doc.tag, doc.attrib, doc[0].text, doc[0].tail, len(doc), doc[-1].tail)
print(ET.tostring(doc))
doc2 = ET.XML('<r>&lt;&amp;&#65;&#x42;<![CDATA[<x>]]></r>')
print(repr(doc2.text))
tree = ET.ElementTree(ET.fromstring('<a><b><c>1</c><c>2</c></b></a>'))
print(tree.getroot().tag, [c.text for c in tree.iter('c')], tree.find('b/c').text, [x.text for x in tree.findall('.//c')])
tree = ET.parse(io.BytesIO(b"<?xml version='1.0' encoding='utf-8'?><doc><p>h\xc3\xa9</p></doc>"))
print(tree.getroot()[0].text)
out = io.BytesIO()
tree.write(out)
print(out.getvalue())
out = io.BytesIO()
tree.write(out, encoding='utf-8', xml_declaration=True)
print(out.getvalue())
out = io.StringIO()
tree.write(out, encoding='unicode')
print(out.getvalue())

for bad in ['<a><b></a>', '', '<a>', 'text', '<a/><b/>', '<a>&nope;</a>', '<a x="1" x="2"/>', '<a\n  b="c"\n  <>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as err:
        print(type(err).__name__, err, err.code, err.position, isinstance(err, SyntaxError))

# indent and dump
t = ET.fromstring('<a><b><c>x</c><d/></b><e/></a>')
ET.indent(t)
ET.dump(t)
t = ET.fromstring('<a><b><c>x</c></b></a>')
ET.indent(t, space='\t')
print(ET.tostring(t, encoding='unicode'))
try:
    ET.indent(t, level=-1)
except ValueError as err:
    print(err)

# namespaces
ns = ET.fromstring('<r xmlns="urn:a" xmlns:q="urn:q"><q:x q:attr="v">1</q:x><y/></r>')
print(ns.tag, [c.tag for c in ns], ns[0].attrib)
print(ET.tostring(ns, encoding='unicode'))
print(ns.find('{urn:q}x').text, ns.find('q:x', {'q': 'urn:q'}).text, ns.find('a:y', {'a': 'urn:a'}).tag)
print(ns.find('y', {'': 'urn:a'}).tag, [c.tag for c in ns.findall('{*}y')], [c.tag for c in ns.findall('{urn:q}*')])
ET.register_namespace('qq', 'urn:q')
print(ET.tostring(ns, encoding='unicode'))
print(ET.tostring(ET.Element('{http://www.w3.org/XML/1998/namespace}lang'), encoding='unicode'))
print(ET.tostring(ns, encoding='unicode', default_namespace='urn:a'))
try:
    ET.tostring(ET.fromstring('<a><b/></a>'), default_namespace='urn:x')
except ValueError as err:
    print('ValueError', err)
try:
    ET.register_namespace('ns3', 'urn:z')
except ValueError as err:
    print('ValueError', err)
q = ET.QName('urn:a', 'tag')
print(q, repr(q), q == '{urn:a}tag', q.text)
print(ET.tostring(ET.Element(q), encoding='unicode'))

# iterparse and XMLPullParser
src = io.BytesIO(b'<r xmlns:p="urn:p"><p:a>1</p:a><!--c--><b x="2"/></r>')
for event, item in ET.iterparse(src, events=('start', 'end', 'start-ns', 'end-ns', 'comment')):
    print(event, item if isinstance(item, (tuple, type(None))) else tg(item))
it = ET.iterparse(io.BytesIO(b'<r><a/></r>'))
print([(ev, el.tag) for ev, el in it], it.root.tag)
pp = ET.XMLPullParser(events=('start', 'end'))
pp.feed('<root><chi')
print([(e, x.tag) for e, x in pp.read_events()])
pp.feed('ld/>text</root>')
print([(e, x.tag) for e, x in pp.read_events()])
pp.close()
pp = ET.XMLPullParser()
pp.feed('<a></b>')
try:
    list(pp.read_events())
except ET.ParseError as err:
    print('ParseError', err)

# TreeBuilder and XMLParser with a custom target
class Target:
    def __init__(self):
        self.log = []
    def start(self, tag, attrib):
        self.log.append(('start', tag, attrib))
    def end(self, tag):
        self.log.append(('end', tag))
    def data(self, data):
        self.log.append(('data', data))
    def comment(self, text):
        self.log.append(('comment', text))
    def pi(self, target, data):
        self.log.append(('pi', target, data))
    def close(self):
        return self.log
p = ET.XMLParser(target=Target())
p.feed('<a k="v">x<!--c--><?t d?><b/>y</a>')
for entry in p.close():
    print(entry)
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed('<a><!--c--><?t d?></a>')
r = p.close()
print(ET.tostring(r), [x.tag is ET.Comment for x in r])
tb = ET.TreeBuilder()
tb.start('x', {'a': '1'})
tb.data('hello')
tb.end('x')
print(ET.tostring(tb.close()))

# errors
err_cases = [
    lambda: ET.Element('a').append('x'),
    lambda: ET.Element('a', 'x'),
    lambda: ET.Element('a').remove(ET.Element('b')),
    lambda: ET.Element('a')[5],
    lambda: ET.Element('a').insert(0, None),
    lambda: ET.Element('a').extend(['x']),
    lambda: ET.SubElement('x', 'y'),
    lambda: ET.Element('a').find('/x'),
    lambda: ET.Element('a').find('x[0]'),
    lambda: ET.tostring(ET.Element(1)),
    lambda: ET.tostring(ET.Element('a', x=1)),
    lambda: ET.Element('a').find('p:x'),
]
for case in err_cases:
    try:
        case()
    except Exception as err:
        print(type(err).__name__, err)
