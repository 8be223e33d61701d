"""An XML 1.0 parser with the interface of CPython's pyexpat module (Expat bindings)."""

# Krait's implementation: a hand-written tokenizer over decoded text. Parse() may be called with pieces of a
# document; markup that is not complete yet waits in the buffer for the next piece (or is an error at the end).
# Positions (lineno from 1, offset from 0, in characters) follow where Expat reports its errors.

import codecs as _codecs
import re as _re

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0), ('XML_CONTEXT_BYTES', 1024),
            ('XML_NS', 0)]

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    pass


ExpatError.__module__ = 'xml.parsers.expat'
error = ExpatError

_MESSAGES = [
    None, 'out of memory', 'syntax error', 'no element found', 'not well-formed (invalid token)',
    'unclosed token', 'partial character', 'mismatched tag', 'duplicate attribute', 'junk after document element',
    'illegal parameter entity reference', 'undefined entity', 'recursive entity reference', 'asynchronous entity',
    'reference to invalid character number', 'reference to binary entity',
    'reference to external entity in attribute', 'XML or text declaration not at start of entity',
    'unknown encoding', 'encoding specified in XML declaration is incorrect', 'unclosed CDATA section',
    'error in processing external entity reference', 'document is not standalone',
    'unexpected parser state - please send a bug report', 'entity declared in parameter entity',
    'requested feature requires XML_DTD support in Expat', 'cannot change setting once parsing has begun',
    'unbound prefix', 'must not undeclare prefix', 'incomplete markup in parameter entity',
    'XML declaration not well-formed', 'text declaration not well-formed', 'illegal character(s) in public id',
    'parser suspended', 'parser not suspended', 'parsing aborted', 'parsing finished',
    'cannot suspend in external parameter entity',
    'reserved prefix (xml) must not be undeclared or bound to another namespace name',
    'reserved prefix (xmlns) must not be declared or undeclared',
    'prefix must not be bound to one of the reserved namespace names', 'invalid argument',
    'a successful prior call to function XML_GetBuffer is required',
    'limit on input amplification factor (from DTD and entities) breached',
]

_ERROR_NAMES = [
    None, 'XML_ERROR_NO_MEMORY', 'XML_ERROR_SYNTAX', 'XML_ERROR_NO_ELEMENTS', 'XML_ERROR_INVALID_TOKEN',
    'XML_ERROR_UNCLOSED_TOKEN', 'XML_ERROR_PARTIAL_CHAR', 'XML_ERROR_TAG_MISMATCH', 'XML_ERROR_DUPLICATE_ATTRIBUTE',
    'XML_ERROR_JUNK_AFTER_DOC_ELEMENT', 'XML_ERROR_PARAM_ENTITY_REF', 'XML_ERROR_UNDEFINED_ENTITY',
    'XML_ERROR_RECURSIVE_ENTITY_REF', 'XML_ERROR_ASYNC_ENTITY', 'XML_ERROR_BAD_CHAR_REF',
    'XML_ERROR_BINARY_ENTITY_REF', 'XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF', 'XML_ERROR_MISPLACED_XML_PI',
    'XML_ERROR_UNKNOWN_ENCODING', 'XML_ERROR_INCORRECT_ENCODING', 'XML_ERROR_UNCLOSED_CDATA_SECTION',
    'XML_ERROR_EXTERNAL_ENTITY_HANDLING', 'XML_ERROR_NOT_STANDALONE', 'XML_ERROR_UNEXPECTED_STATE',
    'XML_ERROR_ENTITY_DECLARED_IN_PE', 'XML_ERROR_FEATURE_REQUIRES_XML_DTD',
    'XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING', 'XML_ERROR_UNBOUND_PREFIX', 'XML_ERROR_UNDECLARING_PREFIX',
    'XML_ERROR_INCOMPLETE_PE', 'XML_ERROR_XML_DECL', 'XML_ERROR_TEXT_DECL', 'XML_ERROR_PUBLICID',
    'XML_ERROR_SUSPENDED', 'XML_ERROR_NOT_SUSPENDED', 'XML_ERROR_ABORTED', 'XML_ERROR_FINISHED',
    'XML_ERROR_SUSPEND_PE', 'XML_ERROR_RESERVED_PREFIX_XML', 'XML_ERROR_RESERVED_PREFIX_XMLNS',
    'XML_ERROR_RESERVED_NAMESPACE_URI', 'XML_ERROR_INVALID_ARGUMENT', 'XML_ERROR_NO_BUFFER',
    'XML_ERROR_AMPLIFICATION_LIMIT_BREACH',
]


def ErrorString(code):
    if 0 <= code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


class _Namespace:
    def __init__(self, name, doc):
        self.__name__ = name
        self.__doc__ = doc


errors = _Namespace('pyexpat.errors', 'Constants used to describe error conditions.')
errors.codes = {}
errors.messages = {}
for _code in range(1, len(_MESSAGES)):
    setattr(errors, _ERROR_NAMES[_code], _MESSAGES[_code])
    errors.codes[_MESSAGES[_code]] = _code
    errors.messages[_code] = _MESSAGES[_code]
del _code

model = _Namespace('pyexpat.model', 'Constants used to interpret content model information.')
model.XML_CTYPE_EMPTY = 1
model.XML_CTYPE_ANY = 2
model.XML_CTYPE_MIXED = 3
model.XML_CTYPE_NAME = 4
model.XML_CTYPE_CHOICE = 5
model.XML_CTYPE_SEQ = 6
model.XML_CQUANT_NONE = 0
model.XML_CQUANT_OPT = 1
model.XML_CQUANT_REP = 2
model.XML_CQUANT_PLUS = 3

_HANDLER_NAMES = (
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler', 'CharacterDataHandler',
    'UnparsedEntityDeclHandler', 'NotationDeclHandler', 'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler',
    'CommentHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
    'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler', 'StartDoctypeDeclHandler',
    'EndDoctypeDeclHandler', 'EntityDeclHandler', 'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
    'SkippedEntityHandler',
)

_XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'
_XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/'

_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}

_NAME_START = (r':A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D'
               r'\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF')
_NAME_CHAR = _NAME_START + r'\-.0-9\xB7\u0300-\u036F\u203F-\u2040'
_name_re = _re.compile('[' + _NAME_START + '][' + _NAME_CHAR + ']*')
_space_re = _re.compile('[ \t\r\n]*')
# Characters XML 1.0 does not allow anywhere in a document.
_bad_char_re = _re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
_text_re = _re.compile('[^<&\r\n\\]]+')
# One pseudo-attribute of the XML declaration (or, failing that, the character where it goes wrong).
_decl_item_re = _re.compile(r'''[ \t\r\n]+([^ \t\r\n=]+)[ \t\r\n]*=[ \t\r\n]*(?:'([^']*)'|"([^"]*)")|[ \t\r\n]+$|.''')


class _Fail(Exception):
    """Raised inside the tokenizer: an Expat error code at a position in the buffer."""

    def __init__(self, code, pos):
        self.code = code
        self.pos = pos


class _NeedMore(Exception):
    """The markup at the buffer's end is not complete yet."""

    def __init__(self, pos):
        self.pos = pos


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    if not -2 ** 31 <= value < 2 ** 31:
        raise OverflowError('Python int too large to convert to C int')
    return value


class xmlparser:
    """XML parser"""

    __slots__ = _HANDLER_NAMES + (
        '_encoding', '_sep', '_intern', '_buffer_text', '_buffer', 'buffer_size', 'ordered_attributes',
        'specified_attributes', '_base', '_raw', '_decoder', '_text', '_pos', '_line', '_col', '_started',
        '_finished', '_stack', '_ns_stack', '_ns', '_root_seen', '_root_done', '_entities', '_doctype_external',
        '_error', '_last_pos', '_in_callback', 'namespace_prefixes', '_first',
    )

    def __init__(self, encoding, namespace_separator, intern):
        for name in _HANDLER_NAMES:
            object.__setattr__(self, name, None)
        self._encoding = encoding
        self._sep = namespace_separator
        self._intern = intern
        self._buffer_text = False
        self._buffer = []
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self._base = None
        self._raw = b''
        self._decoder = None
        self._text = ''
        self._pos = 0
        self._line = 1
        self._col = 0
        self._last_pos = 0
        self._started = False
        self._finished = False
        self._stack = []
        self._ns_stack = []
        self._ns = {'xml': _XML_NAMESPACE}
        self._root_seen = False
        self._root_done = False
        self._entities = {}
        self._doctype_external = False
        self._error = None
        self._first = True

    def __setattr__(self, name, value):
        if name in ('buffer_text', 'ordered_attributes', 'specified_attributes', 'namespace_prefixes'):
            value = bool(value)
            if name == 'buffer_text':
                if not value:
                    self._flush()
                object.__setattr__(self, '_buffer_text', value)
                return
        elif name == 'buffer_size':
            if not isinstance(value, int):
                raise TypeError('buffer_size must be an integer')
            if value <= 0:
                raise ValueError('buffer_size must be greater than zero')
            self._flush()
        elif name not in _HANDLER_NAMES and not name.startswith('_'):
            raise AttributeError(f"'pyexpat.xmlparser' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    @property
    def buffer_text(self):
        return self._buffer_text

    @property
    def ErrorCode(self):
        return self._error.code if self._error is not None else 0

    @property
    def ErrorLineNumber(self):
        return self._error.lineno if self._error is not None else self._position_of(self._last_pos)[0]

    @property
    def ErrorColumnNumber(self):
        return self._error.offset if self._error is not None else self._position_of(self._last_pos)[1]

    @property
    def ErrorByteIndex(self):
        return -1 if self._error is None else self._pos

    @property
    def CurrentLineNumber(self):
        return self._position_of(self._last_pos)[0]

    @property
    def CurrentColumnNumber(self):
        return self._position_of(self._last_pos)[1]

    @property
    def CurrentByteIndex(self):
        return -1

    @property
    def intern(self):
        return self._intern

    def __repr__(self):
        return f'<pyexpat.xmlparser object at {id(self):#x}>'

    # ---- configuration -------------------------------------------------------------------------------

    def SetParamEntityParsing(self, flag):
        _check_int(flag)
        return 1

    def GetBase(self):
        return self._base

    def SetBase(self, base):
        if not isinstance(base, str):
            raise TypeError(f'SetBase() argument must be str, not {_type_name(base)}')
        self._base = base

    def UseForeignDTD(self, flag=True):
        pass

    def GetReparseDeferralEnabled(self):
        return False

    def SetReparseDeferralEnabled(self, enabled):
        pass

    def GetInputContext(self):
        return None

    def ExternalEntityParserCreate(self, context, encoding=None):
        raise NotImplementedError('ExternalEntityParserCreate')

    # ---- input ---------------------------------------------------------------------------------------

    def Parse(self, data, isfinal=False):
        if self._finished:
            self._raise(36, self._line, self._col)
        if isinstance(data, str):
            self._decoder = 'str'
            self._text += data
        elif isinstance(data, (bytes, bytearray, memoryview)):
            self._feed_bytes(bytes(data), isfinal)
        else:
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
        self._run(bool(isfinal))
        if isfinal:
            self._finished = True
        return 1

    def ParseFile(self, file):
        read = getattr(file, 'read', None)
        if read is None:
            raise TypeError('argument must have \'read\' attribute')
        while True:
            chunk = read(self.buffer_size if self.buffer_size > 0 else 8192)
            if not isinstance(chunk, (bytes, bytearray, str)):
                raise TypeError(f'read() did not return a bytes object (type={type(chunk).__name__})')
            if not chunk:
                break
            self.Parse(chunk, False)
        return self.Parse(b'', True)

    def _feed_bytes(self, data, isfinal):
        if self._decoder is None:
            self._raw += data
            raw = self._raw
            if not isfinal and len(raw) < 4:
                return
            encoding = self._encoding
            if raw.startswith(b'\xef\xbb\xbf'):
                raw = raw[3:]
                encoding = 'utf-8'
            elif raw.startswith((b'\xff\xfe', b'\xfe\xff')):
                encoding = 'utf-16'
            elif raw.startswith(b'<\x00'):
                encoding = 'utf-16-le'
            elif raw.startswith(b'\x00<'):
                encoding = 'utf-16-be'
            elif encoding is None and raw.startswith(b'<?xml'):
                end = raw.find(b'?>')
                if end < 0 and not isfinal:
                    return
                m = _re.match(r'''<\?xml[^>]*?encoding[ \t\r\n]*=[ \t\r\n]*['"]([A-Za-z0-9._-]+)['"]''',
                              (raw[:end + 2] if end >= 0 else raw).decode('latin-1'))
                if m:
                    encoding = m.group(1)
            if encoding is None:
                encoding = 'utf-8'
            try:
                codec = _codecs.lookup(encoding)
            except LookupError:
                self._raise(18, 1, 0)
            self._decoder = codec.incrementaldecoder('strict')
            self._raw = b''
            data = raw
        if self._decoder == 'str':
            data = data.decode('utf-8', 'surrogateescape')
            self._text += data
            return
        try:
            self._text += self._decoder.decode(data, isfinal)
        except UnicodeDecodeError as exc:
            good = self._decoder.decode(data[:exc.start], False) if exc.start else ''
            self._text += good
            self._text += '\ufffe'   # an invalid character: reported as an invalid token where it stands

    # ---- errors and positions ------------------------------------------------------------------------

    def _raise(self, code, line, col):
        err = ExpatError(f'{_MESSAGES[code]}: line {line}, column {col}')
        err.code = code
        err.lineno = line
        err.offset = col
        self._error = err
        self._finished = True
        raise err

    def _advance(self, end):
        self._pos = end

    def _position_of(self, index):
        """(line, column) of an index into the buffer; counted on demand, as only errors and queries need it."""
        segment = self._text[:index]
        line, col = self._line, self._col
        newlines = segment.count('\n') + segment.count('\r') - segment.count('\r\n')
        if newlines:
            last = max(segment.rfind('\n'), segment.rfind('\r'))
            return line + newlines, len(segment) - last - 1
        return line, col + len(segment)

    # ---- the tokenizer -------------------------------------------------------------------------------

    def _run(self, isfinal):
        failure = None
        try:
            self._tokenize(isfinal)
        except _Fail as fail:
            failure = fail
        if failure is not None:
            # raised outside the handler so that the ExpatError carries no internal context
            self._flush()
            line, col = self._position_of(failure.pos)
            self._raise(failure.code, line, col)
        self._line, self._col = self._position_of(self._pos)
        self._text = self._text[self._pos:]
        self._pos = 0
        self._last_pos = 0
        self._flush()
        if isfinal:
            if not self._root_done:
                self._raise(3, self._line, self._col)

    def _tokenize(self, isfinal):
        text = self._text
        n = len(text)
        while True:
            pos = self._pos
            if pos >= n:
                return
            self._last_pos = pos
            ch = text[pos]
            try:
                if ch == '<':
                    end = self._markup(text, pos, isfinal)
                elif self._stack:
                    end = self._content_text(text, pos, isfinal)
                else:
                    end = self._outside_text(text, pos, isfinal)
            except _NeedMore as more:
                if isfinal:
                    raise _Fail(5, more.pos) from None
                return
            if end is None:
                return
            self._advance(end)
            self._first = False

    def _outside_text(self, text, pos, isfinal):
        m = _space_re.match(text, pos)
        end = m.end()
        if end > pos:
            self._default(text[pos:end])
            return end
        if text[pos] == '\ufeff' and self._first:
            return pos + 1
        raise _Fail(9 if self._root_done else 2, pos)

    def _content_text(self, text, pos, isfinal):
        ch = text[pos]
        if ch == '&':
            return self._reference(text, pos, isfinal)
        if ch == '\r':
            if pos + 1 >= len(text) and not isfinal:
                return None
            self._chars('\n')
            return pos + 2 if text.startswith('\r\n', pos) else pos + 1
        if ch == '\n':
            self._chars('\n')
            return pos + 1
        if ch == ']':
            if text.startswith(']]>', pos):
                raise _Fail(4, pos + 2)
            if len(text) - pos < 3 and not isfinal and ']]>'.startswith(text[pos:]):
                return None
            self._chars(']')
            return pos + 1
        m = _text_re.match(text, pos)
        end = m.end()
        chunk = text[pos:end]
        bad = _bad_char_re.search(chunk)
        if bad:
            if bad.start():
                self._chars(chunk[:bad.start()])
            raise _Fail(4, pos + bad.start())
        self._chars(chunk)
        return end

    def _reference(self, text, pos, isfinal):
        end = text.find(';', pos)
        if end < 0:
            m = _re.compile('&#?[xX]?[' + _NAME_CHAR + ']*').match(text, pos)
            if m.end() == len(text) and not isfinal:
                return None
            if m.end() == len(text):
                raise _Fail(5, pos)
            raise _Fail(4, m.end() if m.end() > pos + 1 else pos + 1)
        value = self._expand_reference(text, pos, end)
        if value is None:
            self._default(text[pos:end + 1])
        else:
            self._chars(value)
        return end + 1

    def _expand_reference(self, text, pos, end, in_attribute=False):
        body = text[pos + 1:end]
        if body.startswith('#'):
            m = _re.fullmatch('#([0-9]+)|#x([0-9a-fA-F]+)', body)
            if m is None:
                raise _Fail(4, pos + 2 if len(body) == 1 else pos + 1)
            code = int(m.group(1), 10) if m.group(1) is not None else int(m.group(2), 16)
            if not (code in (9, 10, 13) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
                    or 0x10000 <= code <= 0x10FFFF):
                raise _Fail(14, pos)
            return chr(code)
        if _name_re.fullmatch(body) is None:
            raise _Fail(4, pos + 1)
        if body in _PREDEFINED:
            return _PREDEFINED[body]
        if body in self._entities:
            return self._entities[body]
        if self._doctype_external:
            return None
        raise _Fail(11, pos)

    def _markup(self, text, pos, isfinal):
        n = len(text)
        if pos + 1 >= n:
            raise _NeedMore(pos)
        nxt = text[pos + 1]
        if nxt == '?':
            return self._pi(text, pos)
        if nxt == '!':
            if text.startswith('<!--', pos):
                return self._comment(text, pos)
            if text.startswith('<![CDATA[', pos):
                if not self._stack:
                    raise _Fail(4 if self._root_done else 2, pos)
                return self._cdata(text, pos, isfinal)
            if text.startswith('<!DOCTYPE', pos):
                if self._stack or self._root_done:
                    raise _Fail(4, pos + 2) if self._stack else _Fail(2, pos)
                return self._doctype(text, pos)
            if n - pos < 9 and ('<!DOCTYPE'.startswith(text[pos:]) or '<![CDATA['.startswith(text[pos:])
                                or '<!--'.startswith(text[pos:])):
                raise _NeedMore(pos)
            raise _Fail(4 if self._stack else 2, pos + 2)
        if nxt == '/':
            return self._end_tag(text, pos)
        if self._root_done and not self._stack:
            raise _Fail(9, pos)
        return self._start_tag(text, pos)

    def _pi(self, text, pos):
        m = _name_re.match(text, pos + 2)
        if m is None:
            if pos + 2 >= len(text):
                raise _NeedMore(pos)
            raise _Fail(4, pos + 2)
        target = m.group()
        close = text.find('?>', m.end())
        if close < 0:
            raise _NeedMore(pos)
        after = m.end()
        if after < close and text[after] not in ' \t\r\n':
            raise _Fail(4, after)
        data = text[after:close].lstrip(' \t\r\n')
        end = close + 2
        if target == 'xml':
            if not self._first or pos != 0:
                raise _Fail(17, pos)
            self._xml_decl(text, pos, end)
            return end
        if target.lower() == 'xml':
            raise _Fail(17, pos)
        data = data.replace('\r\n', '\n').replace('\r', '\n')
        self._flush()
        handler = self.ProcessingInstructionHandler
        if handler is not None:
            handler(target, data)
        else:
            self._default(text[pos:end])
        return end

    def _xml_decl(self, text, pos, end):
        # Pseudo-attributes in their fixed order: version (required), encoding, standalone. A bad name is reported
        # where it starts, a bad value where the value starts.
        values = {}
        order = ['version', 'encoding', 'standalone']
        base = pos + 5
        for m in _decl_item_re.finditer(text[base:end - 2]):
            if m.group(1) is None:
                if not m.group().strip():
                    continue
                raise _Fail(30, base + m.start())
            name = m.group(1)
            quoted = 2 if m.group(2) is not None else 3
            value = m.group(quoted)
            if name not in order or (not values and name != 'version'):
                raise _Fail(30, base + m.start(1))
            del order[:order.index(name) + 1]
            if name == 'version':
                bad = _re.search('[^a-zA-Z0-9_.:-]', value)
                if bad:
                    raise _Fail(30, base + m.start(quoted) + bad.start())
                ok = value
            elif name == 'encoding':
                ok = _re.fullmatch('[A-Za-z][A-Za-z0-9._-]*', value)
            else:
                ok = value in ('yes', 'no')
            if not ok:
                raise _Fail(30, base + m.start(quoted))
            values[name] = value
        if 'version' not in values:
            raise _Fail(30, base)
        standalone = values.get('standalone')
        handler = self.XmlDeclHandler
        if handler is not None:
            handler(values['version'], values.get('encoding'),
                    -1 if standalone is None else int(standalone == 'yes'))
        else:
            self._default(text[pos:end])

    def _comment(self, text, pos):
        close = text.find('--', pos + 4)
        if close < 0:
            raise _NeedMore(pos)
        if not text.startswith('-->', close):
            if close + 2 >= len(text):
                raise _NeedMore(pos)
            raise _Fail(4, close + 2)
        data = text[pos + 4:close]
        bad = _bad_char_re.search(data)
        if bad:
            raise _Fail(4, pos + 4 + bad.start())
        self._flush()
        handler = self.CommentHandler
        if handler is not None:
            handler(data.replace('\r\n', '\n').replace('\r', '\n'))
        else:
            self._default(text[pos:close + 3])
        return close + 3

    def _cdata(self, text, pos, isfinal):
        close = text.find(']]>', pos + 9)
        if close < 0:
            if isfinal:
                data = text[pos + 9:]
                self._cdata_events(data, partial=True)
                raise _Fail(20, len(text))
            raise _NeedMore(pos)
        self._cdata_events(text[pos + 9:close])
        return close + 3

    def _cdata_events(self, data, partial=False):
        self._flush()
        if self.StartCdataSectionHandler is not None:
            self.StartCdataSectionHandler()
        for piece in _re.findall('\r\n|\r|\n|[^\r\n]+', data):
            self._chars('\n' if piece in ('\r\n', '\r') else piece)
        if partial:
            return
        self._flush()
        if self.EndCdataSectionHandler is not None:
            self.EndCdataSectionHandler()

    def _doctype(self, text, pos):
        i = pos + 9
        depth = 0
        quote = None
        n = len(text)
        while i < n:
            c = text[i]
            if quote:
                if c == quote:
                    quote = None
            elif c in '"\'':
                quote = c
            elif c == '[':
                depth += 1
            elif c == ']':
                depth -= 1
            elif c == '>' and depth == 0:
                break
            i += 1
        else:
            raise _NeedMore(pos)
        decl = text[pos + 9:i]
        m = _re.match(r'[ \t\r\n]+([^ \t\r\n\[>]+)[ \t\r\n]*(?:(SYSTEM|PUBLIC)[ \t\r\n]+'
                      r'''(?:'([^']*)'|"([^"]*)")(?:[ \t\r\n]+(?:'([^']*)'|"([^"]*)"))?)?[ \t\r\n]*''', decl)
        if m is None:
            raise _Fail(2, pos + 9)
        name = m.group(1)
        first = m.group(3) if m.group(3) is not None else m.group(4)
        second = m.group(5) if m.group(5) is not None else m.group(6)
        if m.group(2) == 'PUBLIC':
            pubid, sysid = first, second
        else:
            pubid, sysid = None, first
        subset = decl[m.end():]
        has_internal = subset.startswith('[')
        self._doctype_external = sysid is not None or pubid is not None
        if self.StartDoctypeDeclHandler is not None:
            self.StartDoctypeDeclHandler(name, sysid, pubid, int(has_internal))
        if has_internal:
            for em in _re.finditer(r'''<!ENTITY[ \t\r\n]+([^ \t\r\n%]+)[ \t\r\n]+(?:'([^']*)'|"([^"]*)")'''
                                   r'[ \t\r\n]*>', subset):
                value = em.group(2) if em.group(2) is not None else em.group(3)
                ename = em.group(1)
                value = _re.sub(r'&#([0-9]+);|&#x([0-9a-fA-F]+);',
                                lambda r: chr(int(r.group(1)) if r.group(1) else int(r.group(2), 16)), value)
                self._entities.setdefault(ename, value)
                if self.EntityDeclHandler is not None:
                    self.EntityDeclHandler(ename, 0, value, self._base, None, None, None)
        if self.EndDoctypeDeclHandler is not None:
            self.EndDoctypeDeclHandler()
        return i + 1

    def _start_tag(self, text, pos):
        m = _name_re.match(text, pos + 1)
        if m is None:
            if pos + 1 >= len(text):
                raise _NeedMore(pos)
            raise _Fail(4, pos + 1)
        name = m.group()
        i = m.end()
        n = len(text)
        attrs = []
        seen = set()
        while True:
            if i >= n:
                raise _NeedMore(pos)
            c = text[i]
            if c == '>':
                empty = False
                i += 1
                break
            if c == '/':
                if i + 1 >= n:
                    raise _NeedMore(pos)
                if text[i + 1] != '>':
                    raise _Fail(4, i + 1)
                empty = True
                i += 2
                break
            sp = _space_re.match(text, i).end()
            if sp == i:
                raise _Fail(4, i)
            i = sp
            if i >= n:
                raise _NeedMore(pos)
            if text[i] in '/>':
                continue
            am = _name_re.match(text, i)
            if am is None:
                raise _Fail(4, i)
            aname = am.group()
            i = _space_re.match(text, am.end()).end()
            if i >= n:
                raise _NeedMore(pos)
            if text[i] != '=':
                raise _Fail(4, i)
            i = _space_re.match(text, i + 1).end()
            if i >= n:
                raise _NeedMore(pos)
            quote = text[i]
            if quote not in '"\'':
                raise _Fail(4, i)
            close = text.find(quote, i + 1)
            if close < 0:
                raise _NeedMore(pos)
            value = self._attribute_value(text, i + 1, close, pos)
            if aname in seen:
                raise _Fail(8, am.start())
            seen.add(aname)
            attrs.append((aname, value))
            i = close + 1
        self._flush()
        if not self._stack:
            self._root_seen = True
        self._open(name, attrs, pos)
        if empty:
            self._close()
        return i

    def _attribute_value(self, text, start, end, tag_start):
        out = []
        i = start
        while i < end:
            c = text[i]
            if c == '<':
                raise _Fail(4, i)
            if c == '&':
                semi = text.find(';', i, end)
                if semi < 0:
                    raise _Fail(4, i + 1)
                try:
                    value = self._expand_reference(text, i, semi, True)
                except _Fail as fail:
                    if fail.code == 11:
                        fail.pos = tag_start
                    raise
                if value is None:
                    raise _Fail(11, tag_start)
                if text[i + 1] != '#':
                    value = value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ')
                out.append(value)
                i = semi + 1
                continue
            if c == '\r':
                out.append(' ')
                i += 2 if text.startswith('\r\n', i) else 1
                continue
            if c in '\t\n':
                out.append(' ')
            elif _bad_char_re.match(c):
                raise _Fail(4, i)
            else:
                out.append(c)
            i += 1
        return ''.join(out)

    def _end_tag(self, text, pos):
        m = _name_re.match(text, pos + 2)
        if m is None:
            if pos + 2 >= len(text):
                raise _NeedMore(pos)
            raise _Fail(4, pos + 2)
        i = _space_re.match(text, m.end()).end()
        if i >= len(text):
            raise _NeedMore(pos)
        if text[i] != '>':
            raise _Fail(4, i)
        if not self._stack:
            raise _Fail(9 if self._root_done else 2, pos)
        if self._stack[-1][0] != m.group():
            raise _Fail(7, pos + 2)
        self._flush()
        self._close()
        return i + 1

    # ---- elements and namespaces ---------------------------------------------------------------------

    def _open(self, name, attrs, pos):
        raw_name = name
        declared = []
        sep = self._sep
        if sep is not None:
            plain = []
            for aname, value in attrs:
                if aname == 'xmlns' or aname.startswith('xmlns:'):
                    prefix = aname[6:] or None
                    declared.append((prefix, value))
                else:
                    plain.append((aname, value))
            for prefix, uri in declared:
                if prefix == 'xmlns':
                    raise _Fail(39, pos)
                if prefix == 'xml' and uri != _XML_NAMESPACE:
                    raise _Fail(38, pos)
                if prefix is not None and not uri:
                    raise _Fail(28, pos)
                key = prefix if prefix is not None else ''
                self._ns_stack.append((key, self._ns.get(key)))
                self._ns[key] = uri
                if self.StartNamespaceDeclHandler is not None:
                    self.StartNamespaceDeclHandler(prefix, uri or None)
            attrs = []
            for aname, value in plain:
                attrs.append((self._qualify(aname, True, pos), value))
            name = self._qualify(name, False, pos)
        self._stack.append((raw_name, len(declared), name))
        handler = self.StartElementHandler
        if handler is not None:
            if self.ordered_attributes:
                flat = []
                for aname, value in attrs:
                    flat.append(aname)
                    flat.append(value)
                handler(name, flat)
            else:
                handler(name, dict(attrs))
        else:
            self._default(None)

    def _qualify(self, qname, is_attribute, pos):
        prefix, colon, local = qname.partition(':')
        if not colon:
            if is_attribute:
                return qname
            uri = self._ns.get('')
            return uri + self._sep + qname if uri else qname
        uri = self._ns.get(prefix)
        if uri is None:
            raise _Fail(27, pos)
        if self.namespace_prefixes:
            return uri + self._sep + local + self._sep + prefix
        return uri + self._sep + local

    def _close(self):
        _, declared, name = self._stack.pop()
        handler = self.EndElementHandler
        if handler is not None:
            handler(name)
        for _ in range(declared):
            key, old = self._ns_stack.pop()
            if old is None:
                del self._ns[key]
            else:
                self._ns[key] = old
            if self.EndNamespaceDeclHandler is not None:
                self.EndNamespaceDeclHandler(key or None)
        if not self._stack:
            self._root_done = True

    # ---- character data ------------------------------------------------------------------------------

    def _chars(self, data):
        if self._buffer_text:
            self._buffer.append(data)
            return
        handler = self.CharacterDataHandler
        if handler is not None:
            handler(data)
        else:
            self._default(data)

    def _flush(self):
        if self._buffer:
            data = ''.join(self._buffer)
            self._buffer = []
            handler = self.CharacterDataHandler
            if handler is not None:
                handler(data)

    def _default(self, data):
        if data is None:
            return
        handler = self.DefaultHandlerExpand or self.DefaultHandler
        if handler is not None:
            self._flush()
            handler(data)


def _type_name(value):
    return 'None' if value is None else type(value).__name__


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"ParserCreate() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not "
                            f"{type(namespace_separator).__name__}")
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, omitted, or None')
    if intern is None:
        intern = {}
    elif not isinstance(intern, dict):
        raise TypeError('intern must be a dictionary')
    return xmlparser(encoding, namespace_separator, intern)


XMLParserType = xmlparser
