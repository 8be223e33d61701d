"""gettext: message catalogs in GNU .mo files (written for Krait).

translation() finds a domain's .mo file for the preferred languages under a locale directory
(LANG/LC_MESSAGES/DOMAIN.mo) and reads it into a GNUTranslations object; the module-level functions translate
through the domain chosen with textdomain().  Plural forms come from the catalog's Plural-Forms header, a C
expression evaluated here by a small parser (c2py).
"""

import os
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# --- plural forms: a C expression over n ---

_OPERATORS = ('||', '&&', '==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '%', '?', ':', '!', '(', ')')
_LEVELS = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4,
           '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}


def _tokens(text):
    """The tokens of a plural expression, then '' at its end."""
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in ' \t':
            i += 1
            continue
        if ch.isdigit() and ch.isascii():
            j = i
            while j < n and text[j].isascii() and text[j].isdigit():
                j += 1
            if j < n and (text[j].isalnum() or text[j] == '_'):
                # digits running into a word: one invalid word
                k = j
                while k < n and (text[k].isalnum() or text[k] == '_'):
                    k += 1
                raise ValueError('invalid token in plural form: %s' % text[i:k])
            yield text[i:j]
            i = j
            continue
        if ch.isalnum() or ch == '_':
            j = i
            while j < n and (text[j].isalnum() or text[j] == '_'):
                j += 1
            word = text[i:j]
            if word != 'n':
                raise ValueError('invalid token in plural form: %s' % word)
            yield word
            i = j
            continue
        for op in _OPERATORS:
            if text.startswith(op, i):
                yield op
                i += len(op)
                break
        else:
            raise ValueError('invalid token in plural form: %s' % ch)
    yield ''


def _unexpected(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


def _binary(op, left, right):
    if op == '||':
        return lambda n: left(n) or right(n)
    if op == '&&':
        return lambda n: left(n) and right(n)
    if op == '==':
        return lambda n: left(n) == right(n)
    if op == '!=':
        return lambda n: left(n) != right(n)
    if op == '<':
        return lambda n: left(n) < right(n)
    if op == '>':
        return lambda n: left(n) > right(n)
    if op == '<=':
        return lambda n: left(n) <= right(n)
    if op == '>=':
        return lambda n: left(n) >= right(n)
    if op == '+':
        return lambda n: left(n) + right(n)
    if op == '-':
        return lambda n: left(n) - right(n)
    if op == '*':
        return lambda n: left(n) * right(n)
    if op == '/':
        return lambda n: left(n) // right(n)
    return lambda n: left(n) % right(n)


def _negated(expr, count):
    for _ in range(count):
        expr = (lambda inner: lambda n: not inner(n))(expr)
    return expr


class _PluralParser:
    def __init__(self, text):
        self.tokens = _tokens(text)
        self.depth = 0
        self.deepest = 0

    def next(self):
        return next(self.tokens)

    def parse(self, priority=-1):
        """An expression of operators at `priority` or above: (function of n, the token after it).

        A '!' before an operand applies to the operand and the comparisons and arithmetic after it, up to the
        next && or || (as Python's `not`, which gettext's translation of the expression uses)."""
        token = self.next()
        negations = 0
        while token == '!':
            negations += 1
            token = self.next()
        if token == '(':
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)
            expr, token = self.parse()
            self.depth -= 1
            if token != ')':
                raise ValueError('unbalanced parenthesis in plural form')
        elif token == 'n':
            expr = lambda n: n
        else:
            try:
                value = int(token, 10)
            except ValueError:
                raise _unexpected(token) from None
            expr = lambda n, value=value: value
        token = self.next()
        while token in _LEVELS:
            level = _LEVELS[token]
            if level < priority:
                break
            if level <= 2 and negations:
                expr = _negated(expr, negations)
                negations = 0
            right, following = self.parse(level + 1)
            expr = _binary(token, expr, right)
            token = following
        expr = _negated(expr, negations)
        if token == '?' and priority <= 0:
            if_true, token = self.parse(0)
            if token != ':':
                raise _unexpected(token)
            if_false, token = self.parse()
            condition = expr
            expr = lambda n: if_true(n) if condition(n) else if_false(n)
        return expr, token


def _plural_number(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' % (n.__class__.__name__,)) from None
    import warnings
    frame = sys._getframe(1)
    stacklevel = 2
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        stacklevel += 1
        frame = frame.f_back
    warnings.warn('Plural value must be an integer, got %s' % (n.__class__.__name__,),
                  DeprecationWarning, stacklevel)
    return n


def c2py(plural):
    """A function of n that computes the C plural-form expression `plural` (as in a catalog's Plural-Forms)."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    parser = _PluralParser(plural)
    try:
        expr, token = parser.parse()
    except RecursionError:
        raise ValueError('plural form expression is too complex') from None
    if token:
        raise _unexpected(token)
    if parser.deepest > 20:
        raise ValueError('plural form expression is too complex')

    def func(n):
        if not isinstance(n, int):
            n = _plural_number(n)
        return int(expr(n))
    return func


# --- finding catalogs ---

def _expand_lang(loc):
    """The names to look for a locale's catalog under, most specific first: language[_territory][.codeset]
    [@modifier] and every shorter combination."""
    import locale
    loc = locale.normalize(loc)
    loc, at, modifier = loc.partition('@')
    modifier = at + modifier
    loc, dot, codeset = loc.partition('.')
    codeset = dot + codeset
    language, underscore, territory = loc.partition('_')
    territory = underscore + territory
    names = []
    for with_modifier in ((True, False) if modifier else (False,)):
        for with_territory in ((True, False) if territory else (False,)):
            for with_codeset in ((True, False) if codeset else (False,)):
                names.append(language + (territory if with_territory else '') + (codeset if with_codeset else '')
                             + (modifier if with_modifier else ''))
    return names


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file of `domain` for the first of the languages that has one (all of them with all=True);
    None (or []) when there is none."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            value = os.environ.get(variable)
            if value:
                languages = value.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    expanded = []
    for language in languages:
        for name in _expand_lang(language):
            if name not in expanded:
                expanded.append(name)
    found = [] if all else None
    for name in expanded:
        if name == 'C':
            break
        mofile = os.path.join(localedir, name, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            found.append(mofile)
    return found


# --- translations ---

class NullTranslations:
    """Translates nothing; the base of the catalog classes, passing what they lack to a fallback."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Make `_` (and the named functions among gettext, ngettext, pgettext, npgettext) builtins."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in ('gettext', 'ngettext', 'pgettext', 'npgettext'):
                if name in names:
                    builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return version >> 16, version & 0xffff

    def _parse(self, fp):
        import struct
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        size = len(data)
        filename = getattr(fp, 'name', '')
        magic = struct.unpack('<I', data[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, originals, translations = struct.unpack(order + '4I', data[4:20])
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        for index in range(count):
            length, offset = struct.unpack(order + '2I', data[originals:originals + 8])
            end = offset + length
            tlength, toffset = struct.unpack(order + '2I', data[translations:translations + 8])
            tend = toffset + tlength
            if end < size and tend < size:
                original = data[offset:end]
                translated = data[toffset:tend]
            else:
                raise OSError(0, 'File is corrupt', filename)
            if length == 0:
                self._read_header(translated)
            charset = self._charset or 'ascii'
            if b'\x00' in original:
                singular, _plural = original.split(b'\x00')
                singular = str(singular, charset)
                for form, text in enumerate(translated.split(b'\x00')):
                    catalog[(singular, form)] = str(text, charset)
            else:
                catalog[str(original, charset)] = str(translated, charset)
            originals += 8
            translations += 8

    def _read_header(self, header):
        last = None
        for raw in header.split(b'\n'):
            line = raw.decode().strip()
            if not line:
                continue
            if line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#'):
                continue  # a msgcat separator
            key = value = None
            if ':' in line:
                key, value = line.split(':', 1)
                key = key.strip().lower()
                value = value.strip()
                self._info[key] = value
                last = key
            elif last:
                self._info[last] += '\n' + line
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                parts = value.split(';')
                self.plural = c2py(parts[1].split('plural=')[1])

    def gettext(self, message):
        missing = object()
        translated = self._catalog.get(message, missing)
        if translated is missing:
            translated = self._catalog.get((message, self.plural(1)), missing)
        if translated is not missing:
            return translated
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        key = self.CONTEXT % (context, message)
        missing = object()
        translated = self._catalog.get(key, missing)
        if translated is missing:
            translated = self._catalog.get((key, self.plural(1)), missing)
        if translated is not missing:
            return translated
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        key = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[key, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The catalogs of `domain` for the preferred languages, chained by add_fallback; FileNotFoundError when
    there is none (a NullTranslations with fallback=True)."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        cached = _translations.get(key)
        if cached is None:
            with open(mofile, 'rb') as fp:
                cached = _translations.setdefault(key, class_(fp))
        cached = copy.copy(cached)
        if result is None:
            result = cached
        else:
            result.add_fallback(cached)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


# --- the GNU gettext API: a current domain and directories bound to domains ---

_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translation(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_translation(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
