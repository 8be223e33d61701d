"""
General functions for HTML manipulation.
"""

# Krait's implementation.

import re as _re
from html.entities import html5 as _html5


__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """
    Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
    s = s.replace("&", "&amp;")  # first, so that the other replacements' ampersands stay
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references the HTML standard reads differently: 0x80-0x9F as in windows-1252 (the five it leaves
# undefined stay themselves), NUL as the replacement character, CR as CR.
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
_invalid_charrefs.update(zip(range(0x80, 0xa0),
                             '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d'
                             '\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d'
                             '\u017e\u0178'))

# Code points a numeric reference gives nothing for: controls other than tab, LF, FF and CR, and the
# noncharacters.
_invalid_codepoints = set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20)) | set(range(0x7f, 0xa0))
_invalid_codepoints |= set(range(0xfdd0, 0xfdf0))
_invalid_codepoints |= {plane + last for plane in range(0, 0x110000, 0x10000) for last in (0xfffe, 0xffff)}


def _replace_charref(match):
    text = match.group(1)
    if text[0] == '#':
        if text[1] in 'xX':
            number = int(text[2:].rstrip(';'), 16)
        else:
            number = int(text[1:].rstrip(';'))
        if number in _invalid_charrefs:
            return _invalid_charrefs[number]
        if 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
            return '\uFFFD'
        if number in _invalid_codepoints:
            return ''
        return chr(number)
    if text in _html5:
        return _html5[text]
    # the longest known name at the start (only the legacy names without ';' can match so)
    for end in range(len(text) - 1, 1, -1):
        if text[:end] in _html5:
            return _html5[text[:end]] + text[end:]
    return '&' + text


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
