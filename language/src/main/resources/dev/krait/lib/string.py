"""String constants and classes (Krait's implementation): the character sets, capwords, Template."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits",
           "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalizes each word (words split by sep, or whitespace) and joins them back."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


def _is_identifier_start(ch):
    return ch == "_" or ch.isalpha() and ch.isascii()


def _is_identifier_char(ch):
    return ch == "_" or ch.isascii() and ch.isalnum()


class Template:
    """$-substitution: Template('$who likes $what').substitute(who='tim', what='kung pao')."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _parse(self):
        """Yields (literal, name, whole) for each placeholder, and a final (literal, None, None)."""
        text = self.template
        delimiter = self.delimiter
        i = 0
        literal = []
        n = len(text)
        while i < n:
            if not text.startswith(delimiter, i):
                literal.append(text[i])
                i += 1
                continue
            j = i + len(delimiter)
            if text.startswith(delimiter, j):
                literal.append(delimiter)
                i = j + len(delimiter)
                continue
            if j < n and text[j] == "{":
                end = text.find("}", j)
                name = text[j + 1:end] if end >= 0 else ""
                if end >= 0 and name and _is_identifier_start(name[0]) and all(_is_identifier_char(c) for c in name):
                    yield "".join(literal), name, text[i:end + 1], i
                    literal = []
                    i = end + 1
                    continue
                yield "".join(literal), None, None, i
                literal = []
                i = j
                continue
            k = j
            if k < n and _is_identifier_start(text[k]):
                k += 1
                while k < n and _is_identifier_char(text[k]):
                    k += 1
                yield "".join(literal), text[j:k], text[i:k], i
                literal = []
                i = k
                continue
            yield "".join(literal), None, None, i
            literal = []
            i = j
        yield "".join(literal), "", None, n

    def _line_col(self, position):
        lines = self.template[:position].splitlines(keepends=True)
        if not lines:
            return 1, 1
        return len(lines), len(lines[-1]) + 1

    def substitute(self, mapping=None, /, **kws):
        """Replaces every placeholder; a missing name raises KeyError, a bad placeholder ValueError."""
        values = _merge(mapping, kws)
        out = []
        for literal, name, whole, position in self._parse():
            out.append(literal)
            if name == "":
                break
            if name is None:
                line, col = self._line_col(position)
                raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")
            out.append(str(values[name]))
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute, leaving unknown or bad placeholders as they are."""
        values = _merge(mapping, kws)
        out = []
        for literal, name, whole, position in self._parse():
            out.append(literal)
            if name == "":
                break
            if name is None:
                out.append(self.delimiter)
            elif name in values:
                out.append(str(values[name]))
            else:
                out.append(whole)
        return "".join(out)

    def get_identifiers(self):
        names = []
        for literal, name, whole, position in self._parse():
            if name and name not in names:
                names.append(name)
        return names

    def is_valid(self):
        return all(name is not None for literal, name, whole, position in self._parse())


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        merged = dict(mapping)
        merged.update(kws)
        return merged
    return mapping


class Formatter:
    """str.format as a class (format and vformat)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
