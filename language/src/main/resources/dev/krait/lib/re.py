"""Regular expressions (Krait's implementation).

Patterns are compiled and matched by TRegex, Truffle's regular expression engine, in its Python flavor (through the
builtin module _krait_re); this module gives them CPython's API: the module functions, Pattern and Match objects,
replacement templates, the flags and re.error.
"""

import _krait_re
from _generic_types import GenericAlias as _GenericAlias

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
    "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
    "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807

# How _krait_re.compile anchors a regex (the index into Pattern._regexes).
_SEARCH = 0
_MATCH = 1
_FULLMATCH = 2
_SEARCH_ADVANCING = 3


class _FlagType(type):
    def __repr__(cls):
        return f"<flag {cls.__name__!r}>"


class RegexFlag(int, metaclass=_FlagType):
    """The re flags: ints that combine with |, & and ^ and show as re.NAME."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def _value_(self):
        return int(self)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        names = [name for name, flag_value in _FLAG_NAMES if flag_value and value & flag_value == flag_value]
        if value == 0:
            return "NOFLAG"
        return "|".join(names) if names else None

    def __or__(self, other):
        other = _flag_value(other)
        return NotImplemented if other is None else RegexFlag(int(self) | other)

    __ror__ = __or__

    def __and__(self, other):
        other = _flag_value(other)
        return NotImplemented if other is None else RegexFlag(int(self) & other)

    __rand__ = __and__

    def __xor__(self, other):
        other = _flag_value(other)
        return NotImplemented if other is None else RegexFlag(int(self) ^ other)

    __rxor__ = __xor__

    def __invert__(self):
        everything = 0
        for _, flag_value in _FLAG_NAMES:
            everything |= flag_value
        return RegexFlag(everything & ~int(self))

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        if value < 0:
            return "re.RegexFlag(%d)" % value
        names = []
        rest = value
        for name, flag_value in _FLAG_NAMES:
            if flag_value and value & flag_value == flag_value:
                names.append("re." + name)
                rest &= ~flag_value
        if rest:
            return "re.RegexFlag(%d)" % value if not names else "|".join(names) + "|" + hex(rest)
        return "|".join(names)

    __str__ = __repr__
    __format__ = int.__format__


def _flag_value(value):
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


# In CPython's definition order, which is the order of a combination's repr.
_FLAG_NAMES = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8), ("DOTALL", 16),
    ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)

NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
RegexFlag.NOFLAG = NOFLAG
RegexFlag.ASCII = ASCII
RegexFlag.IGNORECASE = IGNORECASE
RegexFlag.LOCALE = LOCALE
RegexFlag.UNICODE = UNICODE
RegexFlag.MULTILINE = MULTILINE
RegexFlag.DOTALL = DOTALL
RegexFlag.VERBOSE = VERBOSE
RegexFlag.TEMPLATE = TEMPLATE
RegexFlag.DEBUG = DEBUG

# The letters TRegex's Python flavor takes for the flags.
_FLAG_LETTERS = ((2, "i"), (4, "L"), (8, "m"), (16, "s"), (64, "x"), (256, "a"), (32, "u"))


class error(Exception):
    """A pattern or a replacement template that is not valid; msg, pattern and pos say what and where."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = None
            self.colno = None
        super().__init__(msg)


PatternError = error


def _bytes_like(value):
    """The bytes of a bytes-like object (bytes, bytearray, memoryview, array…), or None."""
    if isinstance(value, (str, int)):
        return None
    try:
        return memoryview(value).tobytes()
    except TypeError:
        return None


def _to_bytes(text):
    """A text the engine returned for a bytes pattern (one character per byte), back as bytes."""
    return None if text is None else text.encode("latin-1")


class Pattern:
    """A compiled regular expression (made by compile(), never directly)."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    __class_getitem__ = classmethod(_GenericAlias)

    def _setup(self, pattern, flags, regex, source, is_bytes):
        self.pattern = pattern
        groups, groupindex, engine_flags = _krait_re.info(regex)
        if is_bytes and not flags & 256:
            engine_flags &= ~256  # the engine's ASCII mode is how bytes are matched, not a flag given
        flags |= engine_flags
        if not flags & 256 and not is_bytes:
            flags |= 32
        self.flags = flags
        self.groups = groups
        self.groupindex = groupindex
        # Where the groups' texts start in the tuples _krait_re.exec returns.
        self._text_base = 2 * groups + 3
        # A bytes pattern runs on text with one character per byte (Latin-1), with ASCII-only classes and case;
        # the texts it finds are turned back into bytes.
        self._bytes = is_bytes
        self._source = source
        self._empty = b"" if is_bytes else ""
        self._engine_flags = _engine_flag_letters((self.flags | 256) & ~4 if is_bytes else self.flags)
        self._regexes = [regex, None, None, None]

    def _regex(self, variant):
        regex = self._regexes[variant]
        if regex is None:
            regex = _krait_re.compile(self._source, self._engine_flags, variant)
            self._regexes[variant] = regex
        return regex

    def _subject(self, string):
        """The text the engine searches: the str itself, or a bytes-like object's bytes as Latin-1."""
        if self._bytes:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            data = _bytes_like(string)
            if data is None:
                raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
            return data.decode("latin-1")
        if not isinstance(string, str):
            if _bytes_like(string) is not None:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        return string

    def _found(self, spans):
        """The spans and texts of a match, the texts as bytes for a bytes pattern."""
        if spans is None or not self._bytes:
            return spans
        base = self._text_base
        return spans[:base] + tuple(_to_bytes(text) for text in spans[base:])

    # pos and endpos are passed on as given: _krait_re.exec keeps them within the string (len() of a long str
    # costs a scan of it), and Match.pos/endpos clamp them when asked.
    def _exec(self, variant, string, pos, endpos):
        subject = self._subject(string)
        spans = _krait_re.exec(self._regex(variant), subject, pos, endpos)
        if spans is None:
            return None
        return _new_match(self, string, pos, endpos, self._found(spans))

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(_SEARCH, string, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(_MATCH, string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(_FULLMATCH, string, pos, endpos)

    def _scan(self, string, pos, endpos, limit):
        """The spans of the successive matches, as sub, split, findall and finditer see them: after an empty
        match the next one may not be empty at the same place."""
        search = self._regex(_SEARCH)
        advancing = None
        count = 0
        must_advance = False
        while limit == 0 or count < limit:
            if must_advance:
                if advancing is None:
                    advancing = self._regex(_SEARCH_ADVANCING)
                spans = _krait_re.exec(advancing, string, pos, endpos)
                if spans is None:
                    # TRegex's MustAdvance misses some matches of patterns made only of anchors (r"^|$" finds
                    # nothing after the match at 0): a plain search from the next position finds them.
                    spans = _krait_re.exec(search, string, pos + 1, endpos)
                    if spans is not None and spans[1] == pos:
                        spans = None
            else:
                spans = _krait_re.exec(search, string, pos, endpos)
            if spans is None:
                return
            yield self._found(spans)
            count += 1
            start = spans[1]
            pos = spans[2]
            must_advance = start == pos

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        subject = self._subject(string)
        return self._matches(string, subject, pos, endpos)

    def _matches(self, string, subject, pos, endpos):
        for spans in self._scan(subject, pos, endpos, 0):
            yield _new_match(self, string, pos, endpos, spans)

    def _text(self, subject, start, end):
        text = _krait_re.text(subject, start, end)
        return _to_bytes(text) if self._bytes else text

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        subject = self._subject(string)
        groups = self.groups
        base = self._text_base
        empty = self._empty
        found = []
        for spans in self._scan(subject, pos, endpos, 0):
            if groups == 0:
                found.append(spans[base])
            elif groups == 1:
                text = spans[base + 1]
                found.append(empty if text is None else text)
            else:
                items = []
                for index in range(base + 1, base + groups + 1):
                    text = spans[index]
                    items.append(empty if text is None else text)
                found.append(tuple(items))
        return found

    def split(self, string, maxsplit=0):
        subject = self._subject(string)
        if maxsplit < 0:
            return [string]
        base = self._text_base
        groups_end = base + self.groups + 1
        pieces = []
        last = 0
        for spans in self._scan(subject, 0, _MAXSIZE, maxsplit):
            pieces.append(self._text(subject, last, spans[1]))
            for index in range(base + 1, groups_end):
                pieces.append(spans[index])
            last = spans[2]
        pieces.append(self._text(subject, last, _MAXSIZE))
        return pieces

    def subn(self, repl, string, count=0):
        subject = self._subject(string)
        if callable(repl):
            template = None
            literal = None
        elif self._bytes:
            data = _bytes_like(repl)
            if data is None:
                # not bytes: joining it with the bytes around it is the error, as in CPython
                template = None
                literal = repl
            elif b"\\" in data:
                template = _parse_template(data.decode("latin-1"), self)
                template = [_to_bytes(item) if isinstance(item, str) else item for item in template]
                literal = template[0] if len(template) == 1 and isinstance(template[0], bytes) else None
                if not template:
                    literal = b""
            else:
                template = None
                literal = data
        elif isinstance(repl, str):
            if "\\" in repl:
                template = _parse_template(repl, self)
                literal = template[0] if len(template) == 1 and isinstance(template[0], str) else None
                if not template:
                    literal = ""
            else:
                template = None
                literal = repl
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
        if count < 0:
            return string, 0
        # As in CPython, empty pieces are left out and a None from repl adds nothing, so a replacement that is
        # not a str is reported by join() with its place in the list.
        base = self._text_base
        pieces = []
        last = 0
        done = 0
        for spans in self._scan(subject, 0, _MAXSIZE, count):
            if last < spans[1]:
                pieces.append(self._text(subject, last, spans[1]))
            if literal is not None:
                if literal:
                    pieces.append(literal)
            elif template is not None:
                pieces.append(_expand_template(template, spans, base, self._empty))
            else:
                replacement = repl(_new_match(self, string, 0, _MAXSIZE, spans))
                if replacement is not None:
                    pieces.append(replacement)
            last = spans[2]
            done += 1
        if done == 0:
            return (bytes(self._subject(string), "latin-1") if self._bytes and not isinstance(string, bytes) else string), 0
        tail = self._text(subject, last, _MAXSIZE)
        if tail:
            pieces.append(tail)
        return self._empty.join(pieces), done

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner is not supported by Krait yet")

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, flag_value in (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
                                 ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
                                 ("ASCII", 256)):
            if flags & flag_value:
                names.append("re." + name)
                flags &= ~flag_value
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Match:
    """The result of a successful match: the spans and texts of the groups in the string (made by the Pattern
    methods, never directly)."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    __class_getitem__ = classmethod(_GenericAlias)

    @property
    def pos(self):
        pos = self._pos
        return 0 if pos < 0 else min(pos, len(self.string))

    @property
    def endpos(self):
        endpos = self._endpos
        return 0 if endpos < 0 else min(endpos, len(self.string))

    @property
    def lastindex(self):
        last = self._spans[0]
        return None if last < 0 else last

    @property
    def lastgroup(self):
        last = self._spans[0]
        if last < 0:
            return None
        for name, index in self.re.groupindex.items():
            if index == last:
                return name
        return None

    @property
    def regs(self):
        spans = self._spans
        return tuple((spans[2 * i + 1], spans[2 * i + 2]) for i in range(self.re.groups + 1))

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        else:
            try:
                index = group.__index__()
            except AttributeError:
                pass
            else:
                if 0 <= index <= self.re.groups:
                    return index
        raise IndexError("no such group")

    def _group(self, index, default=None):
        text = self._spans[self.re._text_base + index]
        return default if text is None else text

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(group)) for group in groups)

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        return tuple(self._group(index, default) for index in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0, /):
        return self._spans[2 * self._index(group) + 1]

    def end(self, group=0, /):
        return self._spans[2 * self._index(group) + 2]

    def span(self, group=0, /):
        index = self._index(group)
        return self._spans[2 * index + 1], self._spans[2 * index + 2]

    def expand(self, template, /):
        if self.re._bytes:
            data = _bytes_like(template)
            if data is None:
                raise TypeError("expected a bytes-like object, %s found" % type(template).__name__)
            items = [_to_bytes(item) if isinstance(item, str) else item for item in _parse_template(data.decode("latin-1"), self.re)]
            return _expand_template(items, self._spans, self.re._text_base, b"")
        return _expand_template(_parse_template(template, self.re), self._spans, self.re._text_base)

    def __repr__(self):
        # CPython shows at most 50 characters of the matched text's repr.
        return "<re.Match object; span=(%d, %d), match=%s>" % (self._spans[1], self._spans[2], repr(self._group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _new_match(pattern, string, pos, endpos, spans):
    match = object.__new__(Match)
    match.re = pattern
    match.string = string
    match._pos = pos
    match._endpos = endpos
    match._spans = spans
    return match


# Replacement templates: a list whose items are literal strs and group numbers.

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCTAL_DIGITS = "01234567"
_DIGITS = "0123456789"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parse_template(template, pattern):
    if not isinstance(template, str):
        raise TypeError("expected str instance, %s found" % type(template).__name__)
    items = []
    literal = []
    length = len(template)
    i = 0

    def group_reference(index, position):
        if index > pattern.groups:
            raise error("invalid group reference %d" % index, template, position)
        if literal:
            items.append("".join(literal))
            literal.clear()
        items.append(index)

    while i < length:
        char = template[i]
        if char != "\\":
            literal.append(char)
            i += 1
            continue
        start = i
        if i + 1 >= length:
            raise error("bad escape (end of pattern)", template, start)
        char = template[i + 1]
        i += 2
        if char == "g":
            if i >= length or template[i] != "<":
                raise error("missing <", template, i)
            i += 1
            name_start = i
            name = []
            while True:
                if i >= length:
                    if not name:
                        raise error("missing group name", template, i)
                    raise error("missing >, unterminated name", template, name_start)
                token = template[i:i + 2] if template[i] == "\\" else template[i]
                i += len(token)
                if token == ">":
                    if not name:
                        raise error("missing group name", template, i - 1)
                    break
                name.append(token)
            name = "".join(name)
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if name.isdigit():
                    index = int(name)
                else:
                    raise error("bad character in group name %r" % name, template, name_start)
            group_reference(index, name_start)
        elif char == "0":
            digits = "0"
            while len(digits) < 3 and i < length and template[i] in _OCTAL_DIGITS:
                digits += template[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xff))
        elif char in _DIGITS:
            digits = char
            if i < length and template[i] in _DIGITS:
                digits += template[i]
                i += 1
                if char in _OCTAL_DIGITS and digits[1] in _OCTAL_DIGITS and i < length and template[i] in _OCTAL_DIGITS:
                    digits += template[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % digits, template, start)
                    literal.append(chr(value))
                    continue
            group_reference(int(digits), start + 1)
        else:
            escaped = _TEMPLATE_ESCAPES.get(char)
            if escaped is not None:
                literal.append(escaped)
            elif char in _ASCII_LETTERS:
                raise error("bad escape \\%s" % char, template, start)
            else:
                literal.append("\\" + char)
    if literal:
        items.append("".join(literal))
    return items


def _expand_template(template, spans, base, empty=""):
    pieces = []
    for item in template:
        if isinstance(item, (str, bytes)):
            pieces.append(item)
        else:
            text = spans[base + item]
            if text is not None:
                pieces.append(text)
    return empty.join(pieces)


# Compiled patterns, by pattern and flags, as CPython keeps them (purge() empties it).
_MAXCACHE = 512
_cache = {}


def _engine_flag_letters(flags):
    letters = ""
    for value, letter in _FLAG_LETTERS:
        if flags & value:
            letters += letter
    return letters


def _pickle_pattern(pattern):
    return _compile, (pattern.pattern, pattern.flags)


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    key = (pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    is_bytes = not isinstance(pattern, str)
    if is_bytes:
        data = _bytes_like(pattern)
        if data is None:
            raise TypeError("first argument must be string or compiled pattern")
        source = data.decode("latin-1")
    else:
        source = pattern
    if flags & DEBUG._value_:
        raise NotImplementedError("re.DEBUG is not supported by Krait yet")
    if is_bytes:
        if flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & 4 and flags & 256:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    elif flags & 4:
        raise ValueError("cannot use LOCALE flag with a str pattern")
    if flags & 256 and flags & 32:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    regex = _krait_re.compile(source, _engine_flag_letters((flags | 256) & ~4 if is_bytes else flags), _SEARCH)
    if isinstance(regex, tuple):
        message, position = regex
        if message in ("ASCII and UNICODE flags are incompatible", "cannot use LOCALE flag with a str pattern"):
            raise ValueError(message)
        if message == "look-behind requires fixed-width pattern":
            # CPython finds this one after parsing, where it no longer knows the position.
            raise error(message)
        raise error(message, pattern, position)
    compiled = object.__new__(Pattern)
    compiled._setup(pattern, flags, regex, source, is_bytes)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    """The first match of the pattern anywhere in the string, or None."""
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    """A match of the pattern at the start of the string, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A match of the pattern against all of the string, or None."""
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    """The non-overlapping matches in the string: the whole match, the one group, or a tuple of the groups."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over the non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    """The string with the leftmost non-overlapping matches replaced by repl (a template or a function)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """sub(), and the number of replacements made."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The string split by the matches, with the groups' texts in between."""
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    """Forget the compiled patterns."""
    _cache.clear()


_SPECIAL_CHARACTERS = {ord(char): "\\" + char for char in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """The pattern with every character that is special in a regular expression escaped."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL_CHARACTERS)
    data = _bytes_like(pattern)
    if data is not None:
        return data.decode("latin-1").translate(_SPECIAL_CHARACTERS).encode("latin-1")
    raise TypeError("decoding to str: need a bytes-like object, %s found" % type(pattern).__name__)


import copyreg as _copyreg  # noqa: E402 (pickle rebuilds a Pattern by compiling it again, as CPython's re does)

_copyreg.pickle(Pattern, _pickle_pattern)
