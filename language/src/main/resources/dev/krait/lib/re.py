"""Regular expressions (Krait's implementation).

Patterns are compiled and matched by TRegex, Truffle's regular expression engine, in its Python flavor (through the
builtin module _krait_re); this module gives them CPython's API: the module functions, Pattern and Match objects,
replacement templates, the flags and re.error.
"""

import enum as _enum
import _krait_re
from operator import index as _index
from _generic_types import GenericAlias as _GenericAlias

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
    "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
    "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag", "template",
]

_MAXSIZE = 9223372036854775807

# How _krait_re.compile anchors a regex (the index into Pattern._regexes); _BYTES_VARIANT is added for a bytes
# pattern, which the engine matches in Latin-1.
_SEARCH = 0
_MATCH = 1
_FULLMATCH = 2
_SEARCH_ADVANCING = 3
_BYTES_VARIANT = 4

_mappingproxy = type(type.__dict__)


class RegexFlag(_enum.IntFlag, boundary=_enum.KEEP):
    """The re flags: ints that combine with |, & and ^ and show as re.NAME."""
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


# the flags are the module's names, as re.NAME in their repr
RegexFlag = _enum.global_enum(RegexFlag)
NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

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


def _bytes_like(value):
    """The bytes of a bytes-like object (bytes, bytearray, memoryview, array…), or None."""
    if isinstance(value, (str, int)):
        return None
    try:
        return memoryview(value).tobytes()
    except TypeError:
        return None


def _bytes_subject(string):
    """What a bytes pattern searches: the bytes of a bytes-like object."""
    if type(string) is bytes:
        return string
    if isinstance(string, str):
        raise TypeError("cannot use a bytes pattern on a string-like object")
    data = _bytes_like(string)
    if data is None:
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
    return data


def _exec_bytes(regex, string, pos, endpos):
    """_krait_re.exec for a bytes pattern."""
    return _krait_re.exec_bytes(regex, _bytes_subject(string), pos, endpos)


def _ssize(value):
    """An int argument (count, maxsplit, pos) given as another integer (a bool, an object with __index__), as
    CPython's ssize_t."""
    value = _index(value)
    if not -_MAXSIZE - 1 <= value <= _MAXSIZE:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _readonly(self, name, type_name, getset_names):
    """The AttributeError CPython gives for setting or deleting an attribute of a Pattern or Match."""
    if name in getset_names:
        return AttributeError("attribute '%s' of '%s' objects is not writable" % (name, type_name))
    if name in _READONLY_MEMBERS:
        return AttributeError("readonly attribute")
    return AttributeError("'%s' object has no attribute '%s'" % (type_name, name))


_READONLY_MEMBERS = ("pattern", "flags", "groups", "string", "re", "pos", "endpos")


class Pattern:
    """A compiled regular expression (made by compile(), never directly)."""

    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_text_base", "_bytes", "_source", "_empty",
                 "_engine_flags", "_regexes", "_exec", "__weakref__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Pattern' is not an acceptable base type")

    __class_getitem__ = classmethod(_GenericAlias)

    def __setattr__(self, name, value):
        raise _readonly(self, name, "re.Pattern", ("groupindex",))

    def __delattr__(self, name):
        raise _readonly(self, name, "re.Pattern", ("groupindex",))

    @property
    def groupindex(self):
        """A dictionary mapping group names to group numbers."""
        return _mappingproxy(self._groupindex)

    def _setup(self, pattern, flags, regex, source, is_bytes):
        groups, groupindex, engine_flags = _krait_re.info(regex)
        flags |= engine_flags
        if not flags & 256 and not is_bytes:
            flags |= 32
        setattr = object.__setattr__
        setattr(self, "pattern", pattern)
        setattr(self, "flags", flags)
        setattr(self, "groups", groups)
        setattr(self, "_groupindex", groupindex)
        # Where the groups' texts start in the tuples _krait_re.exec returns.
        setattr(self, "_text_base", 2 * groups + 3)
        # A bytes pattern runs on bytes, in the engine's bytes mode.
        setattr(self, "_bytes", is_bytes)
        setattr(self, "_source", source)
        setattr(self, "_empty", b"" if is_bytes else "")
        setattr(self, "_engine_flags", _engine_flag_letters(flags))
        setattr(self, "_regexes", [regex, None, None, None])
        # _krait_re.exec for a str pattern (which checks the string's type), _exec_bytes for a bytes pattern
        setattr(self, "_exec", _exec_bytes if is_bytes else _krait_re.exec)

    def _regex(self, variant):
        regex = self._regexes[variant]
        if regex is None:
            regex = _krait_re.compile(self._source, self._engine_flags, variant + _BYTES_VARIANT if self._bytes else variant)
            self._regexes[variant] = regex
        return regex

    def _subject(self, string):
        """The text the engine searches: the str itself, or a bytes-like object's bytes."""
        if self._bytes:
            return _bytes_subject(string)
        if not isinstance(string, str):
            if _bytes_like(string) is not None:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        return string

    # pos and endpos are passed on as given: _krait_re.exec keeps them within the string (len() of a long str
    # costs a scan of it), and Match.pos/endpos clamp them when asked. These three are the hot path of re: each
    # does its work inline.
    def search(self, string, pos=0, endpos=_MAXSIZE):
        regex = self._regexes[_SEARCH]
        spans = self._exec(regex, string, pos, endpos)
        if spans is None:
            return None
        match = _object_new(Match)
        _set_match_state(match, (self, string, pos, endpos, spans))
        return match

    def match(self, string, pos=0, endpos=_MAXSIZE):
        regex = self._regexes[_MATCH]
        if regex is None:
            regex = self._regex(_MATCH)
        spans = self._exec(regex, string, pos, endpos)
        if spans is None:
            return None
        match = _object_new(Match)
        _set_match_state(match, (self, string, pos, endpos, spans))
        return match

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        regex = self._regexes[_FULLMATCH]
        if regex is None:
            regex = self._regex(_FULLMATCH)
        spans = self._exec(regex, string, pos, endpos)
        if spans is None:
            return None
        match = _object_new(Match)
        _set_match_state(match, (self, string, pos, endpos, spans))
        return match

    def _scan(self, string, pos, endpos, limit):
        """The spans of the successive matches, as sub with a callable (or a replacement of another type than the
        string) sees them: after an empty match the next one may not be empty at the same place. (findall, split
        and the other subs run this loop in Java: _krait_re.scan and substitute.)"""
        search = self._regex(_SEARCH)
        execute = _krait_re.exec_bytes if self._bytes else _krait_re.exec
        advancing = None
        count = 0
        must_advance = False
        while limit == 0 or count < limit:
            if must_advance:
                if advancing is None:
                    advancing = self._regex(_SEARCH_ADVANCING)
                spans = execute(advancing, string, pos, endpos)
                if spans is None:
                    # TRegex's MustAdvance misses some matches of patterns made only of anchors (r"^|$" finds
                    # nothing after the match at 0): a plain search from the next position finds them.
                    spans = execute(search, string, pos + 1, endpos)
                    if spans is not None and spans[1] == pos:
                        spans = None
            else:
                spans = execute(search, string, pos, endpos)
            if spans is None:
                return
            yield spans
            count += 1
            start = spans[1]
            pos = spans[2]
            must_advance = start == pos

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        # as CPython's: the calls of a scanner's search until it gives None
        return iter(SRE_Scanner(self, string, pos, endpos).search, None)

    def _text(self, subject, start, end):
        return _krait_re.text(subject, start, end)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _krait_re.scan(self._regex(_SEARCH), self._regex(_SEARCH_ADVANCING), self._subject(string), pos, endpos, 0,
                              False)

    def split(self, string, maxsplit=0):
        subject = self._subject(string)
        if type(maxsplit) is not int:
            maxsplit = _ssize(maxsplit)
        if maxsplit < 0:
            return [self._whole(string)]
        return _krait_re.scan(self._regex(_SEARCH), self._regex(_SEARCH_ADVANCING), subject, 0, _MAXSIZE, maxsplit, True)

    def subn(self, repl, string, count=0):
        subject = self._subject(string)
        template = None
        literal = None
        if callable(repl):
            pass
        elif isinstance(repl, str):
            if "\\" in repl:
                template = _template_of(repl, self)
                if len(template) == 1:
                    literal = template[0]
            else:
                literal = repl
        else:
            data = _bytes_like(repl)
            if data is None:
                raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
            if b"\\" in data:
                template = _template_of(repl, self)
                if len(template) == 1:
                    literal = template[0]
            else:
                # a literal replacement goes in as given (a str joined with bytes is join()'s error, as in CPython)
                literal = repl
        if type(count) is not int:
            count = _ssize(count)
        if count < 0:
            return self._whole(string), 0
        if template is not None or literal is not None:
            items = template if literal is None else [literal]
            if type(items[0]) is (bytes if self._bytes else str):
                # a template of the string's type: the loop runs in Java
                text, done = _krait_re.substitute(self._regex(_SEARCH), self._regex(_SEARCH_ADVANCING), subject, items,
                                                  count)
                if done == 0:
                    return self._whole(string), 0
                return text, done
        # As in CPython, the texts between the matches are left out when empty and a None from repl adds nothing,
        # so a replacement of the wrong type is reported by join() with its place in the list.
        base = self._text_base
        pieces = []
        last = 0
        done = 0
        for spans in self._scan(subject, 0, _MAXSIZE, count):
            if last < spans[1]:
                pieces.append(self._text(subject, last, spans[1]))
            if literal is not None:
                pieces.append(literal)
            elif template is not None:
                pieces.append(_expand_template(template, spans, base))
            else:
                replacement = repl(_new_match(self, string, 0, _MAXSIZE, spans))
                if replacement is not None:
                    pieces.append(replacement)
            last = spans[2]
            done += 1
        if done == 0:
            return self._whole(string), 0
        tail = self._text(subject, last, _MAXSIZE)
        if tail:
            pieces.append(tail)
        return self._empty.join(pieces), done

    def _whole(self, string):
        """All of the string, as sub() returns it when nothing was replaced: a str or bytes, not a subclass."""
        if type(string) is str or type(string) is bytes:
            return string
        if self._bytes:
            return bytes(memoryview(string))
        return str.__str__(string)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return SRE_Scanner(self, string, pos, endpos)

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

    # _state is (pattern, string, pos, endpos, spans), spans as _krait_re.exec gives them: one slot, set once.
    __slots__ = ("_state",)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Match' is not an acceptable base type")

    __class_getitem__ = classmethod(_GenericAlias)

    def __setattr__(self, name, value):
        raise _readonly(self, name, "re.Match", ("lastindex", "lastgroup", "regs"))

    def __delattr__(self, name):
        raise _readonly(self, name, "re.Match", ("lastindex", "lastgroup", "regs"))

    @property
    def re(self):
        """The pattern object that produced this match."""
        return self._state[0]

    @property
    def string(self):
        """The string passed to match() or search()."""
        return self._state[1]

    @property
    def pos(self):
        pos = self._state[2]
        return 0 if pos < 0 else min(pos, len(self._state[1]))

    @property
    def endpos(self):
        endpos = self._state[3]
        return 0 if endpos < 0 else min(endpos, len(self._state[1]))

    @property
    def lastindex(self):
        """The integer index of the last matched capturing group."""
        last = self._state[4][0]
        return None if last < 0 else last

    @property
    def lastgroup(self):
        """The name of the last matched capturing group."""
        last = self._state[4][0]
        if last < 0:
            return None
        for name, index in self._state[0]._groupindex.items():
            if index == last:
                return name
        return None

    @property
    def regs(self):
        spans = self._state[4]
        return tuple((spans[2 * i + 1], spans[2 * i + 2]) for i in range(self._state[0].groups + 1))

    def _index(self, group):
        pattern = self._state[0]
        if type(group) is int:
            if 0 <= group <= pattern.groups:
                return group
        elif isinstance(group, str):
            index = pattern._groupindex.get(group)
            if index is not None:
                return index
        elif isinstance(group, int):
            if 0 <= group <= pattern.groups:
                return int(group)
        else:
            try:
                index = type(group).__index__
            except AttributeError:
                pass
            else:
                index = index(group)
                if 0 <= index <= pattern.groups:
                    return index
        raise IndexError("no such group")

    def _group(self, index, default=None):
        pattern, string, _, _, spans = self._state
        text = spans[pattern._text_base + index]
        if text is None:
            return default
        if pattern._bytes and type(string) is not bytes:
            # CPython reads a mutable buffer's current contents, cut to its current size.
            with memoryview(string) as view:
                return view.cast("B")[spans[2 * index + 1]:spans[2 * index + 2]].tobytes()
        return text

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(group)) for group in groups)

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        return tuple(self._group(index, default) for index in range(1, self._state[0].groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default) for name, index in self._state[0]._groupindex.items()}

    def start(self, group=0, /):
        return self._state[4][2 * self._index(group) + 1]

    def end(self, group=0, /):
        return self._state[4][2 * self._index(group) + 2]

    def span(self, group=0, /):
        index = self._index(group)
        spans = self._state[4]
        return spans[2 * index + 1], spans[2 * index + 2]

    def expand(self, template, /):
        pattern = self._state[0]
        return _expand_template(_template_of(template, pattern), self._state[4], pattern._text_base)

    def __repr__(self):
        # CPython shows at most 50 characters of the matched text's repr.
        spans = self._state[4]
        return "<re.Match object; span=(%d, %d), match=%s>" % (spans[1], spans[2], repr(self._group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo, /):
        return self

    def __reduce__(self):
        raise TypeError("cannot pickle 're.Match' object")


_set_match_state = Match._state.__set__
_object_new = object.__new__


def _new_match(pattern, string, pos, endpos, spans):
    match = _object_new(Match)
    _set_match_state(match, (pattern, string, pos, endpos, spans))
    return match


class SRE_Scanner:
    """Pattern.scanner(): successive matches of a pattern in one string, each match() or search() going on where
    the last one ended."""

    __slots__ = ("pattern", "_string", "_subject", "_first", "_pos", "_endpos", "_search", "_execute")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._subject = pattern._subject(string)
        if type(pos) is not int:
            pos = _ssize(pos)
        if type(endpos) is not int:
            endpos = _ssize(endpos)
        self._first = pos
        # where the next match starts; ~position after an empty match there (a negative pos counts as 0)
        self._pos = max(pos, 0)
        self._endpos = endpos
        self._search = pattern._regex(_SEARCH)
        self._execute = _krait_re.exec_bytes if pattern._bytes else _krait_re.exec

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_sre.SRE_Scanner' is not an acceptable base type")

    def _next(self, variant):
        pos = self._pos
        if pos is None:
            return None
        pattern = self.pattern
        execute = _krait_re.exec_bytes if pattern._bytes else _krait_re.exec
        must_advance = pos < 0
        if must_advance:
            # the last match was empty, ending at ~pos: this one may not be empty there
            pos = ~pos
            spans = execute(pattern._regex(_SEARCH_ADVANCING), self._subject, pos, self._endpos)
            if spans is None and variant == _SEARCH:
                # as in Pattern._scan, for patterns made only of anchors
                spans = execute(pattern._regex(_SEARCH), self._subject, pos + 1, self._endpos)
                if spans is not None and spans[1] == pos:
                    spans = None
            elif spans is not None and variant == _MATCH and spans[1] != pos:
                # a match must start where the scanner is (TRegex has no advancing anchored match)
                spans = None
        else:
            spans = execute(pattern._regex(variant), self._subject, pos, self._endpos)
        if spans is None:
            # as CPython's, a scanner that failed once stays exhausted
            self._pos = None
            return None
        end = spans[2]
        self._pos = ~end if spans[1] == end else end
        return _new_match(pattern, self._string, self._first, self._endpos, spans)

    def match(self):
        return self._next(_MATCH)

    def search(self):
        # the usual step (finditer's) inline: a search where the last match was not empty
        pos = self._pos
        if pos is None or pos < 0:
            return self._next(_SEARCH)
        spans = self._execute(self._search, self._subject, pos, self._endpos)
        if spans is None:
            self._pos = None
            return None
        end = spans[2]
        self._pos = ~end if spans[1] == end else end
        match = _object_new(Match)
        _set_match_state(match, (self.pattern, self._string, self._first, self._endpos, spans))
        return match


SRE_Scanner.__module__ = "_sre"


# Replacement templates: a list whose items are literal strs and group numbers.

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCTAL_DIGITS = "01234567"
_DIGITS = "0123456789"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _template_of(template, pattern):
    """A replacement template parsed: a list of literals (the template's type, str or bytes) and group numbers,
    a literal first and after each group number, as CPython joins them: the first literal even when empty."""
    if isinstance(template, str):
        items = _parse_template(template, template, pattern)
        empty = ""
    else:
        data = _bytes_like(template)
        if data is None:
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(template).__name__)
        items = _parse_template(data.decode("latin-1"), template, pattern)
        items = [item.encode("latin-1") if isinstance(item, str) else item for item in items]
        empty = b""
    alternating = []
    for item in items:
        if isinstance(item, int) == (len(alternating) % 2 == 0):
            alternating.append(empty)
        alternating.append(item)
    if not alternating:
        alternating.append(empty)
    return alternating


def _parse_template(template, original, pattern):
    items = []
    literal = []
    length = len(template)
    i = 0

    def group_reference(index, position):
        if index > pattern.groups:
            raise error("invalid group reference %d" % index, original, position)
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
            raise error("bad escape (end of pattern)", original, start)
        char = template[i + 1]
        i += 2
        if char == "g":
            if i >= length or template[i] != "<":
                raise error("missing <", original, i)
            i += 1
            name_start = i
            name = []
            while True:
                if i >= length:
                    if not name:
                        raise error("missing group name", original, i)
                    raise error("missing >, unterminated name", original, name_start)
                token = template[i:i + 2] if template[i] == "\\" else template[i]
                i += len(token)
                if token == ">":
                    if not name:
                        raise error("missing group name", original, i - 1)
                    break
                name.append(token)
            name = "".join(name)
            if name.isidentifier():
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if name.isdigit() and name.isascii():
                    index = int(name)
                else:
                    raise error("bad character in group name %r" % name, original, name_start)
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
                        raise error("octal escape value \\%s outside of range 0-0o377" % digits, original, start)
                    literal.append(chr(value))
                    continue
            group_reference(int(digits), start + 1)
        else:
            escaped = _TEMPLATE_ESCAPES.get(char)
            if escaped is not None:
                literal.append(escaped)
            elif char in _ASCII_LETTERS:
                raise error("bad escape \\%s" % char, original, start)
            else:
                literal.append("\\" + char)
    if literal:
        items.append("".join(literal))
    return items


def _expand_template(template, spans, base):
    """A template's text for a match (whose groups' texts start at spans[base]), joined as CPython does: with the
    template's type, leaving out unmatched groups and empty literals but the first."""
    first = template[0]
    if len(template) == 1:
        return first
    pieces = [first]
    for i in range(1, len(template), 2):
        text = spans[base + template[i]]
        if text is not None:
            pieces.append(text)
        if i + 1 < len(template) and template[i + 1]:
            pieces.append(template[i + 1])
    return first[:0].join(pieces)


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
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if isinstance(pattern, str):
        is_bytes = False
        source = pattern
    elif isinstance(pattern, bytes):
        is_bytes = True
        source = pattern.decode("latin-1")
    else:
        raise TypeError("first argument must be string or compiled pattern")
    if flags & TEMPLATE:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag without an obvious "
                      "purpose. Don't use it.", DeprecationWarning)
    if flags & 128:
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
    if "[" in source:
        _warn_about_sets(source, flags)
    regex = _krait_re.compile(source, _engine_flag_letters(flags), _SEARCH + _BYTES_VARIANT if is_bytes else _SEARCH)
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


_SET_OPERATIONS = {"-": "difference", "&": "intersection", "~": "symmetric difference", "|": "union"}


def _warn_about_sets(source, flags):
    """CPython's FutureWarnings for sets that would mean something else if sets get nesting and set operations:
    '[[' and doubled '-', '&', '~' or '|' inside a set."""
    verbose = flags & 64 or _has_verbose_prefix(source)
    length = len(source)
    i = 0
    while i < length:
        char = source[i]
        i += 1
        if char == "\\":
            i += 1
        elif char == "#" and verbose:
            newline = source.find("\n", i)
            i = length if newline < 0 else newline + 1
        elif char == "(" and source.startswith("?#", i):
            close = source.find(")", i)
            i = length if close < 0 else close + 1
        elif char == "[":
            i = _warn_about_set(source, i)


def _has_verbose_prefix(source):
    """Whether the pattern starts with global inline flags that include x."""
    if not source.startswith("(?"):
        return False
    for char in source[2:]:
        if char == "x":
            return True
        if char not in "aiLmsu":
            return False
    return False


def _warn_about_set(source, i):
    """_warn_about_sets for the set whose '[' is before source[i]; where the set ends."""
    import warnings
    length = len(source)
    if i < length and source[i] == "[":
        warnings.warn("Possible nested set at position %d" % i, FutureWarning, stacklevel=5)
    if i < length and source[i] == "^":
        i += 1
    items = 0
    while i < length:
        char = source[i]
        i += 1
        if char == "]" and items:
            return i
        if char == "\\":
            i += 1
        elif items and char in _SET_OPERATIONS and i < length and source[i] == char:
            warnings.warn("Possible set %s at position %d" % (_SET_OPERATIONS[char], i - 1), FutureWarning, stacklevel=5)
        items += 1
        if i < length and source[i] == "-":
            # a range, or a '-' at the end
            i += 1
            if i >= length:
                return i
            that = source[i]
            i += 1
            if that == "]":
                return i
            if that == "\\":
                i += 1
            elif that == "-":
                warnings.warn("Possible set difference at position %d" % (i - 2), FutureWarning, stacklevel=5)
    return i


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


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object (deprecated)."""
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented function without an obvious "
                  "purpose. Use re.compile() instead.", DeprecationWarning, stacklevel=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return _compile(pattern, flags | TEMPLATE)


class Scanner:
    """A simple lexer: a list of (pattern, action) pairs; scan() splits a string into the actions' results."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # one pattern with a group around each phrase; the group that matched says whose action it is
        phrases = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            phrases.append("(%s)" % phrase if isinstance(phrase, str) else b"(%s)" % phrase)
            self._actions[group] = action
            group += 1 + _compile(phrase, flags).groups
        joined = ("|" if isinstance(phrases[0], str) else b"|").join(phrases) if phrases else ""
        compiled = _compile(joined, flags)
        # CPython's is built from parsed phrases, so it has no pattern text
        self.scanner = object.__new__(Pattern)
        for name in Pattern.__slots__[:-1]:
            object.__setattr__(self.scanner, name, getattr(compiled, name))
        object.__setattr__(self.scanner, "pattern", None)
        object.__setattr__(self.scanner, "flags", flags)
        object.__setattr__(self.scanner, "_regexes", list(compiled._regexes))

    def scan(self, string):
        found = []
        next_match = self.scanner.scanner(string).match
        end = 0
        while True:
            match = next_match()
            if not match:
                break
            if match.end() == end:
                break
            action = self._actions[match.lastindex]
            if callable(action):
                self.match = match
                action = action(self, match.group())
            if action is not None:
                found.append(action)
            end = match.end()
        return found, string[end:]


import copyreg as _copyreg  # noqa: E402 (pickle rebuilds a Pattern by compiling it again, as CPython's re does)

_copyreg.pickle(Pattern, _pickle_pattern)
