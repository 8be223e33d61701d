"""tokenize: Python source split into tokens, as CPython 3.12's tokenizer splits it (written for Krait).

generate_tokens(readline) reads str lines, tokenize(readline) bytes lines (after an ENCODING token found by
detect_encoding()).  Every token is a TokenInfo(type, string, start, end, line) with CPython 3.12's positions
(rows from 1, columns in characters): COMMENT and NL tokens, INDENT/DEDENT, NEWLINE ('' for a last line without
one), f-strings as FSTRING_START, FSTRING_MIDDLE and FSTRING_END around their replacement fields, operators
as OP (exact_type names the operator).  untokenize() turns tokens back into source.
"""

import builtins
import collections
import functools
import io
import itertools
import re
import sys
from codecs import lookup, BOM_UTF8
from token import *
from token import EXACT_TOKEN_TYPES

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)

import token
__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding", "untokenize", "TokenInfo"]
del token


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# --- the tokenizer ---

_STRING_PREFIXES = frozenset(['', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'])
_OPERATORS_3 = frozenset(['**=', '...', '//=', '<<=', '>>='])
_OPERATORS_2 = frozenset(['!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>',
                          '==', '>=', '>>', '@=', '^=', '|='])
_OPEN = '([{'
_CLOSE = ')]}'


def _is_name_start(c):
    return c.isalpha() or c == '_' or c >= '\x80'


def _is_name_char(c):
    return c.isalnum() or c == '_' or c >= '\x80'


class _FString:
    """An f-string being read: its quote, whether it is triple-quoted or raw, where it starts, and the stack of
    its open replacement fields (each [bracket depth at its start, in its format spec])."""

    def __init__(self, quote, triple, raw, start):
        self.quote = quote
        self.triple = triple
        self.raw = raw
        self.start = start
        self.fields = []

    def closing(self):
        return self.quote * 3 if self.triple else self.quote


class _Tokenizer:
    def __init__(self, readline):
        self.readline = readline
        self.lines = []
        self.row = 0
        self.text = ''
        self.indents = [0]
        self.alt_indents = [0]
        self.parens = []
        self.continued = False
        self.fstrings = []

    # reading lines

    def read_line(self):
        try:
            line = self.readline()
        except StopIteration:
            line = ''
        if line is None:
            line = ''
        if not isinstance(line, str):
            raise TypeError('readline() returned a non-string object')
        if not line:
            return False
        self.lines.append(line)
        self.row += 1
        self.text = line
        return True

    def span(self, start_row, end_row):
        return ''.join(self.lines[start_row - 1:end_row])

    def token(self, type, string, start, end):
        line = self.text if start[0] == end[0] == self.row else self.span(start[0], end[0])
        return TokenInfo(type, string, start, end, line)

    def error(self, message, row, col):
        return TokenError(message, (row, col))

    def indentation_error(self, cls, message):
        text = self.text.rstrip('\r\n')
        return cls(message, ('<string>', self.row, len(text) + 1, text, None, None))

    def in_expression(self):
        return bool(self.parens) or bool(self.fstrings)

    # the token stream

    def tokens(self):
        while True:
            if not self.read_line():
                yield from self.finish()
                return
            if not self.parens and not self.continued and not self.fstrings:
                done = yield from self.line_start()
                if done:
                    continue
            else:
                self.col = 0
            self.continued = False
            yield from self.line_tokens()

    def finish(self):
        if self.fstrings:
            f = self.fstrings[-1]
            kind = 'triple-quoted f-string' if f.triple else 'f-string'
            raise self.error('unterminated %s literal (detected at line %d)' % (kind, self.row),
                             f.start[0], f.start[1] + 1)
        if self.parens or self.continued:
            raise self.error('unexpected EOF in multi-line statement', self.row, 0)
        end = (self.row + 1, 0)
        for _ in self.indents[1:]:
            yield TokenInfo(DEDENT, '', end, end, '')
        yield TokenInfo(ENDMARKER, '', end, end, '')

    def line_start(self):
        """Indentation at the start of a logical line; True when the line is blank or a comment (done)."""
        line = self.text
        col = alt = pos = 0
        while pos < len(line):
            c = line[pos]
            if c == ' ':
                col += 1
                alt += 1
            elif c == '\t':
                col = (col // 8 + 1) * 8
                alt += 1
            elif c == '\f':
                col = alt = 0
            else:
                break
            pos += 1
        self.col = pos
        if pos == len(line):
            return True
        c = line[pos]
        if c in '#\r\n':
            if c == '#':
                end = len(line.rstrip('\r\n'))
                yield self.token(COMMENT, line[pos:end], (self.row, pos), (self.row, end))
                pos = end
            yield self.token(NL, line[pos:], (self.row, pos), (self.row, pos + max(1, len(line) - pos)))
            return True
        if col == self.indents[-1]:
            if alt != self.alt_indents[-1]:
                raise self.indentation_error(TabError, 'inconsistent use of tabs and spaces in indentation')
        elif col > self.indents[-1]:
            if alt <= self.alt_indents[-1]:
                raise self.indentation_error(TabError, 'inconsistent use of tabs and spaces in indentation')
            self.indents.append(col)
            self.alt_indents.append(alt)
            yield self.token(INDENT, line[:pos], (self.row, 0), (self.row, pos))
        else:
            dedents = 0
            while len(self.indents) > 1 and col < self.indents[-1]:
                self.indents.pop()
                self.alt_indents.pop()
                dedents += 1
            if col != self.indents[-1]:
                raise self.indentation_error(IndentationError,
                                             'unindent does not match any outer indentation level')
            if alt != self.alt_indents[-1]:
                raise self.indentation_error(TabError, 'inconsistent use of tabs and spaces in indentation')
            for _ in range(dedents):
                yield self.token(DEDENT, '', (self.row, pos), (self.row, pos))
        return False

    def line_tokens(self):
        """The tokens from self.col to the end of the logical line's current physical line."""
        while True:
            if self.fstrings and not self.fstring_in_expression():
                yield from self.fstring_middle()
                continue
            line = self.text
            pos = self.col
            while pos < len(line) and line[pos] in ' \t\f':
                pos += 1
            self.col = pos
            if pos >= len(line):
                kind = NL if self.in_expression() else NEWLINE
                yield self.token(kind, '', (self.row, pos), (self.row, pos + 1))
                self.col = pos
                return
            c = line[pos]
            if c == '#':
                end = len(line.rstrip('\r\n'))
                yield self.token(COMMENT, line[pos:end], (self.row, pos), (self.row, end))
                self.col = end
                continue
            if c in '\r\n':
                kind = NL if self.in_expression() else NEWLINE
                yield self.token(kind, line[pos:], (self.row, pos), (self.row, len(line)))
                self.col = len(line)
                return
            if c == '\\':
                if line[pos + 1:] in ('\n', '\r\n', '\r'):
                    at_start = not line[:pos].strip() and not self.in_expression()
                    row = self.row
                    if not self.read_line():
                        raise self.error('unexpected EOF in multi-line statement', row, 0 if at_start else len(line))
                    self.col = 0
                    continue
                raise self.error('unexpected character after line continuation character', self.row, len(line))
            if _is_name_start(c):
                end = pos + 1
                while end < len(line) and _is_name_char(line[end]):
                    end += 1
                word = line[pos:end]
                if end < len(line) and line[end] in '\'"' and word.lower() in _STRING_PREFIXES:
                    yield from self.string(pos, word.lower(), end)
                    continue
                yield self.token(NAME, word, (self.row, pos), (self.row, end))
                self.col = end
                continue
            if c.isdigit() and c.isascii() or c == '.' and line[pos + 1:pos + 2].isdigit() \
                    and line[pos + 1:pos + 2].isascii():
                end = self.number(line, pos)
                yield self.token(NUMBER, line[pos:end], (self.row, pos), (self.row, end))
                self.col = end
                continue
            if c in '\'"':
                yield from self.string(pos, '', pos)
                continue
            yield from self.operator(line, pos)

    def operator(self, line, pos):
        f = self.fstrings[-1] if self.fstrings else None
        field = f.fields[-1] if f is not None and f.fields else None
        at_field_level = field is not None and len(self.parens) == field[0]
        c = line[pos]
        if at_field_level and c == ':':
            field[1] = True
            yield self.token(OP, ':', (self.row, pos), (self.row, pos + 1))
            self.col = pos + 1
            return
        if at_field_level and c == '}':
            f.fields.pop()
            yield self.token(OP, '}', (self.row, pos), (self.row, pos + 1))
            self.col = pos + 1
            return
        if line[pos:pos + 3] in _OPERATORS_3:
            op = line[pos:pos + 3]
        elif line[pos:pos + 2] in _OPERATORS_2:
            op = line[pos:pos + 2]
        else:
            op = c
        if op in _OPEN:
            self.parens.append(op)
        elif op in _CLOSE and self.parens:
            self.parens.pop()
        yield self.token(OP, op, (self.row, pos), (self.row, pos + len(op)))
        self.col = pos + len(op)

    def number(self, line, pos):
        """The end of the number starting at pos (TokenError for a malformed one)."""
        n = len(line)

        def digits(i, valid, kind):
            # digits with single underscores between them, from i; at least one digit
            if i >= n or line[i] not in valid:
                if i < n and line[i] == '_':
                    if i + 1 < n and line[i + 1] in valid:
                        i += 1
                    else:
                        raise self.error('invalid %s literal' % kind, self.row, i + 1)
                else:
                    raise self.error('invalid %s literal' % kind, self.row, i)
            while i < n:
                if line[i] in valid:
                    i += 1
                elif line[i] == '_':
                    if i + 1 < n and line[i + 1] in valid:
                        i += 1
                    else:
                        raise self.error('invalid %s literal' % kind, self.row, i + 1)
                else:
                    break
            return i

        if line[pos] == '0' and line[pos + 1:pos + 2] in ('x', 'X', 'o', 'O', 'b', 'B') and line[pos + 1:pos + 2]:
            base = line[pos + 1].lower()
            kind, valid = {'x': ('hexadecimal', '0123456789abcdefABCDEF'), 'o': ('octal', '01234567'),
                           'b': ('binary', '01')}[base]
            first = line[pos + 2:pos + 3]
            if base != 'x' and first.isdigit() and first.isascii() and first not in valid:
                raise self.error("invalid digit '%s' in %s literal" % (first, kind), self.row, pos + 3)
            end = digits(pos + 2, valid, kind)
            if base != 'x' and end < n and line[end].isdigit() and line[end].isascii():
                raise self.error("invalid digit '%s' in %s literal" % (line[end], kind), self.row, end + 1)
            return end
        decimal = '0123456789'
        if line[pos] == '.':
            end = digits(pos + 1, decimal, 'decimal')
        else:
            end = digits(pos, decimal, 'decimal')
            if end < n and line[end] == '.':
                end += 1
                if end < n and line[end] in decimal:
                    end = digits(end, decimal, 'decimal')
        if end < n and line[end] in 'eE':
            exp = end + 1
            if exp < n and line[exp] in '+-':
                exp += 1
            if exp < n and line[exp] in decimal:
                end = digits(exp, decimal, 'decimal')
        if end < n and line[end] in 'jJ':
            end += 1
        return end

    # strings

    def string(self, start_col, prefix, quote_at):
        line = self.text
        quote = line[quote_at]
        triple = line[quote_at:quote_at + 3] == quote * 3
        opening = quote_at + (3 if triple else 1)
        start = (self.row, start_col)
        if 'f' in prefix:
            self.fstrings.append(_FString(quote, triple, 'r' in prefix, start))
            yield self.token(FSTRING_START, line[start_col:opening], start, (self.row, opening))
            self.col = opening
            return
        inside_fstring = bool(self.fstrings)
        start_row = self.row
        text = line
        i = opening
        while True:
            if i >= len(text):
                # the string goes on in the next line (triple-quoted, or after a backslash)
                if not self.read_line():
                    if triple:
                        raise self.error('EOF in multi-line string', start[0], start[1] + 1)
                    raise self.error('unterminated string literal (detected at line %d)' % self.row,
                                     start[0], start[1] + 1)
                text = self.text
                i = 0
                continue
            c = text[i]
            if c == '\\':
                i += 2 if text[i + 1:i + 3] != '\r\n' else 3
                continue
            if c == quote:
                if not triple:
                    i += 1
                    break
                if text[i:i + 3] == quote * 3:
                    i += 3
                    break
            elif c in '\r\n' and not triple:
                if inside_fstring:
                    raise self.error("f-string: expecting '}'", self.row, quote_at + 1)
                raise self.error('unterminated string literal (detected at line %d)' % self.row,
                                 start[0], start[1] + 1)
            i += 1
        if start_row == self.row:
            string = text[start_col:i]
        else:
            string = (self.lines[start_row - 1][start_col:] + ''.join(self.lines[start_row:self.row - 1])
                      + text[:i])
        yield self.token(STRING, string, start, (self.row, i))
        self.col = i

    # f-strings

    def fstring_in_expression(self):
        f = self.fstrings[-1]
        return bool(f.fields) and not f.fields[-1][1]

    def fstring_middle(self):
        """The literal text (or format spec) of the innermost f-string from self.col, up to a replacement
        field, the end of a format spec or the closing quote."""
        f = self.fstrings[-1]
        spec = bool(f.fields)
        closing = f.closing()
        chunk_start = (self.row, self.col)
        buf = []
        text = self.text
        i = self.col

        def middle(end_col):
            string = ''.join(buf)
            buf.clear()
            return self.token(FSTRING_MIDDLE, string, chunk_start, (self.row, end_col))

        while True:
            if i >= len(text):
                if not self.read_line():
                    kind = 'triple-quoted f-string' if f.triple else 'f-string'
                    raise self.error('unterminated %s literal (detected at line %d)' % (kind, self.row),
                                     f.start[0], f.start[1] + 1)
                text = self.text
                i = 0
                continue
            c = text[i]
            if text.startswith(closing, i):
                if spec:
                    raise self.error("f-string: expecting '}'", self.row, i + 1)
                if buf:
                    yield middle(i)
                self.fstrings.pop()
                yield self.token(FSTRING_END, closing, (self.row, i), (self.row, i + len(closing)))
                self.col = i + len(closing)
                return
            if c in '\r\n' and not f.triple:
                if spec:
                    raise self.error("f-string: newlines are not allowed in format specifiers for single "
                                     "quoted f-strings", self.row, i + 1)
                raise self.error('unterminated f-string literal (detected at line %d)' % self.row,
                                 f.start[0], f.start[1] + 1)
            if c == '\\':
                following = text[i + 1:i + 2]
                if following == 'N' and text[i + 2:i + 3] == '{' and not f.raw:
                    close = text.find('}', i + 3)
                    if close >= 0:
                        # a named escape ends a piece of the literal
                        buf.append(text[i:close + 1])
                        i = close + 1
                        yield middle(i)
                        chunk_start = (self.row, i)
                        continue
                if following in ('{', '}', ''):
                    buf.append(c)
                    i += 1
                    continue
                buf.append(text[i:i + 2])
                i += 2
                continue
            if c == '{':
                if not spec and text[i + 1:i + 2] == '{':
                    buf.append('{')
                    yield middle(i + 1)
                    i += 2
                    chunk_start = (self.row, i)
                    continue
                if buf or spec and text[i + 1:i + 2] == '{':
                    yield middle(i)
                f.fields.append([len(self.parens), False])
                yield self.token(OP, '{', (self.row, i), (self.row, i + 1))
                self.col = i + 1
                return
            if c == '}':
                if spec:
                    yield middle(i)
                    f.fields.pop()
                    yield self.token(OP, '}', (self.row, i), (self.row, i + 1))
                    self.col = i + 1
                    return
                if text[i + 1:i + 2] == '}':
                    buf.append('}')
                    yield middle(i + 1)
                    i += 2
                    chunk_start = (self.row, i)
                    continue
                yield middle(i)
                raise self.error("f-string: single '}' is not allowed", self.row, i + 1)
            buf.append(c)
            i += 1


def _generate_tokens(readline):
    tokenizer = _Tokenizer(readline)
    yield from tokenizer.tokens()


def generate_tokens(readline):
    """The tokens of the source whose str lines readline() gives, one TokenInfo at a time."""
    return _generate_tokens(readline)


def tokenize(readline):
    """The tokens of the source whose bytes lines readline() gives: first an ENCODING token naming the
    encoding detect_encoding() found, then the tokens of the decoded text."""
    encoding, consumed = detect_encoding(readline)
    lines = itertools.chain(consumed, iter(readline, b''))
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')

    def decoded():
        line = next(lines, b'')
        return line.decode(encoding) if isinstance(line, bytes) else line
    yield from _generate_tokens(decoded)


# --- encodings of source files (PEP 263) ---

def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return orig_enc


def detect_encoding(readline):
    """The encoding of a source file from its BOM or its coding cookie (in its first two lines), 'utf-8' when
    it has neither, and the lines read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            line_string = line.decode('utf-8')
        except UnicodeDecodeError:
            message = 'invalid or missing encoding declaration'
            if filename is not None:
                message = '{} for {!r}'.format(message, filename)
            raise SyntaxError(message)
        match = cookie_re.match(line_string)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            lookup(encoding)
        except LookupError:
            if filename is None:
                message = 'unknown encoding: ' + encoding
            else:
                message = 'unknown encoding for {!r}: {}'.format(filename, encoding)
            raise SyntaxError(message)
        if bom_found:
            if encoding != 'utf-8':
                if filename is None:
                    message = 'encoding problem: utf-8'
                else:
                    message = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(message)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """A source file opened as text in the encoding detect_encoding() finds."""
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


# --- back to source ---

class Untokenizer:

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError('start ({},{}) precedes previous end ({},{})'
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append('\\\n' * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(' ' * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            tok_type, token, start, end, line = t
            if tok_type == ENCODING:
                self.encoding = token
                continue
            if tok_type == ENDMARKER:
                break
            if tok_type == INDENT:
                indents.append(token)
                continue
            if tok_type == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            elif tok_type == FSTRING_MIDDLE:
                braces = token.count('{') + token.count('}')
                if braces:
                    end = (end[0], end[1] + braces)
                    token = token.replace('{', '{{').replace('}', '}}')
            self.add_whitespace(start)
            self.tokens.append(token)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return ''.join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        append = self.tokens.append
        startline = token[0] in (NEWLINE, NL)
        prevstring = False
        for tok in itertools.chain([token], iterable):
            toknum, tokval = tok[:2]
            if toknum == ENCODING:
                self.encoding = tokval
                continue
            if toknum in (NAME, NUMBER):
                tokval += ' '
            if toknum == STRING:
                if prevstring:
                    tokval = ' ' + tokval
                prevstring = True
            else:
                prevstring = False
            if toknum == INDENT:
                indents.append(tokval)
                continue
            if toknum == DEDENT:
                indents.pop()
                continue
            if toknum in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                append(indents[-1])
                startline = False
            elif toknum == FSTRING_MIDDLE:
                tokval = tokval.replace('{', '{{').replace('}', '}}')
            append(tokval)


def untokenize(iterable):
    """Source text from tokens: exact positions from 5-tuples (TokenInfo), spacing guessed from (type, string)
    pairs; bytes when the tokens began with an ENCODING token."""
    untokenizer = Untokenizer()
    out = untokenizer.untokenize(iterable)
    if untokenizer.encoding is not None:
        out = out.encode(untokenizer.encoding)
    return out


def main():
    import argparse

    def error(message, filename=None, location=None):
        if location:
            args = (filename,) + location + (message,)
            sys.stderr.write('%s:%d:%d: error: %s\n' % args)
        elif filename:
            sys.stderr.write('%s: error: %s\n' % (filename, message))
        else:
            sys.stderr.write('error: %s\n' % message)
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    try:
        if args.filename:
            filename = args.filename
            with builtins.open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = '<stdin>'
            tokens = _generate_tokens(sys.stdin.readline)
        for token in tokens:
            token_type = token.exact_type if args.exact else token.type
            token_range = '%d,%d-%d,%d:' % (token.start + token.end)
            print('%-20s%-15s%-15r' % (token_range, tok_name[token_type], token.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        error(err.args[0], filename, (line, column))
    except TokenError as err:
        line, column = err.args[1]
        error(err.args[0], filename, (line, column))
    except SyntaxError as err:
        error(err, filename)
    except OSError as err:
        error(err)
    except KeyboardInterrupt:
        print('interrupted\n')


if __name__ == '__main__':
    main()
