import io
import xml.dom
from xml.dom import minidom
from xml.parsers.expat import ExpatError


def kinds(nodes):
    return [(n.nodeType, n.nodeName) for n in nodes]


doc = minidom.parseString('<?xml version="1.0"?>\n<catalog xmlns:p="urn:p" lang="en">\n'
                          '  <book id="b1"><title>Python &amp; XML</title><price>10</price></book>\n'
                          '  <book id="b2"><title>DOM</title><!-- note --><?pi data?><p:extra p:k="v"/></book>\n'
                          '  <![CDATA[raw <stuff>]]>\n</catalog>')
root = doc.documentElement
print(doc.nodeType, doc.nodeName, root.tagName, root.nodeName, root.nodeType, root.parentNode is doc)
print(kinds(doc.childNodes))
print(kinds(root.childNodes))
print(root.getAttribute('lang'), repr(root.getAttribute('missing')), root.hasAttribute('lang'), root.attributes.length)
print(list(root.attributes.keys()), root.attributes.items())
books = doc.getElementsByTagName('book')
print(len(books), books.length, [b.getAttribute('id') for b in books], type(books).__name__)
titles = [t.firstChild.data for t in doc.getElementsByTagName('title')]
print(titles, [t.nodeValue for t in doc.getElementsByTagName('title')])
print(len(doc.getElementsByTagName('*')), len(root.getElementsByTagName('price')))
b2 = books[1]
print(kinds(b2.childNodes), b2.firstChild.nodeName, b2.lastChild.nodeName)
extra = b2.lastChild
print(extra.tagName, extra.prefix, extra.localName, extra.namespaceURI, extra.getAttributeNS('urn:p', 'k'))
print([e.tagName for e in doc.getElementsByTagNameNS('urn:p', '*')])
print(b2.childNodes[1].data, b2.childNodes[2].target, b2.childNodes[2].data)
print(repr(books[0].firstChild.firstChild), books[0].firstChild.firstChild.length)
print(books[0].nextSibling.nodeName, repr(books[0].nextSibling.data), books[0].previousSibling.nodeType)
print(root.firstChild.nextSibling is books[0], books[0].childNodes[1].previousSibling.tagName)
print(doc.toxml())
print(root.toxml())
print(doc.toprettyxml(indent='  '))
print(doc.toxml(encoding='utf-8'))
print(doc.toxml(encoding='utf-8', standalone=True))

# building a document
impl = minidom.getDOMImplementation()
new = impl.createDocument(None, 'root', None)
top = new.documentElement
top.setAttribute('version', '2')
top.setAttribute('q', 'a "quoted" <value> & more')
child = new.createElement('child')
child.appendChild(new.createTextNode('text & <markup>'))
top.appendChild(child)
top.appendChild(new.createComment(' built '))
top.appendChild(new.createProcessingInstruction('target', 'instr'))
top.appendChild(new.createCDATASection('cdata <here>'))
empty = new.createElement('empty')
top.insertBefore(empty, child)
print(new.toxml())
print(new.toprettyxml())
print(top.getAttribute('version'), top.hasAttribute('q'), child.parentNode is top, child.ownerDocument is new)
top.removeChild(empty)
print([n.nodeName for n in top.childNodes])
replacement = new.createElement('replacement')
old = top.replaceChild(replacement, child)
print(old.tagName, old.parentNode, [n.nodeName for n in top.childNodes])
top.removeAttribute('q')
print(top.toxml())
clone = top.cloneNode(True)
shallow = top.cloneNode(False)
print(clone.toxml(), shallow.toxml(), clone is not top)
t = new.createTextNode('a')
p = new.createElement('p')
p.appendChild(t)
p.appendChild(new.createTextNode('b'))
p.appendChild(new.createTextNode(''))
print(len(p.childNodes))
p.normalize()
print(len(p.childNodes), p.firstChild.data)
d2 = minidom.Document()
d2.appendChild(d2.createElement('only'))
print(d2.toxml(), repr(d2.toprettyxml()))
print(minidom.parse(io.BytesIO(b'<x><y>1</y></x>')).documentElement.firstChild.toxml())

# errors
cases = [
    lambda: root.removeChild(doc.createElement('stranger')),
    lambda: d2.appendChild(d2.createElement('second')),
    lambda: new.createComment('a--b').toxml(),
    lambda: minidom.parseString('<a><b></a>'),
    lambda: minidom.parseString(''),
    lambda: root.removeAttribute('nothing'),
    lambda: xml.dom.DOMException('x'),
    lambda: new.createTextNode(5),
    lambda: new.createCDATASection('a]]>b').toxml(),
]
for case in cases:
    try:
        case()
    except Exception as err:
        print(type(err).__module__, type(err).__name__, err, getattr(err, 'code', None))
print(xml.dom.Node.ELEMENT_NODE, xml.dom.Node.TEXT_NODE, xml.dom.NotFoundErr.code, xml.dom.XML_NAMESPACE)
