# tokenize/token: CPython 3.12's token stream (positions, lines, NL/NEWLINE/INDENT/DEDENT/COMMENT, f-string
# tokens, operators and exact types), errors, detect_encoding, untokenize round trips, TokenInfo.
import io
import token
import tokenize


def show(source):
    print('=====', repr(source))
    try:
        for t in tokenize.generate_tokens(io.StringIO(source).readline):
            exact = tokenize.tok_name[t.exact_type] if t.exact_type != t.type else ''
            print(tokenize.tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line), exact)
    except (tokenize.TokenError, SyntaxError) as e:
        print('error:', type(e).__name__, e.args)


for source in [
    "x = 1\n", "x = 1", "", "\n\n", "   \n", "# only\n", "# c", "x\n# c",
    "if x:\n    y = 2\n\n    # c\nz\n",
    "def f():\n\tpass\n",
    "class A:\n    def f(self):\n        pass\n\n\nx = 1\n",
    "if x:\n    if y:\n        a\n    b\n",
    "if x:\n    a\n  # c\n    b\n",
    "s = '''a\nb'''\n", "'a\\\nb'\n", "u'x' b'y' Rb'z' br'w'\n", "x = 'a' 'b'\n",
    "x = (1,\n  2)\n", "a = \\\n  3\n",
    "def f(\n  a,\n  # c\n  b):\n  pass\n",
    "1e5 0x1f 1_000 1.5j .5 5. 0o7 0b1 1E-3 0777 1if x else 2\n", "1abc 1e\n",
    "a@=b->c:=d...e**=f//=g!=h<<=i>>=j<>k\n", "x # comment\n", "$ ? `\n", "é = 'é' + €\n",
    "x\r\ny\r\n", "x\x0c= 1\n", "(]\n", "a;b\n",
    "f'a{b}c'\n", "f'{x!r:>{w}} {y=} {{z}}'\n", "f'''x{\na\n}y'''\n", "f'''a\nb{x}c\nd'''\n",
    "rf'\\d{x}'\n", "f'{a:}' f'{a!r}' f'{a:{b}}' f'{a:{b}{c}}'\n", "f'{ a = }'\n", "f'{x:{{}}>10}'\n",
    "f'{{' f'}}' f'{}'\n", "f'{d[\"k\"]}' f'{lambda x: 1}' f'{(lambda x: 1)}'\n", "f\"{f'{x}'}\"\n",
    "print(f'{x:%H:%M}')\n", "f'\\N{GREEK CAPITAL LETTER DELTA}3' fr'\\\"\\''\n", "f'{x:=5}' f'{a!=b}'\n",
    # errors
    "'abc\n", "x = 'abc\n", "'''abc\n", "(1,\n", "\\\n", "x = \\\n", "x\n\\\n", "a\\b\n",
    "if x:\n  a\n b\n", "if x:\n\ty\n        z\n",
    "1_\n", "0x\n", "1__0\n", "0b2\n", "0o8\n", "0b_\n",
    "f'abc\n", "f'''abc\n", "x = f'{'\n", "f'{a}}'\n", "f'}'\n",
]:
    show(source)

# bytes: tokenize() with an ENCODING token, detect_encoding
source = "# -*- coding: latin-1 -*-\nx = 'é'\n".encode('latin-1')
for t in tokenize.tokenize(io.BytesIO(source).readline):
    print(t)
print(list(tokenize.tokenize(io.BytesIO(b'\xef\xbb\xbfx\n').readline))[0])
for data in [b'', b'x\n', b'\xef\xbb\xbfx\n', b'# coding: utf-8\n', b'#!/bin/sh\n# vim: set fileencoding=ascii :\n',
             b'\n# coding=latin1\n', b'x\n# coding: latin-1\n', b'# coding: UTF_8-foo\n', b'#coding:iso-8859-1-x\n']:
    encoding, lines = tokenize.detect_encoding(io.BytesIO(data).readline)
    print(repr(data), encoding, lines)
for data in [b'# coding: nope\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\xfe\n']:
    try:
        tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as e:
        print(type(e).__name__, e)

# untokenize: exact from full tokens, spaced from pairs
for source in ["if x:\n    y = f'{a!r:>{w}} {{b}}'  # c\n\nz = (1,\n     2)\n",
               "def f(a, *, b=1):\n    return a+b\n", "x = 1\n"]:
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    print(repr(tokenize.untokenize(tokens)), tokenize.untokenize(tokens) == source)
    print(repr(tokenize.untokenize((t.type, t.string) for t in tokens)))
print(repr(tokenize.untokenize(tokenize.tokenize(io.BytesIO(b'x = 1\n').readline))))
try:
    tokenize.untokenize([(token.NAME, 'x', (2, 0), (2, 1), ''), (token.NAME, 'y', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)

# TokenInfo
t = tokenize.TokenInfo(token.OP, '+=', (1, 2), (1, 4), 'x += 1\n')
print(t, t.exact_type == token.PLUSEQUAL, t.exact_type, t._fields)
print(tokenize.TokenInfo(token.NAME, 'x', (1, 0), (1, 1), '').exact_type, tokenize.TokenError.__mro__)
print(tokenize.tok_name[tokenize.FSTRING_MIDDLE], tokenize.ENCODING, tokenize.NL, tokenize.COMMENT, tokenize.N_TOKENS)
print(sorted(set(tokenize.__all__) - set(token.__all__)))
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(token.NT_OFFSET), token.ISEOF(token.ENDMARKER))
print(len(token.EXACT_TOKEN_TYPES), token.EXACT_TOKEN_TYPES['->'] == token.RARROW, token.tok_name[token.OP])
