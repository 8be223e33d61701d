"""locale: the POSIX locale categories (written for Krait).

Krait knows the locales every C library has: "C" (also called "POSIX") and "C.UTF-8" (also "C.utf8").  They
format, collate and name things alike; they differ only in their character set (ASCII in "C", UTF-8 in
"C.UTF-8").  As CPython does at start-up (PEP 538), LC_CTYPE starts as the environment says (LC_ALL, LC_CTYPE,
LANG), coerced to C.UTF-8 when that is the C locale or one Krait does not have; the other categories start as "C".
Asking for any other locale raises locale.Error, as CPython does on a system where it is not installed.
The C library's part (setlocale, localeconv, nl_langinfo, strcoll, ...) is the _locale module.
"""

import os as _os
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding",
           "LC_MESSAGES"]

_builtin_str = str

from _locale import *
from _locale import _DATE_FMT

_setlocale = setlocale
_localeconv = localeconv


def setlocale(category, locale=None):
    """Set the locale of a category (a name, or a (language code, encoding) pair), or query it when locale is
    None; locale.Error for a locale Krait does not have."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def localeconv():
    """The numeric and monetary conventions of the current locale, as a new dict."""
    return _localeconv()


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: UTF-8 in UTF-8 mode, else the locale's."""
    if getattr(sys.flags, 'utf8_mode', 0):
        return 'utf-8'
    return getencoding()


# --- number formatting ---

def _grouping_intervals(grouping):
    last = None
    for interval in grouping:
        if interval == CHAR_MAX:
            return
        if interval == 0:
            if last is None:
                raise ValueError('invalid grouping')
            while True:
                yield last
        yield interval
        last = interval


def _group(s, monetary=False):
    conv = localeconv()
    separator = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return s, 0
    if s[-1:] == ' ':
        stripped = s.rstrip()
        right_spaces = s[len(stripped):]
        s = stripped
    else:
        right_spaces = ''
    left_spaces = ''
    groups = []
    for interval in _grouping_intervals(grouping):
        if not s or s[-1] not in '0123456789':
            left_spaces = s
            s = ''
            break
        groups.append(s[-interval:])
        s = s[:-interval]
    if s:
        groups.append(s)
    groups.reverse()
    return left_spaces + separator.join(groups) + right_spaces, len(separator) * (len(groups) - 1)


def _strip_padding(s, amount):
    start = 0
    while amount and s[start] == ' ':
        start += 1
        amount -= 1
    end = len(s) - 1
    while amount and s[end] == ' ':
        end -= 1
        amount -= 1
    return s[start:end + 1]


def _localize_number(formatted, conversion, grouping, monetary):
    conv = localeconv()
    if conversion in 'eEfFgG':
        parts = formatted.split('.')
        seps = 0
        if grouping:
            parts[0], seps = _group(parts[0], monetary)
        decimal_point = conv['mon_decimal_point' if monetary else 'decimal_point']
        formatted = decimal_point.join(parts)
        if seps:
            formatted = _strip_padding(formatted, seps)
    elif conversion in 'diu':
        seps = 0
        if grouping:
            formatted, seps = _group(formatted, monetary)
        if seps:
            formatted = _strip_padding(formatted, seps)
    return formatted


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    return _localize_number(formatted, percent[-1], grouping, monetary)


def _scan_specifiers(f):
    """The conversion specifiers of a %-format: (start, end, has_key, star_count, conversion) for each."""
    found = []
    i = 0
    n = len(f)
    while True:
        i = f.find('%', i)
        if i < 0:
            return found
        j = i + 1
        has_key = False
        if j < n and f[j] == '(':
            close = f.find(')', j + 1)
            if close < 0:
                i += 1
                continue
            has_key = True
            j = close + 1
        while j < n and f[j] in '-#0123456789 +*.hlL':
            j += 1
        if j < n and f[j] in 'eEfFgGdiouxXcrs%':
            found.append((i, j + 1, has_key, f.count('*', i, j), f[j]))
            i = j + 1
        else:
            i += 1


def format_string(f, val, grouping=False, monetary=False):
    """Format val with the %-format f, numbers after the locale's conventions (grouping when asked)."""
    import collections.abc
    specifiers = _scan_specifiers(f)
    pieces = []
    last = 0
    if isinstance(val, collections.abc.Mapping):
        for start, end, has_key, stars, conversion in specifiers:
            pieces.append(f[last:start])
            spec = f[start:end]
            if conversion == '%':
                pieces.append('%')
            else:
                pieces.append(_localize_number(spec % val, conversion, grouping, monetary))
            last = end
    else:
        if not isinstance(val, tuple):
            val = (val,)
        index = 0
        for start, end, has_key, stars, conversion in specifiers:
            pieces.append(f[last:start])
            spec = f[start:end]
            if conversion == '%':
                pieces.append('%')
            else:
                args = tuple(val[index + k] for k in range(stars + 1))
                index += stars + 1
                pieces.append(_localize_number(spec % args, conversion, grouping, monetary))
            last = end
    pieces.append(f[last:])
    return ''.join(pieces)


def currency(val, symbol=True, grouping=False, international=False):
    """Format a number as money after LC_MONETARY's conventions (which the C locale does not have)."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    text = _format('%%.%if' % digits, abs(val), grouping, monetary=True)
    text = '<' + text + '>'
    if symbol:
        sign_symbol = conv['int_curr_symbol' if international else 'currency_symbol']
        precedes = conv['n_cs_precedes' if val < 0 else 'p_cs_precedes']
        separated = conv['n_sep_by_space' if val < 0 else 'p_sep_by_space']
        if precedes:
            text = sign_symbol + (' ' if separated else '') + text
        else:
            text = text + (' ' if separated else '') + sign_symbol
    position = conv['n_sign_posn' if val < 0 else 'p_sign_posn']
    sign = conv['negative_sign' if val < 0 else 'positive_sign']
    if position == 0:
        text = '(' + text + ')'
    elif position == 1:
        text = sign + text
    elif position == 2:
        text = text + sign
    elif position == 3:
        text = text.replace('<', sign)
    elif position == 4:
        text = text.replace('>', sign)
    else:
        text = sign + text
    return text.replace('<', '').replace('>', '')


def str(val):
    """repr-like text of a float with the locale's decimal point (%.12g)."""
    return _format('%.12g', val)


def delocalize(string):
    """Turn a number written after LC_NUMERIC's conventions into one float() and int() read."""
    conv = localeconv()
    separator = conv['thousands_sep']
    if separator:
        string = string.replace(separator, '')
    point = conv['decimal_point']
    if point:
        string = string.replace(point, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Write a normalized number after LC_NUMERIC's (or LC_MONETARY's) conventions."""
    return _localize_number(string, 'f', grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# --- locale names ---

def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- '
                        'language code, encoding.') from None
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """The (language code, encoding) pair of a category's locale; (None, None) for C."""
    localename = _setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.", DeprecationWarning, stacklevel=2)
    return _getdefaultlocale(envvars)


def _getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    for variable in envvars:
        localename = _os.environ.get(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead', DeprecationWarning, stacklevel=2)
    _setlocale(category, _build_localename(_getdefaultlocale()))


# Default encodings of common locales (language, or language_territory, lower case) and the names encodings
# take in locale names.  A subset of the X11 locale.alias table CPython carries: names not here are returned
# unchanged by normalize().
locale_encoding_alias = {
    'c': 'C', 'en': 'ISO8859-1', 'ascii': 'ISO8859-1',
    'utf8': 'UTF-8', 'utf_8': 'UTF-8',
    'latin1': 'ISO8859-1', 'latin_1': 'ISO8859-1',
    'eucjp': 'eucJP', 'euc_jp': 'eucJP', 'euckr': 'eucKR', 'euc_kr': 'eucKR',
    'shiftjis': 'SJIS', 'shift_jis': 'SJIS', 'iso2022jp': 'JIS7', 'iso2022_jp': 'JIS7', 'jis': 'JIS7',
    'koi8r': 'KOI8-R', 'koi8_r': 'KOI8-R', 'koi8u': 'KOI8-U', 'koi8_u': 'KOI8-U',
    'cp1251': 'CP1251', 'cp1255': 'CP1255', 'cp1256': 'CP1256',
}
for _n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16):
    locale_encoding_alias['iso8859%d' % _n] = 'ISO8859-%d' % _n
    locale_encoding_alias['iso8859_%d' % _n] = 'ISO8859-%d' % _n
del _n

locale_alias = {
    'c': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1', 'c.utf8': 'C.UTF-8',
    'c_c': 'C', 'c_c.c': 'C', 'posix': 'C', 'posix-utf2': 'C',
}


def _languages(encoding, *names):
    for name in names:
        locale_alias[name.lower()] = name + '.' + encoding


_languages('ISO8859-1', 'en_US', 'en_GB', 'en_AU', 'en_CA', 'en_IE', 'en_IN', 'en_NZ', 'en_ZA', 'de_DE', 'de_AT',
           'de_CH', 'fr_FR', 'fr_BE', 'fr_CA', 'fr_CH', 'es_ES', 'es_MX', 'es_AR', 'it_IT', 'pt_PT', 'pt_BR',
           'nl_NL', 'nl_BE', 'sv_SE', 'da_DK', 'no_NO', 'nb_NO', 'nn_NO', 'is_IS', 'id_ID', 'ca_ES', 'eu_ES',
           'gl_ES', 'ga_IE', 'cy_GB')
_languages('ISO8859-15', 'fi_FI', 'et_EE')
_languages('ISO8859-2', 'pl_PL', 'cs_CZ', 'sk_SK', 'hu_HU', 'ro_RO', 'hr_HR', 'sl_SI')
_languages('ISO8859-13', 'lt_LT', 'lv_LV')
_languages('UTF-8', 'sr_RS', 'ru_RU')
for _short, _full in (('en', 'en_US'), ('de', 'de_DE'), ('fr', 'fr_FR'), ('es', 'es_ES'), ('it', 'it_IT'),
                      ('pt', 'pt_PT'), ('nl', 'nl_NL'), ('sv', 'sv_SE'), ('da', 'da_DK'), ('no', 'no_NO'),
                      ('is', 'is_IS'), ('id', 'id_ID'), ('ca', 'ca_ES'), ('eu', 'eu_ES'), ('gl', 'gl_ES'),
                      ('ga', 'ga_IE'), ('cy', 'cy_GB'), ('fi', 'fi_FI'), ('et', 'et_EE'), ('pl', 'pl_PL'),
                      ('cs', 'cs_CZ'), ('sk', 'sk_SK'), ('hu', 'hu_HU'), ('ro', 'ro_RO'), ('hr', 'hr_HR'),
                      ('sl', 'sl_SI'), ('lt', 'lt_LT'), ('lv', 'lv_LV'), ('sr', 'sr_RS'), ('ru', 'ru_RU')):
    locale_alias[_short] = locale_alias[_full.lower()]
del _short, _full, _languages
locale_alias.update({
    'uk': 'uk_UA.KOI8-U', 'uk_ua': 'uk_UA.KOI8-U', 'bg': 'bg_BG.CP1251', 'bg_bg': 'bg_BG.CP1251',
    'el': 'el_GR.ISO8859-7', 'el_gr': 'el_GR.ISO8859-7', 'tr': 'tr_TR.ISO8859-9', 'tr_tr': 'tr_TR.ISO8859-9',
    'he': 'he_IL.ISO8859-8', 'he_il': 'he_IL.ISO8859-8', 'ar': 'ar_AA.ISO8859-6', 'ar_sa': 'ar_SA.ISO8859-6',
    'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP', 'ko': 'ko_KR.eucKR', 'ko_kr': 'ko_KR.eucKR',
    'zh': 'zh_CN.eucCN', 'zh_cn': 'zh_CN.gb2312', 'zh_tw': 'zh_TW.big5', 'zh_hk': 'zh_HK.big5hkscs',
    'th': 'th_TH.ISO8859-11', 'th_th': 'th_TH.ISO8859-11', 'vi': 'vi_VN.TCVN', 'vi_vn': 'vi_VN.TCVN',
    'hi': 'hi_IN.ISCII-DEV', 'hi_in': 'hi_IN.ISCII-DEV',
})

windows_locale = {
    0x0409: 'en_US', 0x0809: 'en_GB', 0x0c09: 'en_AU', 0x1009: 'en_CA', 0x0407: 'de_DE', 0x040c: 'fr_FR',
    0x0c0a: 'es_ES', 0x0410: 'it_IT', 0x0816: 'pt_PT', 0x0416: 'pt_BR', 0x0413: 'nl_NL', 0x041d: 'sv_SE',
    0x0406: 'da_DK', 0x040b: 'fi_FI', 0x0415: 'pl_PL', 0x0405: 'cs_CZ', 0x0419: 'ru_RU', 0x0411: 'ja_JP',
    0x0412: 'ko_KR', 0x0804: 'zh_CN', 0x0404: 'zh_TW',
}


def _encoding_name(encoding):
    """The name an encoding has in locale names (UTF-8, ISO8859-1, eucJP…), or the name given."""
    lowered = encoding.lower().replace('-', '_')
    for key in (lowered, lowered.replace('_', '')):
        if key in locale_encoding_alias:
            return locale_encoding_alias[key]
    import encodings.aliases
    canonical = encodings.aliases.aliases.get(lowered)
    if canonical is not None:
        for key in (canonical, canonical.replace('_', '')):
            if key in locale_encoding_alias:
                return locale_encoding_alias[key]
    return encoding


def _with_encoding(code, encoding):
    language = code.split('.', 1)[0]
    return language + '.' + _encoding_name(encoding)


def _with_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        charset = code.partition('.')[2]
        if charset in ('ISO8859-15', 'UTF-8'):
            return code
        if charset == 'ISO8859-1':
            return _with_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """A locale name as setlocale() takes it: 'en_US' -> 'en_US.ISO8859-1', 'c.utf8' -> 'C.UTF-8'; a name not
    known is returned unchanged."""
    lowered = localename.lower().replace(':', '.')
    base, _, modifier = lowered.partition('@')
    language, _, encoding = base.partition('.')
    encoding = encoding.split('.')[0]
    with_encoding = language
    if encoding:
        with_encoding += '.' + encoding.replace('-', '').replace('_', '')
    known = locale_alias.get(with_encoding + ('@' + modifier if modifier else ''))
    if known is not None:
        return known
    if modifier:
        known = locale_alias.get(with_encoding)
        if known is not None:
            if '@' not in known:
                return _with_modifier(known, modifier)
            if known.split('@', 1)[1].lower() == modifier:
                return known
    if encoding:
        known = locale_alias.get(language + ('@' + modifier if modifier else ''))
        if known is not None:
            if '@' not in known:
                return _with_encoding(known, encoding)
            known, own_modifier = known.split('@', 1)
            return _with_encoding(known, encoding) + '@' + own_modifier
        if modifier:
            known = locale_alias.get(language)
            if known is not None:
                if '@' not in known:
                    return _with_modifier(_with_encoding(known, encoding), modifier)
                known, own_modifier = known.split('@', 1)
                if own_modifier.lower() == modifier:
                    return _with_encoding(known, encoding) + '@' + own_modifier
    return localename
