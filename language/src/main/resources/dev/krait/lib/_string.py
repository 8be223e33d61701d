"""string helper module (Krait's implementation): the format-string parsers string.Formatter uses."""

__all__ = ["formatter_parser", "formatter_field_name_split"]


def _index_or_name(text):
    return int(text) if text and text.isdecimal() else text


def _field_end(s, i):
    """(field name, conversion, format spec, index after the closing '}') of the replacement field whose text
    starts at i (just after its '{')."""
    n = len(s)
    start = i
    in_brackets = False
    conversion = None
    while True:
        if i >= n:
            raise ValueError("expected '}' before end of string")
        c = s[i]
        if in_brackets:
            if c == ']':
                in_brackets = False
        elif c == '[':
            in_brackets = True
        elif c == '{':
            raise ValueError("unexpected '{' in field name")
        elif c == '}':
            return s[start:i], None, '', i + 1
        elif c == ':' or c == '!':
            break
        i += 1
    name = s[start:i]
    if s[i] == '!':
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[i + 1]
        i += 2
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        if s[i] == '}':
            return name, conversion, '', i + 1
        if s[i] != ':':
            raise ValueError("expected ':' after conversion specifier")
    # the format spec, up to the '}' that balances the field's '{' (nested fields count)
    i += 1
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, conversion, s[spec_start:i], i + 1
        i += 1
    raise ValueError("unmatched '{' in format spec")


def formatter_parser(s):
    """Yields (literal text, field name, format spec, conversion) for each part of format string s; the last
    three are None for literal text without a field after it."""
    if not isinstance(s, str):
        raise TypeError(f"descriptor 'formatter_parser' for 'str' objects doesn't apply to a "
                        f"'{type(s).__name__}' object")
    return _parse(s)


def _parse(s):
    i = 0
    n = len(s)
    while i < n:
        start = i
        while i < n and s[i] not in '{}':
            i += 1
        if i >= n:
            yield s[start:], None, None, None
            return
        c = s[i]
        doubled = i + 1 < n and s[i + 1] == c
        if c == '}' and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if c == '{' and i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            # '{{' or '}}': the brace is literal text
            yield s[start:i + 1], None, None, None
            i += 2
            continue
        literal = s[start:i]
        name, conversion, spec, i = _field_end(s, i + 1)
        yield literal, name, spec, conversion


def formatter_field_name_split(field_name):
    """(first part, iterator of (is attribute, key)) of a replacement field name such as 'a.b[0]'."""
    if not isinstance(field_name, str):
        raise TypeError(f"descriptor 'formatter_field_name_split' for 'str' objects doesn't apply to a "
                        f"'{type(field_name).__name__}' object")
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    return _index_or_name(field_name[:i]), _field_rest(field_name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        start = i
        if c == '.':
            while i < n and name[i] not in '.[':
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield True, name[start:i]
        else:
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield False, _index_or_name(name[start:i])
            i += 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
