"""A small DOM Level 1 implementation (with namespaces): parse, parseString, Document, Element, Text and friends."""

# Krait's implementation. parse/parseString build the tree with pyexpat (namespace-aware, as CPython's
# ExpatBuilderNS does); toxml/toprettyxml/writexml write it back with CPython 3.12's layout and escaping.

import io

import xml.dom
from xml.dom import EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE, XML_NAMESPACE
from xml.dom.minicompat import NodeList, EmptyNodeList


def _write_data(writer, data):
    if data:
        data = data.replace('&', '&amp;').replace('<', '&lt;').replace('"', '&quot;').replace('>', '&gt;')
        writer.write(data)


class Node(xml.dom.Node):
    """What every minidom node has: tree links, child list operations and serialization."""

    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX

    _child_types = ()

    def __bool__(self):
        return True

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml('', '', encoding, standalone)

    def toprettyxml(self, indent='\t', newl='\n', encoding=None, standalone=None):
        writer = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, '', indent, newl, encoding, standalone)
        else:
            self.writexml(writer, '', indent, newl)
        if encoding is None:
            return writer.getvalue()
        return writer.getvalue().encode(encoding, 'xmlcharrefreplace')

    def hasChildNodes(self):
        return bool(self.childNodes)

    @property
    def firstChild(self):
        children = self.childNodes
        return children[0] if children else None

    @property
    def lastChild(self):
        children = self.childNodes
        return children[-1] if children else None

    def _check_child(self, node):
        if node.nodeType not in self._child_types:
            raise xml.dom.HierarchyRequestErr(f'{node!r} cannot be child of {self!r}')

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(newChild.childNodes):
                self.insertBefore(child, refChild)
            return newChild
        self._check_child(newChild)
        if refChild is None:
            return self.appendChild(newChild)
        try:
            index = self.childNodes.index(refChild)
        except ValueError:
            raise xml.dom.NotFoundErr()
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
            index = self.childNodes.index(refChild)
        self.childNodes.insert(index, newChild)
        newChild.nextSibling = refChild
        refChild.previousSibling = newChild
        if index:
            previous = self.childNodes[index - 1]
            previous.nextSibling = newChild
            newChild.previousSibling = previous
        else:
            newChild.previousSibling = None
        newChild.parentNode = self
        return newChild

    def appendChild(self, node):
        if node.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(node.childNodes):
                self.appendChild(child)
            return node
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        children = self.childNodes
        if children:
            last = children[-1]
            node.previousSibling = last
            last.nextSibling = node
        else:
            node.previousSibling = None
        node.nextSibling = None
        children.append(node)
        node.parentNode = self
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return None
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            refChild = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, refChild)
        self._check_child(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        try:
            index = self.childNodes.index(oldChild)
        except ValueError:
            raise xml.dom.NotFoundErr()
        self.childNodes[index] = newChild
        newChild.parentNode = self
        oldChild.parentNode = None
        newChild.nextSibling = oldChild.nextSibling
        newChild.previousSibling = oldChild.previousSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        if newChild.previousSibling is not None:
            newChild.previousSibling.nextSibling = newChild
        if newChild.nextSibling is not None:
            newChild.nextSibling.previousSibling = newChild
        return oldChild

    def removeChild(self, oldChild):
        try:
            self.childNodes.remove(oldChild)
        except ValueError:
            raise xml.dom.NotFoundErr()
        if oldChild.nextSibling is not None:
            oldChild.nextSibling.previousSibling = oldChild.previousSibling
        if oldChild.previousSibling is not None:
            oldChild.previousSibling.nextSibling = oldChild.nextSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def normalize(self):
        kept = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if kept and kept[-1].nodeType == Node.TEXT_NODE:
                    kept[-1].data = kept[-1].data + child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            kept.append(child)
        for i, child in enumerate(kept):
            child.previousSibling = kept[i - 1] if i else None
            child.nextSibling = kept[i + 1] if i + 1 < len(kept) else None
        self.childNodes[:] = kept

    def cloneNode(self, deep):
        return _clone_node(self, deep, self.ownerDocument or self)

    def isSameNode(self, other):
        return self is other

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.childNodes = NodeList()
        self.previousSibling = None
        self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()

    @property
    def localName(self):
        return None


def _get_elements_by_tag_name(parent, name, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == '*' or node.tagName == name:
                found.append(node)
            _get_elements_by_tag_name(node, name, found)
    return found


def _get_elements_by_tag_name_ns(parent, uri, local, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if (local == '*' or node.localName == local) and (uri == '*' or node.namespaceURI == uri):
                found.append(node)
            _get_elements_by_tag_name_ns(node, uri, local, found)
    return found


class Attr(Node):
    """An attribute node: name, value and its namespace parts."""

    nodeType = Node.ATTRIBUTE_NODE
    attributes = None
    specified = False
    childNodes = EmptyNodeList()

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.ownerElement = None
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self._prefix = prefix
        self._local = localName
        self.value = self.nodeValue = ''

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self.name.split(':', 1)[-1]

    @property
    def prefix(self):
        return self._prefix

    def __setattr__(self, name, value):
        if name in ('value', 'nodeValue'):
            object.__setattr__(self, 'value', value)
            object.__setattr__(self, 'nodeValue', value)
        else:
            object.__setattr__(self, name, value)


class NamedNodeMap:
    """The attributes of an element, by qualified name (and by (uri, localName))."""

    def __init__(self, attrs, attrsNS, ownerElement):
        self._attrs = attrs
        self._attrsNS = attrsNS
        self._ownerElement = ownerElement

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return self[list(self._attrs.keys())[index]]
        except IndexError:
            return None

    def items(self):
        return [(node.nodeName, node.value) for node in self._attrs.values()]

    def itemsNS(self):
        return [((node.namespaceURI, node.localName), node.value) for node in self._attrs.values()]

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return self._attrsNS.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __contains__(self, key):
        if isinstance(key, str):
            return key in self._attrs
        return key in self._attrsNS

    def __getitem__(self, attname_or_tuple):
        if isinstance(attname_or_tuple, tuple):
            return self._attrsNS[attname_or_tuple]
        return self._attrs[attname_or_tuple]

    def __setitem__(self, attname, value):
        if isinstance(value, str):
            node = self._attrs.get(attname)
            if node is None:
                node = Attr(attname)
                node.value = value
                self._ownerElement.setAttributeNode(node)
            else:
                node.value = value
        else:
            self._ownerElement.setAttributeNode(value)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def removeNamedItem(self, name):
        node = self._attrs.get(name)
        if node is None:
            raise xml.dom.NotFoundErr()
        self._ownerElement.removeAttributeNode(node)
        return node

    def setNamedItem(self, node):
        old = self._attrs.get(node.name)
        self._ownerElement.setAttributeNode(node)
        return old


class Element(Node):
    """An element: a tag name, attributes and children."""

    nodeType = Node.ELEMENT_NODE
    nodeValue = None
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE, Node.TEXT_NODE,
                    Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.parentNode = None
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self.nextSibling = self.previousSibling = None
        self._attrs = {}
        self._attrsNS = {}
        self._local = localName

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self.tagName.split(':', 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs, self._attrsNS, self)

    def __repr__(self):
        return f'<DOM Element: {self.tagName} at {id(self):#x}>'

    def getAttribute(self, attname):
        node = self._attrs.get(attname)
        return '' if node is None else node.value

    def getAttributeNS(self, namespaceURI, localName):
        node = self._attrsNS.get((namespaceURI, localName))
        return '' if node is None else node.value

    def setAttribute(self, attname, value):
        node = self._attrs.get(attname)
        if node is None:
            node = Attr(attname)
            node.value = value
            node.ownerDocument = self.ownerDocument
            self._set_attribute_node(node)
        else:
            node.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, _, local = qualifiedName.rpartition(':')
        node = self._attrsNS.get((namespaceURI, local))
        if node is None:
            node = Attr(qualifiedName, namespaceURI, local, prefix or None)
            node.value = value
            node.ownerDocument = self.ownerDocument
            self._set_attribute_node(node)
        else:
            node.value = value

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise xml.dom.InuseAttributeErr('attribute node already owned')
        old = self._attrs.get(attr.name)
        if old is not None:
            self.removeAttributeNode(old)
        self._set_attribute_node(attr)
        return old

    setAttributeNodeNS = setAttributeNode

    def _set_attribute_node(self, attr):
        self._attrs[attr.name] = attr
        self._attrsNS[(attr.namespaceURI, attr.localName)] = attr
        attr.ownerElement = self

    def removeAttribute(self, name):
        node = self._attrs.get(name)
        if node is None:
            raise xml.dom.NotFoundErr()
        self.removeAttributeNode(node)

    def removeAttributeNS(self, namespaceURI, localName):
        node = self._attrsNS.get((namespaceURI, localName))
        if node is None:
            raise xml.dom.NotFoundErr()
        self.removeAttributeNode(node)

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise xml.dom.NotFoundErr()
        del self._attrs[node.name]
        self._attrsNS.pop((node.namespaceURI, node.localName), None)
        node.ownerElement = None
        return node

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return (namespaceURI, localName) in self._attrsNS

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return _get_elements_by_tag_name(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _get_elements_by_tag_name_ns(self, namespaceURI, localName, NodeList())

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(indent + '<' + self.tagName)
        for name, node in self._attrs.items():
            writer.write(f' {name}="')
            _write_data(writer, node.value)
            writer.write('"')
        if self.childNodes:
            writer.write('>')
            if len(self.childNodes) == 1 and self.childNodes[0].nodeType in (Node.TEXT_NODE,
                                                                             Node.CDATA_SECTION_NODE):
                self.childNodes[0].writexml(writer, '', '', '')
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write(f'</{self.tagName}>{newl}')
        else:
            writer.write(f'/>{newl}')


class _CharacterData(Node):
    """Text, comments and CDATA sections: a node holding a string."""

    childNodes = EmptyNodeList()
    attributes = None

    def __init__(self, data=''):
        self.data = data
        self.parentNode = None
        self.nextSibling = self.previousSibling = None

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dots = '...' if len(data) > 10 else ''
        return f'<DOM {self.__class__.__name__} node "{data[0:10]!r}{dots}">'

    def substringData(self, offset, count):
        if offset < 0:
            raise xml.dom.IndexSizeErr('offset cannot be negative')
        if offset >= len(self.data):
            raise xml.dom.IndexSizeErr('offset cannot be beyond end of data')
        if count < 0:
            raise xml.dom.IndexSizeErr('count cannot be negative')
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg

    def insertData(self, offset, arg):
        if offset < 0:
            raise xml.dom.IndexSizeErr('offset cannot be negative')
        if offset >= len(self.data):
            raise xml.dom.IndexSizeErr('offset cannot be beyond end of data')
        if arg:
            self.data = self.data[:offset] + arg + self.data[offset:]

    def deleteData(self, offset, count):
        if offset < 0:
            raise xml.dom.IndexSizeErr('offset cannot be negative')
        if offset >= len(self.data):
            raise xml.dom.IndexSizeErr('offset cannot be beyond end of data')
        if count < 0:
            raise xml.dom.IndexSizeErr('count cannot be negative')
        if count:
            self.data = self.data[:offset] + self.data[offset + count:]

    def replaceData(self, offset, count, arg):
        self.deleteData(offset, count)
        self.data = self.data[:offset] + arg + self.data[offset:]


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = '#text'

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr('illegal offset value')
        newText = self.__class__()
        newText.data = self.data[offset:]
        newText.ownerDocument = self.ownerDocument
        following = self.nextSibling
        if self.parentNode and self in self.parentNode.childNodes:
            if following is None:
                self.parentNode.appendChild(newText)
            else:
                self.parentNode.insertBefore(newText, following)
        self.data = self.data[:offset]
        return newText

    @property
    def wholeText(self):
        return self.data

    def writexml(self, writer, indent='', addindent='', newl=''):
        _write_data(writer, f'{indent}{self.data}{newl}')


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = '#cdata-section'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if ']]>' in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write(f'<![CDATA[{self.data}]]>')


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = '#comment'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if '--' in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write(f'{indent}<!--{self.data}-->{newl}')


class ProcessingInstruction(Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE
    childNodes = EmptyNodeList()
    attributes = None

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data
        self.parentNode = None

    @property
    def nodeValue(self):
        return self.data

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(f'{indent}<?{self.target} {self.data}?>{newl}')


class DocumentType(Node):
    nodeType = Node.DOCUMENT_TYPE_NODE
    nodeValue = None
    childNodes = EmptyNodeList()
    attributes = None

    def __init__(self, qualifiedName):
        self.name = self.nodeName = qualifiedName
        self.publicId = None
        self.systemId = None
        self.internalSubset = None
        self.entities = NamedNodeMap({}, {}, None)
        self.notations = NamedNodeMap({}, {}, None)

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('<!DOCTYPE ')
        writer.write(self.name)
        if self.publicId:
            writer.write(f"{newl}  PUBLIC '{self.publicId}'{newl}  '{self.systemId}'")
        elif self.systemId:
            writer.write(f"{newl}  SYSTEM '{self.systemId}'")
        if self.internalSubset is not None:
            writer.write(' [')
            writer.write(self.internalSubset)
            writer.write(']')
        writer.write('>' + newl)


class DocumentFragment(Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = '#document-fragment'
    nodeValue = None
    attributes = None
    _child_types = Element._child_types

    def __init__(self):
        self.childNodes = NodeList()
        self.parentNode = None


class DOMImplementation:
    """Creates documents and document types."""

    def hasFeature(self, feature, version):
        return feature.lower() in ('core', 'xml') and version in ('1.0', '2.0', None, '')

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if doctype is not None:
            doc.appendChild(doctype)
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype


class Document(Node):
    """A whole document: at most one document element, with comments, PIs and a doctype around it."""

    nodeType = Node.DOCUMENT_NODE
    nodeName = '#document'
    nodeValue = None
    attributes = None
    implementation = DOMImplementation()
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.doctype = None
        self.parentNode = None
        self.childNodes = NodeList()
        self.encoding = None
        self.standalone = None
        self.version = None

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):
        if node.nodeType not in self._child_types:
            raise xml.dom.HierarchyRequestErr(f'{node!r} cannot be child of {self!r}')
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise xml.dom.HierarchyRequestErr('two document elements disallowed')
        if node.nodeType == Node.DOCUMENT_TYPE_NODE:
            self.doctype = node
        return Node.appendChild(self, node)

    def removeChild(self, oldChild):
        Node.removeChild(self, oldChild)
        if oldChild is self.doctype:
            self.doctype = None
        return oldChild

    def createDocumentFragment(self):
        node = DocumentFragment()
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        node = Element(tagName)
        node.ownerDocument = self
        return node

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, _, local = qualifiedName.rpartition(':')
        node = Element(qualifiedName, namespaceURI, prefix or None, local)
        node.ownerDocument = self
        return node

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        node = Text(data)
        node.ownerDocument = self
        return node

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        node = CDATASection(data)
        node.ownerDocument = self
        return node

    def createComment(self, data):
        node = Comment(data)
        node.ownerDocument = self
        return node

    def createProcessingInstruction(self, target, data):
        node = ProcessingInstruction(target, data)
        node.ownerDocument = self
        return node

    def createAttribute(self, qName):
        node = Attr(qName)
        node.ownerDocument = self
        node.value = ''
        return node

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, _, local = qualifiedName.rpartition(':')
        node = Attr(qualifiedName, namespaceURI, local, prefix or None)
        node.ownerDocument = self
        node.value = ''
        return node

    def getElementsByTagName(self, name):
        return _get_elements_by_tag_name(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _get_elements_by_tag_name_ns(self, namespaceURI, localName, NodeList())

    def importNode(self, node, deep):
        if node.nodeType in (Node.DOCUMENT_NODE, Node.DOCUMENT_TYPE_NODE):
            raise xml.dom.NotSupportedErr('cannot import document nodes')
        return _clone_node(node, deep, self)

    def cloneNode(self, deep):
        clone = Document()
        clone.encoding, clone.standalone, clone.version = self.encoding, self.standalone, self.version
        if deep:
            for child in self.childNodes:
                copied = _clone_node(child, True, clone)
                clone.appendChild(copied)
        return clone

    def unlink(self):
        self.doctype = None
        Node.unlink(self)

    def writexml(self, writer, indent='', addindent='', newl='', encoding=None, standalone=None):
        declarations = []
        if encoding:
            declarations.append(f'encoding="{encoding}"')
        if standalone is not None:
            declarations.append(f'standalone="{"yes" if standalone else "no"}"')
        writer.write(f'<?xml version="1.0" {" ".join(declarations)}?>{newl}')
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


def _clone_node(node, deep, newOwnerDocument):
    kind = node.nodeType
    if kind == Node.ELEMENT_NODE:
        clone = Element(node.tagName, node.namespaceURI, node.prefix, node._local)
        clone.ownerDocument = newOwnerDocument
        for attr in node._attrs.values():
            copied = Attr(attr.name, attr.namespaceURI, attr._local, attr._prefix)
            copied.value = attr.value
            copied.ownerDocument = newOwnerDocument
            copied.specified = attr.specified
            clone._set_attribute_node(copied)
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, True, newOwnerDocument))
        return clone
    if kind == Node.DOCUMENT_FRAGMENT_NODE:
        clone = DocumentFragment()
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, True, newOwnerDocument))
    elif kind in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.COMMENT_NODE):
        clone = node.__class__(node.data)
    elif kind == Node.PROCESSING_INSTRUCTION_NODE:
        clone = ProcessingInstruction(node.target, node.data)
    elif kind == Node.ATTRIBUTE_NODE:
        clone = Attr(node.name, node.namespaceURI, node._local, node._prefix)
        clone.value = node.value
        clone.specified = True
    elif kind == Node.DOCUMENT_TYPE_NODE:
        clone = DocumentType(node.name)
        clone.publicId, clone.systemId, clone.internalSubset = node.publicId, node.systemId, node.internalSubset
    else:
        raise xml.dom.NotSupportedErr(f'Cannot clone node {node!r}')
    clone.ownerDocument = newOwnerDocument
    return clone


class _Builder:
    """Builds a Document from pyexpat's events, with namespace processing."""

    def __init__(self):
        from xml.parsers import expat
        self.document = Document()
        self.current = self.document
        self.pending_ns = []
        parser = self.parser = expat.ParserCreate(namespace_separator=' ')
        parser.namespace_prefixes = True
        parser.buffer_text = True
        parser.ordered_attributes = True
        parser.StartElementHandler = self.start_element
        parser.EndElementHandler = self.end_element
        parser.CharacterDataHandler = self.character_data
        parser.CommentHandler = self.comment
        parser.ProcessingInstructionHandler = self.pi
        parser.StartNamespaceDeclHandler = self.start_namespace
        parser.StartCdataSectionHandler = self.start_cdata
        parser.EndCdataSectionHandler = self.end_cdata
        parser.StartDoctypeDeclHandler = self.start_doctype
        parser.XmlDeclHandler = self.xml_decl
        self.in_cdata = False

    @staticmethod
    def _split(name):
        parts = name.split(' ')
        if len(parts) == 3:
            uri, local, prefix = parts
            return f'{prefix}:{local}', uri, prefix, local
        if len(parts) == 2:
            uri, local = parts
            return local, uri, None, local
        return name, EMPTY_NAMESPACE, None, name

    def xml_decl(self, version, encoding, standalone):
        self.document.version = version
        self.document.encoding = encoding
        self.document.standalone = None if standalone < 0 else bool(standalone)

    def start_doctype(self, name, sysid, pubid, has_internal_subset):
        doctype = self.document.implementation.createDocumentType(name, pubid, sysid)
        doctype.ownerDocument = self.document
        Node.appendChild(self.document, doctype)
        self.document.doctype = doctype

    def start_namespace(self, prefix, uri):
        self.pending_ns.append((prefix, uri))

    def start_element(self, name, attributes):
        qname, uri, prefix, local = self._split(name)
        node = Element(qname, uri, prefix, local)
        node.ownerDocument = self.document
        for prefix_, uri_ in self.pending_ns:
            attr_name = f'xmlns:{prefix_}' if prefix_ else 'xmlns'
            attr = Attr(attr_name, XMLNS_NAMESPACE, prefix_ or 'xmlns', 'xmlns' if prefix_ else None)
            attr.value = uri_ or ''
            attr.ownerDocument = self.document
            node._set_attribute_node(attr)
        self.pending_ns = []
        for i in range(0, len(attributes), 2):
            aname, auri, aprefix, alocal = self._split(attributes[i])
            attr = Attr(aname, auri, alocal, aprefix)
            attr.value = attributes[i + 1]
            attr.ownerDocument = self.document
            node._set_attribute_node(attr)
        Node.appendChild(self.current, node)
        self.current = node

    def end_element(self, name):
        self.current = self.current.parentNode

    def character_data(self, data):
        children = self.current.childNodes
        if self.in_cdata:
            if children and children[-1].nodeType == Node.CDATA_SECTION_NODE and self.cdata_open:
                children[-1].data += data
                return
            node = CDATASection(data)
            self.cdata_open = True
        else:
            if children and children[-1].nodeType == Node.TEXT_NODE:
                children[-1].data += data
                return
            node = Text(data)
        node.ownerDocument = self.document
        Node.appendChild(self.current, node)

    def start_cdata(self):
        self.in_cdata = True
        self.cdata_open = False

    def end_cdata(self):
        self.in_cdata = False

    def comment(self, data):
        node = Comment(data)
        node.ownerDocument = self.document
        Node.appendChild(self.current, node)

    def pi(self, target, data):
        node = ProcessingInstruction(target, data)
        node.ownerDocument = self.document
        Node.appendChild(self.current, node)


def parseString(string, parser=None):
    if parser is not None:
        raise NotImplementedError('minidom.parseString with a SAX parser')
    builder = _Builder()
    builder.parser.Parse(string, True)
    return builder.document


def parse(file, parser=None, bufsize=None):
    if parser is not None:
        raise NotImplementedError('minidom.parse with a SAX parser')
    builder = _Builder()
    if isinstance(file, str) or hasattr(file, '__fspath__'):
        with open(file, 'rb') as f:
            builder.parser.ParseFile(f)
    else:
        builder.parser.ParseFile(file)
    return builder.document


def getDOMImplementation(features=None):
    return Document.implementation
