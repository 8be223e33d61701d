# The _locale module (CPython's built-in one, which locale builds on): categories, setlocale in the C/POSIX and
# C.UTF-8 locales, localeconv, nl_langinfo, strcoll, strxfrm, getencoding, gettext and their errors.
import _locale
import locale

print(sorted(name for name in dir(_locale) if not name.startswith('_')))
print(_locale._DATE_FMT, _locale.nl_langinfo(_locale._DATE_FMT))
print(_locale.Error, _locale.Error.__module__, issubclass(_locale.Error, Exception))
print(locale.Error is _locale.Error, locale.strcoll is _locale.strcoll, locale.nl_langinfo is _locale.nl_langinfo)
print(locale.CHAR_MAX == _locale.CHAR_MAX == 127)
print([getattr(_locale, name) for name in ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                                          'LC_MESSAGES', 'LC_ALL')])

saved = _locale.setlocale(_locale.LC_ALL)
print(_locale.setlocale(_locale.LC_ALL, 'C'))
for category in ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES'):
    print(category, _locale.setlocale(getattr(_locale, category)))
print(_locale.setlocale(_locale.LC_ALL, 'POSIX'))
print(_locale.setlocale(_locale.LC_CTYPE, 'C.UTF-8'), _locale.nl_langinfo(_locale.CODESET), _locale.getencoding())
print(_locale.setlocale(_locale.LC_ALL))
print(_locale.setlocale(_locale.LC_CTYPE, 'C'), _locale.nl_langinfo(_locale.CODESET), _locale.getencoding())
print(_locale.setlocale(_locale.LC_ALL, None))

conv = _locale.localeconv()
for key in sorted(conv):
    print(key, repr(conv[key]))
print(conv is not _locale.localeconv(), locale.localeconv() == conv)

for name in ('RADIXCHAR', 'THOUSEP', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR', 'DAY_1',
             'ABDAY_7', 'MON_12', 'ABMON_1', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA', 'ALT_DIGITS'):
    print(name, getattr(_locale, name), repr(_locale.nl_langinfo(getattr(_locale, name))))

print(_locale.strcoll('a', 'b'), _locale.strcoll('b', 'a'), _locale.strcoll('same', 'same'), _locale.strcoll('Z', 'a'))
print(repr(_locale.strxfrm('abc')), sorted(['b', 'A', 'a', 'B'], key=_locale.strxfrm))
print(_locale.gettext('text'), _locale.dgettext(None, 'text'), _locale.dcgettext(None, 'text', _locale.LC_MESSAGES))
print(_locale.textdomain(None))

def attempt(function, *args):
    try:
        print(repr(function(*args)))
    except Exception as error:
        print(type(error).__name__, error)

attempt(_locale.setlocale, _locale.LC_ALL, 'xx_NOWHERE.UTF-8')
attempt(_locale.setlocale, _locale.LC_NUMERIC, 'de_DE.no-such-charset')
attempt(_locale.setlocale, 12345)
attempt(_locale.setlocale, 12345, 'C')
attempt(_locale.setlocale, 'LC_ALL')
attempt(_locale.setlocale, _locale.LC_ALL, ('C', 'UTF-8'))
attempt(_locale.setlocale, _locale.LC_ALL, 5)
attempt(_locale.nl_langinfo, 999999)
attempt(_locale.nl_langinfo, 'CODESET')
attempt(_locale.strcoll, 'a', 1)
attempt(_locale.strcoll, b'a', 'b')
attempt(_locale.strxfrm, None)
attempt(locale.setlocale, locale.LC_ALL, ('C', None))
attempt(locale.setlocale, locale.LC_NUMERIC, 'C')
print(_locale.setlocale(_locale.LC_ALL, saved) == saved)
