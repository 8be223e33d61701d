"""A parser for HTML and XHTML."""

# Krait's implementation. The parser is tolerant, as browsers are: what does not parse as markup is passed on
# as data. Data is processed as far as it can be; what might continue in the next feed() waits in rawdata.

import re
import _markupbase

from html import unescape


__all__ = ['HTMLParser']

# Where the next markup or reference may start
interesting_normal = re.compile('[&<]')
incomplete = re.compile('&[a-zA-Z#]')

entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')

starttagopen = re.compile('<[a-zA-Z]')
piclose = re.compile('>')
commentclose = re.compile(r'--\s*>')

# A tag name, then the separators before the first attribute.
tagfind_tolerant = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
# One attribute: a name (after a quote, a space or a slash), and maybe '=' with a quoted or bare value.
attrfind_tolerant = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
# A whole start tag up to (not including) its closing '>' or '/>'.
locatestarttagend_tolerant = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*            # the tag name
  (?:[\s/]*                               # separators before the first attribute
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*       # an attribute name
      (?:\s*=+\s*                         # '='
        (?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)  # a quoted or bare value
        \s*
       )?(?:\s|/(?!>))*
     )*
   )?
  \s*
""", re.VERBOSE)
endendtag = re.compile('>')
endtagfind = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()

    Start tags are handled by calling self.handle_starttag() or
    self.handle_startendtag(); end tags by self.handle_endtag().  The
    data between tags is passed from the parser to the derived class
    by calling self.handle_data() with the data as argument (the data
    may be split up in arbitrary chunks).  If convert_charrefs is
    True the character references are converted automatically to the
    corresponding Unicode character (and self.handle_data() is no
    longer split in chunks), otherwise they are passed by calling
    self.handle_entityref() or self.handle_charref() with the string
    containing respectively the named or numeric reference as the
    argument.
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        """Initialize and reset this instance.

        If convert_charrefs is True (the default), all character references
        are automatically converted to the corresponding Unicode characters.
        """
        super().__init__()
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = interesting_normal
        self.cdata_elem = None
        super().reset()

    def feed(self, data):
        r"""Feed data to the parser.

        Call this as often as you want, with as little or as much text
        as you want (may include '\n').
        """
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    __starttag_text = None

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        # inside <script> or <style>, only the matching end tag is markup
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = interesting_normal
        self.cdata_elem = None

    def _converts(self):
        return self.convert_charrefs and not self.cdata_elem

    def _text(self, text):
        self.handle_data(unescape(text) if self._converts() else text)

    def _next_markup(self, rawdata, i):
        """Where the text starting at i ends; None when the rest must wait for more data."""
        if self._converts():
            j = rawdata.find('<', i)
            if j >= 0:
                return j
            # a reference at the very end may be cut: keep it until its end is seen
            n = len(rawdata)
            amp = rawdata.rfind('&', max(i, n - 34))
            if amp >= 0 and not re.compile(r'[\s;]').search(rawdata, amp):
                return None
            return n
        found = self.interesting.search(rawdata, i)
        if found:
            return found.start()
        return None if self.cdata_elem else len(rawdata)

    def _markup(self, rawdata, i):
        """The end of the markup starting with '<' at i, -1 when it is not complete, None to wait."""
        if starttagopen.match(rawdata, i):
            return self.parse_starttag(i)
        if rawdata.startswith("</", i):
            return self.parse_endtag(i)
        if rawdata.startswith("<!--", i):
            return self.parse_comment(i)
        if rawdata.startswith("<?", i):
            return self.parse_pi(i)
        if rawdata.startswith("<!", i):
            return self.parse_html_declaration(i)
        if i + 1 < len(rawdata):
            self.handle_data("<")
            return i + 1
        return None

    def goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            j = self._next_markup(rawdata, i)
            if j is None:
                break
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                k = self._markup(rawdata, i)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    # at the end, an unfinished construct is text up to its first '>' (or the next '<')
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                found = charref.match(rawdata, i)
                if found:
                    self.handle_charref(found.group()[2:-1])
                    k = found.end()
                    if not rawdata.startswith(';', k - 1):
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:
                    # not a reference after all: pass '&#' on and go on behind it
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith('&', i):
                found = entityref.match(rawdata, i)
                if found:
                    self.handle_entityref(found.group(1))
                    k = found.end()
                    if not rawdata.startswith(';', k - 1):
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                found = incomplete.match(rawdata, i)
                if found:
                    if end and found.group() == rawdata[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def parse_html_declaration(self, i):
        """'<!...' at i: a comment, a marked section, a DOCTYPE, or a bogus comment."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gt = rawdata.find('>', i + 9)
            if gt == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        """'<!...>' or '</...>' that is nothing else: a comment of what lies between."""
        rawdata = self.rawdata
        gt = rawdata.find('>', i + 2)
        if gt == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        """A processing instruction '<?...>' at i."""
        rawdata = self.rawdata
        found = piclose.search(rawdata, i + 2)
        if not found:
            return -1
        self.handle_pi(rawdata[i + 2:found.start()])
        return found.end()

    def parse_starttag(self, i):
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        name = tagfind_tolerant.match(rawdata, i + 1)
        k = name.end()
        self.lasttag = tag = name.group(1).lower()
        attrs = []
        while k < endpos:
            found = attrfind_tolerant.match(rawdata, k)
            if not found:
                break
            attrname, rest, value = found.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == '\'' == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((attrname.lower(), value))
            k = found.end()
        closing = rawdata[k:endpos].strip()
        if closing not in (">", "/>"):
            # not a tag after all
            self.handle_data(rawdata[i:endpos])
            return endpos
        if closing.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        """The end of the start tag at i, or -1 when more data is needed to know it."""
        rawdata = self.rawdata
        found = locatestarttagend_tolerant.match(rawdata, i)
        j = found.end()
        after = rawdata[j:j + 1]
        if after == ">":
            return j + 1
        if after == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            if rawdata.startswith("/", j):
                # '/' followed by more: wait for the rest
                return -1
        elif after == "" or after in "abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        rawdata = self.rawdata
        found = endendtag.search(rawdata, i + 1)
        if not found:
            return -1
        gtpos = found.end()
        found = endtagfind.match(rawdata, i)
        if not found:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            name = tagfind_tolerant.match(rawdata, i + 2)
            if not name:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = name.group(1).lower()
            gtpos = rawdata.find('>', name.end())
            self.handle_endtag(tagname)
            return gtpos + 1
        elem = found.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            # inside <script> or <style>, another end tag is text
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # The handlers: overridden by subclasses.

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
