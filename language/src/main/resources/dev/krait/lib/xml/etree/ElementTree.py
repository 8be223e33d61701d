"""A lightweight XML tree: Element, ElementTree, parsing with XMLParser/TreeBuilder and serialization."""

# Krait's implementation, written against CPython 3.12's documented behaviour (its C accelerator's error
# messages). Parsing goes through pyexpat; serialization writes pieces to a list joined at the end.

import io
import re
import sys
import warnings
import contextlib

from . import ElementPath

__all__ = [
    'Comment', 'dump', 'Element', 'ElementTree', 'fromstring', 'fromstringlist', 'indent', 'iselement',
    'iterparse', 'parse', 'ParseError', 'PI', 'ProcessingInstruction', 'QName', 'SubElement', 'tostring',
    'tostringlist', 'TreeBuilder', 'VERSION', 'XML', 'XMLID', 'XMLParser', 'XMLPullParser', 'register_namespace',
    'canonicalize', 'C14NWriterTarget',
]

VERSION = '1.3.0'


class ParseError(SyntaxError):
    """An error while parsing XML; `code` is Expat's error code and `position` is (line, column)."""


def iselement(element):
    return hasattr(element, 'tag')


def _check_element(value, func, argnum):
    if not isinstance(value, Element):
        raise TypeError(f'{func}() argument {argnum} must be xml.etree.ElementTree.Element, '
                        f'not {_type_name(value)}')


def _type_name(value):
    return 'None' if value is None else type(value).__name__


class Element:
    """An XML element: a tag, an attribute dict, text, tail and a list of child elements."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError(f'Element() argument 2 must be dict, not {_type_name(attrib)}')
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return f'<Element {self.tag!r} at {id(self):#x}>'

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        from copy import deepcopy
        elem = self.makeelement(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        elem.text = deepcopy(self.text, memo)
        elem.tail = deepcopy(self.tail, memo)
        elem._children = [deepcopy(child, memo) for child in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        warnings.warn(
            "Testing an element's truth value will raise an exception in future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            DeprecationWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError('child index out of range') from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            items = list(element)
            for item in items:
                if not isinstance(item, Element):
                    raise TypeError(f'expected an Element, not "{type(item).__name__}"')
            self._children[index] = items
        else:
            if not isinstance(element, Element):
                raise TypeError(f'expected an Element, not "{type(element).__name__}"')
            try:
                self._children[index] = element
            except IndexError:
                raise IndexError('child assignment index out of range') from None

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError('child assignment index out of range') from None

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        _check_element(subelement, 'append', 1)
        self._children.append(subelement)

    def extend(self, elements):
        items = list(elements)
        for item in items:
            if not isinstance(item, Element):
                raise TypeError(f'expected an Element, not "{type(item).__name__}"')
        self._children.extend(items)

    def insert(self, index, subelement):
        _check_element(subelement, 'insert', 2)
        self._children.insert(index, subelement)

    def remove(self, subelement):
        _check_element(subelement, 'remove', 1)
        for i, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[i]
                return
        raise ValueError('list.remove(x): x not in list')

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == '*':
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            yield from child.iter(tag)

    def itertext(self):
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


Element.__module__ = 'xml.etree.ElementTree'


def SubElement(parent, tag, attrib={}, **extra):
    _check_element(parent, 'SubElement', 1)
    if not isinstance(attrib, dict):
        raise TypeError(f'SubElement() argument 3 must be dict, not {_type_name(attrib)}')
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + ' ' + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local', usable as a tag, attribute name or value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = '{%s}%s' % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.text!r}>'

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._key(other)

    def __ne__(self, other):
        return self.text != self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __le__(self, other):
        return self.text <= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)


class ElementTree:
    """A whole document: a root element, with parse and write."""

    def __init__(self, element=None, file=None):
        if element is not None and not iselement(element):
            raise TypeError(f'expected an Element, not {type(element).__name__}')
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        if not iselement(element):
            raise TypeError(f'expected an Element, not {type(element).__name__}')
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, 'read'):
            source = open(source, 'rb')
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _absolute(self, path):
        if path[:1] == '/':
            path = '.' + path
            warnings.warn(
                f'This search is broken in 1.3 and earlier, and will be fixed in a future version.  If you rely '
                f'on the current behaviour, change it to {path!r}', FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._absolute(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._absolute(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._absolute(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._absolute(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None, method=None, *,
              short_empty_elements=True):
        pieces = self._pieces(encoding, xml_declaration, default_namespace, method, short_empty_elements)
        if not encoding:
            encoding = 'utf-8' if method == 'c14n' else 'us-ascii'
        self._write_text(file_or_filename, encoding, ''.join(pieces))

    def _pieces(self, encoding, xml_declaration, default_namespace, method, short_empty_elements):
        """The serialization as the list of strings written one by one."""
        if not method:
            method = 'xml'
        elif method not in _serializers:
            raise ValueError(f'unknown method {method!r}')
        if not encoding:
            encoding = 'utf-8' if method == 'c14n' else 'us-ascii'
        pieces = []
        write = pieces.append
        if method == 'xml' and (xml_declaration or (xml_declaration is None and encoding.lower() != 'unicode'
                                                    and encoding.lower() not in ('utf-8', 'us-ascii'))):
            declared = 'utf-8' if encoding.lower() == 'unicode' else encoding
            write(f"<?xml version='1.0' encoding='{declared}'?>\n")
        if method == 'text':
            _serialize_text(write, self._root)
        else:
            qnames, namespaces = _namespaces(self._root, default_namespace)
            _serializers[method](write, self._root, qnames, namespaces, short_empty_elements=short_empty_elements)
        return pieces

    def _write_text(self, file_or_filename, encoding, text):
        if encoding.lower() == 'unicode':
            data = text
        else:
            data = text.encode(encoding, 'xmlcharrefreplace')
        if hasattr(file_or_filename, 'write'):
            file_or_filename.write(data)
        else:
            if isinstance(data, str):
                with open(file_or_filename, 'w', encoding='utf-8', errors='xmlcharrefreplace') as f:
                    f.write(data)
            else:
                with open(file_or_filename, 'wb') as f:
                    f.write(data)

    def write_c14n(self, file):
        return self.write(file, method='c14n')


# ---- serialization -----------------------------------------------------------------------------------------

_namespace_map = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}


def register_namespace(prefix, uri):
    if re.match(r'ns\d+$', prefix):
        raise ValueError('Prefix format reserved for internal use')
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError(f'cannot serialize {text!r} (type {type(text).__name__})')


def _namespaces(elem, default_namespace=None):
    """Map every qualified name in the tree to its prefixed form; returns (qnames, {uri: prefix})."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ''

    def add_qname(qname):
        try:
            if qname[:1] == '{':
                uri, tag = qname[1:].rsplit('}', 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = 'ns%d' % len(namespaces)
                    if prefix != 'xml':
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = f'{prefix}:{tag}'
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError('cannot use non-qualified names with default_namespace option')
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for elem in elem.iter():
        tag = elem.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in elem.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = elem.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write(f'<!--{text}-->')
    elif tag is ProcessingInstruction:
        write(f'<?{text}?>')
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _serialize_xml(write, child, qnames, None, short_empty_elements=short_empty_elements)
        else:
            write('<' + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
                        if prefix:
                            prefix = ':' + prefix
                        write(f' xmlns{prefix}="{_escape_attrib(uri)}"')
                for key, value in items:
                    if isinstance(key, QName):
                        key = key.text
                    if isinstance(value, QName):
                        value = qnames[value.text]
                    else:
                        value = _escape_attrib(value)
                    write(f' {qnames[key]}="{value}"')
            if text or len(elem) or not short_empty_elements:
                write('>')
                if text:
                    write(_escape_cdata(text))
                for child in elem:
                    _serialize_xml(write, child, qnames, None, short_empty_elements=short_empty_elements)
                write('</' + tag + '>')
            else:
                write(' />')
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {'area', 'base', 'basefont', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'link',
              'meta', 'param', 'source', 'track', 'wbr'}


def _serialize_html(write, elem, qnames, namespaces, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write(f'<!--{_escape_cdata(text)}-->')
    elif tag is ProcessingInstruction:
        write(f'<?{_escape_cdata(text)}?>')
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _serialize_html(write, child, qnames, None)
        else:
            write('<' + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
                        if prefix:
                            prefix = ':' + prefix
                        write(f' xmlns{prefix}="{_escape_attrib(uri)}"')
                for key, value in items:
                    if isinstance(key, QName):
                        key = key.text
                    if isinstance(value, QName):
                        value = qnames[value.text]
                    else:
                        value = _escape_attrib_html(value)
                    write(f' {qnames[key]}="{value}"')
            write('>')
            ltag = tag.lower()
            if text:
                if ltag in ('script', 'style'):
                    write(text)
                else:
                    write(_escape_cdata(text))
            for child in elem:
                _serialize_html(write, child, qnames, None)
            if ltag not in HTML_EMPTY:
                write('</' + tag + '>')
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


def _serialize_c14n(write, elem, qnames, namespaces, **kwargs):
    raise NotImplementedError('c14n serialization')


_serializers = {'xml': _serialize_xml, 'html': _serialize_html, 'text': _serialize_text, 'c14n': _serialize_c14n}


def _escape_cdata(text):
    try:
        if '&' in text:
            text = text.replace('&', '&amp;')
        if '<' in text:
            text = text.replace('<', '&lt;')
        if '>' in text:
            text = text.replace('>', '&gt;')
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text):
    try:
        if '&' in text:
            text = text.replace('&', '&amp;')
        if '<' in text:
            text = text.replace('<', '&lt;')
        if '>' in text:
            text = text.replace('>', '&gt;')
        if '"' in text:
            text = text.replace('"', '&quot;')
        if '\r' in text:
            text = text.replace('\r', '&#13;')
        if '\n' in text:
            text = text.replace('\n', '&#10;')
        if '\t' in text:
            text = text.replace('\t', '&#09;')
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib_html(text):
    try:
        if '&' in text:
            text = text.replace('&', '&amp;')
        if '>' in text:
            text = text.replace('>', '&gt;')
        if '"' in text:
            text = text.replace('"', '&quot;')
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    if encoding == 'unicode':
        return ElementTree(element)._pieces(encoding, xml_declaration, default_namespace, method,
                                            short_empty_elements)
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace, short_empty_elements=short_empty_elements)]


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding='unicode')
    tail = elem.getroot().tail
    if not tail or tail[-1] != '\n':
        sys.stdout.write('\n')


def indent(tree, space='  ', level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f'Initial indentation level must be >= 0, got {level}')
    if not len(tree):
        return
    indentations = ['\n' + level * space]

    def indent_children(elem, level):
        child_indentation = level + 1
        if len(indentations) <= child_indentation:
            indentations.append(indentations[level] + space)
        if not elem.text or not elem.text.strip():
            elem.text = indentations[child_indentation]
        for child in elem:
            if len(child):
                indent_children(child, child_indentation)
            if not child.tail or not child.tail.strip():
                child.tail = indentations[child_indentation]
        if not child.tail.strip():
            child.tail = indentations[level]

    indent_children(tree, 0)


# ---- parsing -----------------------------------------------------------------------------------------------

def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    pull = XMLPullParser(events=events, _parser=parser)
    close_source = False
    if not hasattr(source, 'read'):
        source = open(source, 'rb')
        close_source = True

    class IterParseIterator:
        root = None

        def __init__(self):
            self._events = self._generate()

        def _generate(self):
            try:
                while True:
                    yield from pull.read_events()
                    data = source.read(16 * 1024)
                    if not data:
                        break
                    pull.feed(data)
                root = pull._close_and_return_root()
                yield from pull.read_events()
                self.root = root
            finally:
                if close_source:
                    source.close()

        def __iter__(self):
            return self

        def __next__(self):
            return next(self._events)

    return IterParseIterator()


class XMLPullParser:
    """Feed data in pieces and read the parse events (start, end, start-ns, end-ns, comment, pi) as they come."""

    def __init__(self, events=None, *, _parser=None):
        self._events_queue = []
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ('end',)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError('feed() called after end of stream')
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events_queue
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        pass


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get('id')
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    """Builds a tree of elements from start/data/end (and comment/pi) calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None, insert_comments=False,
                 insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        if comment_factory is None:
            comment_factory = Comment
        self._comment_factory = comment_factory
        self.insert_comments = insert_comments
        if pi_factory is None:
            pi_factory = ProcessingInstruction
        self._pi_factory = pi_factory
        self.insert_pis = insert_pis
        if element_factory is None:
            element_factory = Element
        self._factory = element_factory

    def close(self):
        assert len(self._elem) == 0, 'missing end tags'
        assert self._root is not None, 'missing toplevel element'
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = ''.join(self._data)
                if self._tail:
                    assert self._last.tail is None, 'internal error (tail)'
                    self._last.tail = text
                else:
                    assert self._last.text is None, 'internal error (text)'
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, f'end tag mismatch (expected {self._last.tag}, got {tag})'
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class XMLParser:
    """Element structure builder for XML source data, on top of pyexpat."""

    def __init__(self, *, target=None, encoding=None):
        from xml.parsers import expat
        parser = expat.ParserCreate(encoding, '}')
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = parser
        self.target = self._target = target
        self._error = expat.error
        self._names = {}
        self.entity = {}
        parser.DefaultHandlerExpand = self._default
        if hasattr(target, 'start'):
            parser.StartElementHandler = self._start
        if hasattr(target, 'end'):
            parser.EndElementHandler = self._end
        if hasattr(target, 'start_ns'):
            parser.StartNamespaceDeclHandler = self._start_ns
        if hasattr(target, 'end_ns'):
            parser.EndNamespaceDeclHandler = self._end_ns
        if hasattr(target, 'data'):
            parser.CharacterDataHandler = target.data
        if hasattr(target, 'comment'):
            parser.CommentHandler = target.comment
        if hasattr(target, 'pi'):
            parser.ProcessingInstructionHandler = target.pi
        parser.buffer_text = 1
        parser.ordered_attributes = 1
        self._doctype = None
        self.version = f'Expat {expat.version_info[0]}.{expat.version_info[1]}.{expat.version_info[2]}'

    def _setevents(self, events_queue, events_to_report):
        parser = self._parser
        append = events_queue.append
        for event_name in events_to_report:
            if event_name == 'start':
                parser.ordered_attributes = 1

                def handler(tag, attrib_in, event=event_name, append=append, start=self._start):
                    append((event, start(tag, attrib_in)))
                parser.StartElementHandler = handler
            elif event_name == 'end':
                def handler(tag, event=event_name, append=append, end=self._end):
                    append((event, end(tag)))
                parser.EndElementHandler = handler
            elif event_name == 'start-ns':
                if hasattr(self.target, 'start_ns'):
                    def handler(prefix, uri, event=event_name, append=append, start_ns=self._start_ns):
                        append((event, start_ns(prefix, uri)))
                else:
                    def handler(prefix, uri, event=event_name, append=append):
                        append((event, (prefix or '', uri or '')))
                parser.StartNamespaceDeclHandler = handler
            elif event_name == 'end-ns':
                if hasattr(self.target, 'end_ns'):
                    def handler(prefix, event=event_name, append=append, end_ns=self._end_ns):
                        append((event, end_ns(prefix)))
                else:
                    def handler(prefix, event=event_name, append=append):
                        append((event, None))
                parser.EndNamespaceDeclHandler = handler
            elif event_name == 'comment':
                def handler(text, event=event_name, append=append, self=self):
                    append((event, self.target.comment(text)))
                parser.CommentHandler = handler
            elif event_name == 'pi':
                def handler(pi_target, data, event=event_name, append=append, self=self):
                    append((event, self.target.pi(pi_target, data)))
                parser.ProcessingInstructionHandler = handler
            else:
                raise ValueError(f'unknown event {event_name!r}')

    def _raiseerror(self, value):
        err = ParseError(str(value))
        err.code = value.code
        err.position = value.lineno, value.offset
        raise err

    def _fixname(self, key):
        try:
            return self._names[key]
        except KeyError:
            name = key
            if '}' in name:
                name = '{' + name
            self._names[key] = name
            return name

    def _start_ns(self, prefix, uri):
        return self.target.start_ns(prefix or '', uri or '')

    def _end_ns(self, prefix):
        return self.target.end_ns(prefix or '')

    def _start(self, tag, attr_list):
        fixname = self._fixname
        tag = fixname(tag)
        attrib = {}
        if attr_list:
            for i in range(0, len(attr_list), 2):
                attrib[fixname(attr_list[i])] = attr_list[i + 1]
        return self.target.start(tag, attrib)

    def _end(self, tag):
        return self.target.end(self._fixname(tag))

    def _default(self, text):
        prefix = text[:1]
        if prefix == '&':
            try:
                data_handler = self.target.data
            except AttributeError:
                return
            try:
                data_handler(self.entity[text[1:-1]])
            except KeyError:
                from xml.parsers import expat
                err = expat.error(
                    f'undefined entity {text}: line {self.parser.ErrorLineNumber}, '
                    f'column {self.parser.ErrorColumnNumber}')
                err.code = 11
                err.lineno = self.parser.ErrorLineNumber
                err.offset = self.parser.ErrorColumnNumber
                raise err

    def feed(self, data):
        failure = None
        try:
            self.parser.Parse(data, False)
        except self._error as v:
            failure = v
        if failure is not None:
            self._raiseerror(failure)

    def close(self):
        failure = None
        try:
            self.parser.Parse(b'', True)
        except self._error as v:
            failure = v
        if failure is not None:
            self._raiseerror(failure)
        try:
            close_handler = self.target.close
        except AttributeError:
            pass
        else:
            return close_handler()
        finally:
            del self.parser, self._parser
            del self.target, self._target

    def flush(self):
        pass


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError('xml.etree.ElementTree.canonicalize')


class C14NWriterTarget:
    def __init__(self, write, **options):
        raise NotImplementedError('xml.etree.ElementTree.C14NWriterTarget')
