"""JSON encoding and decoding (Krait's implementation, with CPython's formatting and error messages)."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError", "JSONEncoder", "JSONDecoder"]


class JSONDecodeError(ValueError):
    """A JSON document that does not parse: msg, doc, pos, lineno, colno."""

    __module__ = "json.decoder"  # CPython defines it there; Krait's json.decoder re-exports it

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_string(s, ensure_ascii):
    out = ['"']
    for ch in s:
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            out.append(escaped)
        elif ch < " ":
            out.append(f"\\u{ord(ch):04x}")
        elif ensure_ascii and ord(ch) > 126:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 | (code >> 10):04x}\\u{0xDC00 | (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class JSONEncoder:
    """Turns Python values into JSON text (dicts, lists, tuples, str, int, float, True/False/None)."""

    __module__ = "json.encoder"  # CPython defines it there; Krait's json.encoder re-exports it

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

    def encode(self, o):
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        chunks = []
        self._encode(o, markers, indent, 0, chunks)
        return iter(chunks)

    def _float(self, o):
        if o != o:
            text = "NaN"
        elif o == float("inf"):
            text = "Infinity"
        elif o == -float("inf"):
            text = "-Infinity"
        else:
            return repr(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def _encode(self, o, markers, indent, level, out):
        if isinstance(o, str):
            out.append(_encode_string(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, markers, indent, level, out)
        elif isinstance(o, dict):
            self._encode_dict(o, markers, indent, level, out)
        else:
            self._check(o, markers)
            self._encode(self.default(o), markers, indent, level, out)
            if markers is not None:
                del markers[id(o)]

    def _check(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def _newline(self, indent, level):
        return "\n" + indent * level

    def _scalar(self, o):
        """The JSON text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return _encode_string(o, self.ensure_ascii)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self._float(o)
        return None

    def _encode_list(self, o, markers, indent, level, out):
        # chunks as CPython's iterencode makes them: a scalar item shares its chunk with the "[" or separator
        if not o:
            out.append("[]")
            return
        self._check(o, markers)
        prefix = "["
        separator = self.item_separator
        if indent is not None:
            level += 1
            prefix += self._newline(indent, level)
            separator = self.item_separator + self._newline(indent, level)
        for value in o:
            text = self._scalar(value)
            if text is not None:
                out.append(prefix + text)
            else:
                out.append(prefix)
                self._encode(value, markers, indent, level, out)
            prefix = separator
        if indent is not None:
            out.append(self._newline(indent, level - 1))
        out.append("]")
        if markers is not None:
            del markers[id(o)]

    def _encode_dict(self, o, markers, indent, level, out):
        if not o:
            out.append("{}")
            return
        self._check(o, markers)
        out.append("{")
        separator = self.item_separator
        if indent is not None:
            level += 1
            out.append(self._newline(indent, level))
            separator = self.item_separator + self._newline(indent, level)
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
            if not first:
                out.append(separator)
            first = False
            out.append(_encode_string(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, markers, indent, level, out)
        if indent is not None:
            out.append(self._newline(indent, level - 1))
        out.append("}")
        if markers is not None:
            del markers[id(o)]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    """The JSON text for obj."""
    encoder = (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                                   sort_keys=sort_keys, **kw)
    return encoder.encode(obj)


def dump(obj, fp, **kw):
    """Writes the JSON text for obj to the file-like object fp."""
    for chunk in (kw.pop("cls", None) or JSONEncoder)(**kw).iterencode(obj):
        fp.write(chunk)


_WS = " \t\n\r"
_NUMBER_START = "-0123456789"


class JSONDecoder:
    """Parses JSON text into Python values (objects as dicts, arrays as lists)."""

    __module__ = "json.decoder"  # CPython defines it there; Krait's json.decoder re-exports it

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        value, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        ch = s[i]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == "{":
            return self._object(s, i + 1)
        if ch == "[":
            return self._array(s, i + 1)
        if s.startswith("null", i):
            return None, i + 4
        if s.startswith("true", i):
            return True, i + 4
        if s.startswith("false", i):
            return False, i + 5
        for name, value in (("NaN", float("nan")), ("Infinity", float("inf")), ("-Infinity", float("-inf"))):
            if s.startswith(name, i):
                return (self.parse_constant(name) if self.parse_constant else value), i + len(name)
        if ch in _NUMBER_START:
            return self._number(s, i)
        raise StopIteration(i)

    def _number(self, s, i):
        start = i
        if s[i] == "-":
            i += 1
        if i < len(s) and s[i] == "0":
            i += 1
        elif i < len(s) and s[i].isdigit():
            while i < len(s) and s[i].isdigit():
                i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < len(s) and s[i] == "." and s[i + 1].isdigit():
            is_float = True
            i += 1
            while i < len(s) and s[i].isdigit():
                i += 1
        if i < len(s) and s[i] in "eE":
            j = i + 1
            if j < len(s) and s[j] in "+-":
                j += 1
            if j < len(s) and s[j].isdigit():
                is_float = True
                i = j
                while i < len(s) and s[i].isdigit():
                    i += 1
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def _string(self, s, i):
        start = i - 1
        chunks = []
        while True:
            j = i
            while j < len(s) and s[j] not in '"\\' and (s[j] >= " " or not self.strict):
                j += 1
            chunks.append(s[i:j])
            if j >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, start)
            ch = s[j]
            if ch == '"':
                return "".join(chunks), j + 1
            if ch != "\\":
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, start)
            esc = s[j + 1]
            if esc == "u":
                code = self._hex4(s, j)
                i = j + 6
                if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
                    low = self._hex4(s, i)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                chunks.append(chr(code))
                continue
            simple = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
            if esc not in simple:
                raise JSONDecodeError("Invalid \\escape", s, j)
            chunks.append(simple[esc])
            i = j + 2

    def _hex4(self, s, j):
        digits = s[j + 2:j + 6]
        if len(digits) == 4 and all(c in "0123456789abcdefABCDEF" for c in digits):
            return int(digits, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, j + 1)

    def _object(self, s, i):
        pairs = []
        i = _skip(s, i)
        if i < len(s) and s[i] == "}":
            return self._make_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = _skip(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            i = _skip(s, i)
            if i < len(s) and s[i] == "}":
                return self._make_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)

    def _make_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def _array(self, s, i):
        values = []
        i = _skip(s, i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            i = _skip(s, i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)


def _decode_document(b):
    """A JSON document given as bytes, decoded from the UTF-8, UTF-16 or UTF-32 its first bytes show (RFC 8259)."""
    if b.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        encoding = "utf-32"
    elif b.startswith((b"\xfe\xff", b"\xff\xfe")):
        encoding = "utf-16"
    elif b.startswith(b"\xef\xbb\xbf"):
        b, encoding = b[3:], "utf-8"
    elif len(b) >= 4 and not b[0]:
        encoding = "utf-16-be" if b[1] else "utf-32-be"
    elif len(b) >= 4 and not b[1]:
        encoding = "utf-16-le" if b[2] or b[3] else "utf-32-le"
    elif len(b) == 2 and not b[0]:
        encoding = "utf-16-be"
    elif len(b) == 2 and not b[1]:
        encoding = "utf-16-le"
    else:
        encoding = "utf-8"
    return b.decode(encoding, "surrogatepass")


def _skip(s, i):
    while i < len(s) and s[i] in _WS:
        i += 1
    return i


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """The Python value of the JSON document s."""
    if isinstance(s, (bytes, bytearray)):
        s = _decode_document(s)
    elif not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}")
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    decoder = (cls or JSONDecoder)(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                                   parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
    return decoder.decode(s)


def load(fp, **kw):
    """The Python value of the JSON document read from fp."""
    return loads(fp.read(), **kw)


# CPython's json is a package whose halves are json.decoder and json.encoder; Krait keeps the code above and
# gives those modules the names programs use from them
from . import decoder, encoder  # noqa: E402
