"""Shared support for scanning document type declarations in HTML and XHTML.

This module is used as a foundation for the html.parser module.  It has no
documented public API and should not be used directly.

"""

# Krait's implementation: position tracking, comments and marked sections (<![CDATA[...]]>, <![if ...]>).
# The full SGML declaration scanner (parse_declaration and the DOCTYPE internal subset) is not here.

import re

_declname_match = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_commentclose = re.compile(r'--\s*>')
_markedsectionclose = re.compile(r']\s*]\s*>')
# MS Office's conditional sections end with ']>' only
_msmarkedsectionclose = re.compile(r']\s*>')

del re


class ParserBase:
    """Parser base class which provides some common support methods used
    by the SGML/HTML and XHTML parsers."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Moves the position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        rawdata = self.rawdata
        newlines = rawdata.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    _decl_otherchars = ''

    def parse_marked_section(self, i, report=1):
        """A '<![name ...' section at i: its end, or -1 when it is not complete yet."""
        rawdata = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            found = _markedsectionclose.search(rawdata, i + 3)
        elif name in {"if", "else", "endif"}:
            found = _msmarkedsectionclose.search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % rawdata[i + 3:j])
        if not found:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:found.start(0)])
        return found.end(0)

    def parse_comment(self, i, report=1):
        """A '<!--' comment at i: its end, or -1 when it is not complete yet."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        found = _commentclose.search(rawdata, i + 4)
        if not found:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:found.start(0)])
        return found.end(0)

    def _scan_name(self, i, declstartpos):
        """(lower-cased name, end) of the name at i; (None, -1) when the data may not hold all of it yet."""
        rawdata = self.rawdata
        if i == len(rawdata):
            return None, -1
        found = _declname_match(rawdata, i)
        if not found:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r" % rawdata[declstartpos:declstartpos + 20])
        if found.end() == len(rawdata):
            return None, -1
        return found.group().strip().lower(), found.end()

    def unknown_decl(self, data):
        pass
