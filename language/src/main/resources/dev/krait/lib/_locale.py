"""_locale: the C library's locale support, as CPython's built-in module has it (written for Krait).

Krait knows the locales every C library has: "C" (also called "POSIX") and "C.UTF-8" (also "C.utf8").  They
format, collate and name things alike; they differ only in their character set (ASCII in "C", UTF-8 in
"C.UTF-8").  As CPython does at start-up (PEP 538), LC_CTYPE starts as the environment says (LC_ALL, LC_CTYPE,
LANG), coerced to C.UTF-8 when that is the C locale or one Krait does not have; the other categories start as "C".
Asking for any other locale raises Error, as CPython does on a system where it is not installed.  The locale
module builds on this one.
"""

import os as _os


class Error(Exception):
    pass


Error.__module__ = 'locale'

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# the categories glibc keeps (the last six have no Python name), in the order of a composite LC_ALL name
_CATEGORY_NAMES = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER',
                   'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION')
_CATEGORY_INDEX = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5}

# --- nl_langinfo: glibc's item numbers and the C locale's answers ---

_LANGINFO = {}


def _item(name, number, value):
    globals()[name] = number
    _LANGINFO[number] = value


_item('CODESET', 14, None)  # the character set of LC_CTYPE
_item('RADIXCHAR', 65536, '.')
_item('THOUSEP', 65537, '')
for _i, _name in enumerate(('Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat')):
    _item('ABDAY_%d' % (_i + 1), 131072 + _i, _name)
for _i, _name in enumerate(('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday')):
    _item('DAY_%d' % (_i + 1), 131079 + _i, _name)
for _i, _name in enumerate(('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                            'September', 'October', 'November', 'December')):
    _item('ABMON_%d' % (_i + 1), 131086 + _i, _name[:3])
    _item('MON_%d' % (_i + 1), 131098 + _i, _name)
_item('AM_STR', 131110, 'AM')
_item('PM_STR', 131111, 'PM')
_item('D_T_FMT', 131112, '%a %b %e %H:%M:%S %Y')
_item('D_FMT', 131113, '%m/%d/%y')
_item('T_FMT', 131114, '%H:%M:%S')
_item('T_FMT_AMPM', 131115, '%I:%M:%S %p')
_item('ERA', 131116, '')
_item('ERA_D_FMT', 131118, '')
_item('ALT_DIGITS', 131119, '')
_item('ERA_D_T_FMT', 131120, '')
_item('ERA_T_FMT', 131121, '')
_item('_DATE_FMT', 131180, '%a %b %e %H:%M:%S %Z %Y')
_item('CRNCYSTR', 262159, '-')
_item('YESEXPR', 327680, '^[yY]')
_item('NOEXPR', 327681, '^[nN]')
del _i, _name, _item

# --- the locales Krait has ---


def _known_locale(name):
    """The name setlocale() reports for `name` when Krait has that locale (glibc keeps the name it was given,
    except that POSIX is C), else None."""
    if name in ('C', 'POSIX'):
        return 'C'
    if name.startswith('C.'):
        charset = name[2:].lower().replace('-', '').replace('_', '')
        if charset == 'utf8':
            return name
    return None


def _environment_locale(category_name):
    for variable in ('LC_ALL', category_name, 'LANG'):
        value = _os.environ.get(variable)
        if value:
            return value
    return 'C'


def _initial_ctype():
    name = _known_locale(_environment_locale('LC_CTYPE'))
    if name is None or name == 'C':
        return 'C.UTF-8'
    return name


_current = [_initial_ctype()] + ['C'] * (len(_CATEGORY_NAMES) - 1)


def _codeset():
    return 'ANSI_X3.4-1968' if _current[0] == 'C' else 'UTF-8'


def _query(category):
    if category == LC_ALL:
        if all(name == _current[0] for name in _current):
            return _current[0]
        return ';'.join('%s=%s' % pair for pair in zip(_CATEGORY_NAMES, _current))
    return _current[_CATEGORY_INDEX[category]]


def _set(category, locale):
    if category == LC_ALL:
        if locale == '':
            chosen = [_known_locale(_environment_locale(name)) for name in _CATEGORY_NAMES]
        elif ';' in locale:
            parts = {}
            for part in locale.split(';'):
                key, sep, value = part.partition('=')
                if not sep or key not in _CATEGORY_NAMES:
                    raise Error('unsupported locale setting')
                parts[key] = value
            chosen = [_known_locale(parts.get(name, _current[i])) for i, name in enumerate(_CATEGORY_NAMES)]
        else:
            chosen = [_known_locale(locale)] * len(_CATEGORY_NAMES)
        if None in chosen:
            raise Error('unsupported locale setting')
        _current[:] = chosen
    else:
        index = _CATEGORY_INDEX[category]
        name = _known_locale(_environment_locale(_CATEGORY_NAMES[index]) if locale == '' else locale)
        if name is None:
            raise Error('unsupported locale setting')
        _current[index] = name
    return _query(category)


def setlocale(category, locale=None):
    """Set the locale of a category, or query it when locale is None (locale.Error for a locale Krait does not
    have)."""
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if locale is not None and not isinstance(locale, str):
        raise TypeError("setlocale() argument 2 must be str or None, not %s" % _type_name(locale))
    if category != LC_ALL and category not in _CATEGORY_INDEX:
        raise Error('locale query failed' if locale is None else 'unsupported locale setting')
    if locale is None:
        return _query(category)
    return _set(category, locale)


def localeconv():
    """The numeric and monetary conventions of the current locale, as a new dict."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def nl_langinfo(key):
    """The C library's answer for a langinfo item (CODESET, D_T_FMT, DAY_1, ...) in the current locale."""
    if not isinstance(key, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(key).__name__)
    if key not in _LANGINFO:
        raise ValueError('unsupported langinfo constant')
    if key == CODESET:
        return _codeset()
    return _LANGINFO[key]


def _type_name(value):
    return 'None' if value is None else type(value).__name__


def strcoll(a, b):
    """Compare two strings in the collation order of LC_COLLATE (code points, in C and C.UTF-8)."""
    if not isinstance(a, str):
        raise TypeError('strcoll() argument 1 must be str, not %s' % _type_name(a))
    if not isinstance(b, str):
        raise TypeError('strcoll() argument 2 must be str, not %s' % _type_name(b))
    return (a > b) - (a < b)


def strxfrm(string):
    """A key that compares as strcoll() would (the string itself, in C and C.UTF-8)."""
    if not isinstance(string, str):
        raise TypeError('strxfrm() argument must be str, not %s' % _type_name(string))
    return string


def getencoding():
    """The encoding of the current LC_CTYPE locale (whatever UTF-8 mode says)."""
    return _codeset()


# --- gettext through the C library (the C locale translates nothing) ---

_text_domain = ['messages']
_bound_domains = {}


def textdomain(domain):
    if domain is not None:
        _text_domain[0] = domain
    return _text_domain[0]


def bindtextdomain(domain, dir):
    if dir is not None:
        _bound_domains[domain] = dir
    return _bound_domains.get(domain, '/usr/share/locale')


def bind_textdomain_codeset(domain, codeset):
    return codeset


def gettext(msg):
    return msg


def dgettext(domain, msg):
    return msg


def dcgettext(domain, msg, category):
    return msg
