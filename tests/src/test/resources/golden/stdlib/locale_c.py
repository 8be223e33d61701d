# locale: the C and C.UTF-8 locales as CPython sees them (setlocale, getlocale, localeconv, formatting,
# conversions, collation, normalize, nl_langinfo) and the errors for locales that are not there.
import locale


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY,
      locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(locale.Error.__mro__)
print(locale.getpreferredencoding().lower(), locale.getpreferredencoding(False).lower())

# start-up: LC_CTYPE from the environment (coerced to C.UTF-8), the others C
show(lambda: locale.setlocale(locale.LC_CTYPE))
show(lambda: locale.setlocale(locale.LC_NUMERIC))
show(lambda: locale.setlocale(locale.LC_ALL))
show(lambda: locale.getlocale())
show(lambda: locale.getlocale(locale.LC_NUMERIC))
show(lambda: locale.getlocale(locale.LC_ALL))
show(lambda: locale.getencoding())

# setting
show(lambda: locale.setlocale(locale.LC_ALL, 'POSIX'))
show(lambda: locale.setlocale(locale.LC_ALL))
show(lambda: locale.getencoding())
show(lambda: locale.nl_langinfo(locale.CODESET))
show(lambda: locale.getlocale())
show(lambda: locale.setlocale(locale.LC_ALL, 'C.utf8'))
show(lambda: locale.getlocale())
show(lambda: locale.getencoding())
show(lambda: locale.setlocale(locale.LC_NUMERIC, 'C'))
show(lambda: locale.setlocale(locale.LC_ALL))
show(lambda: locale.setlocale(locale.LC_ALL, ('C', 'UTF-8')))
show(lambda: locale.setlocale(locale.LC_ALL, ('C', None)))
show(lambda: locale.setlocale(locale.LC_ALL, 'LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;'
                                             'LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;'
                                             'LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C'))
show(lambda: locale.setlocale(locale.LC_TIME, 'C.UTF-8'))
show(lambda: locale.getlocale(locale.LC_TIME))
show(lambda: locale.setlocale(locale.LC_TIME, 'C'))

# errors
show(lambda: locale.setlocale(locale.LC_ALL, 'xx_YY.UTF-8'))
show(lambda: locale.setlocale(locale.LC_ALL, 'c'))
show(lambda: locale.setlocale(locale.LC_CTYPE, ('xx_YY', 'UTF-8')))
show(lambda: locale.setlocale(99))
show(lambda: locale.setlocale(99, 'C'))
show(lambda: locale.setlocale(-1))
show(lambda: locale.setlocale(locale.LC_ALL, 5))
show(lambda: locale.setlocale(locale.LC_ALL, ('a', 'b', 'c')))
show(lambda: locale.setlocale('x'))
show(lambda: locale.nl_langinfo(12345))
show(lambda: locale.setlocale(locale.LC_ALL))

# conventions
print(locale.localeconv())
print(locale.localeconv() is locale.localeconv())
for name in ['CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR', 'RADIXCHAR', 'THOUSEP',
             'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA', 'ERA_D_FMT', 'ERA_D_T_FMT', 'ERA_T_FMT', 'ALT_DIGITS']:
    print(name, getattr(locale, name), repr(locale.nl_langinfo(getattr(locale, name))))
for i in range(1, 8):
    print(locale.nl_langinfo(getattr(locale, 'DAY_%d' % i)), locale.nl_langinfo(getattr(locale, 'ABDAY_%d' % i)))
for i in range(1, 13):
    print(locale.nl_langinfo(getattr(locale, 'MON_%d' % i)), locale.nl_langinfo(getattr(locale, 'ABMON_%d' % i)))

# formatting and conversions
print(locale.format_string('%d %s %.2f', (1234567, 'x', 3.14159), grouping=True))
print(locale.format_string('%(a)s-%(b)5.1f', {'a': 1, 'b': 2.25}))
print(locale.format_string('%%d %5d', 3))
print(locale.format_string('%5.2f|%-6d|%+d|%x|%r|%c|%s', (3.14159, 42, 7, 255, 'r', 65, [1])))
print(locale.format_string('%*d|%.*f', (5, 3, 2, 3.14159)))
print(repr(locale.format_string('%d', 1234567, grouping=True, monetary=True)))
print(repr(locale.format_string('%s', 'x')), repr(locale.format_string('no specs', ())))
show(lambda: locale.format_string('%d %d', 1))
show(lambda: locale.format_string('%s', ()))
show(lambda: locale.format_string('%d', 'x'))
show(lambda: locale.currency(1234.5))
show(lambda: locale.currency(-3, international=True))
print(locale.str(3.14159265358979), locale.str(1e20), locale.str(2.5), locale.str(10))
print(locale.atof('3.5'), locale.atoi('42'), locale.atof('1e3', int) if False else locale.atof('1e3'))
print(locale.atof('7', int), locale.delocalize('1,234.5'), locale.localize('1234.5'),
      locale.localize('1234567.5', grouping=True))
show(lambda: locale.atof('x'))
show(lambda: locale.atoi('1.5'))

# collation
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('a', 'a'), locale.strcoll('B', 'a'))
print(locale.strxfrm('abc'), sorted(['b', 'A', 'a', 'é', 'B'], key=locale.strxfrm))
show(lambda: locale.strcoll(1, 'a'))
show(lambda: locale.strcoll('a', None))
show(lambda: locale.strxfrm(3))

# names
for name in ['en_US', 'en_US.utf8', 'C', 'c.utf8', 'de_DE@euro', 'fr', 'en', 'ja_JP.eucJP', 'xx_YY',
             'en_US.ISO-8859-1', 'EN_us.UTF-8', 'C.UTF-8', 'POSIX', 'de_DE.UTF-8@euro', 'sr_RS@latin', 'zh_CN',
             'pt_BR.utf8', 'ru_RU', 'x.y@z', 'en_GB', 'en_US@xx', 'fi_FI', 'fr_FR.latin1', 'de_DE.utf-8',
             'it_IT@euro', 'pl', 'ko_KR.euckr']:
    print(name, repr(locale.normalize(name)))
for name in ['C.UTF-8', 'C', 'en_US.UTF-8', 'de_DE@euro', 'en_US.ISO8859-1', 'sr_RS@latin', 'ja_JP.eucJP',
             'xx']:
    show(lambda: locale._parse_localename(name))
print(locale._build_localename(('en_US', 'UTF-8')), locale._build_localename((None, None)))

# gettext through the C library: nothing is translated
print(locale.gettext('hello'), locale.dgettext(None, 'hello'), locale.dcgettext('d', 'hi', locale.LC_MESSAGES))
print(locale.textdomain(None), locale.textdomain('mine'), locale.textdomain(None))
print(locale.bindtextdomain('mine', '/x'), locale.bindtextdomain('mine', None))
