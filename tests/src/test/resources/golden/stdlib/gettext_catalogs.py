# gettext: .mo catalogs written here and read back (singular, plural and context messages, headers, plural
# forms), translation()/find() over a locale directory, fallbacks, install, the module-level API, and errors.
import builtins
import gettext
import io
import os
import struct
import sys
import tempfile


def mo_bytes(messages, order='<', version=0, magic=None):
    """A .mo file: messages maps msgid (str, or (singular, plural)) to msgstr (str or list of forms)."""
    entries = []
    for key, value in messages.items():
        original = '\x00'.join(key) if isinstance(key, tuple) else key
        translated = '\x00'.join(value) if isinstance(value, list) else value
        entries.append((original.encode('utf-8'), translated.encode('utf-8')))
    entries.sort()
    count = len(entries)
    header_size = 7 * 4
    originals_at = header_size
    translations_at = originals_at + 8 * count
    data_at = translations_at + 8 * count
    data = b''
    original_table = []
    translated_table = []
    for original, _ in entries:
        original_table.append((len(original), data_at + len(data)))
        data += original + b'\x00'
    for _, translated in entries:
        translated_table.append((len(translated), data_at + len(data)))
        data += translated + b'\x00'
    if magic is None:
        magic = 0x950412de
    out = struct.pack(order + '7I', magic, version, count, originals_at, translations_at, 0, 0)
    for length, offset in original_table + translated_table:
        out += struct.pack(order + '2I', length, offset)
    return out + data


HEADER = ('Project-Id-Version: demo 1.0\n'
          'Language: fr\n'
          'MIME-Version: 1.0\n'
          'Content-Type: text/plain; charset=UTF-8\n'
          'Plural-Forms: nplurals=2; plural=(n > 1);\n'
          'X-Long: first part\n'
          ' continued\n')
FRENCH = {
    '': HEADER,
    'Hello': 'Bonjour',
    'Goodbye, %s': 'Au revoir, %s',
    ('%d file', '%d files'): ['%d fichier', '%d fichiers'],
    'menu\x04Open': 'Ouvrir (menu)',
    ('verb\x04%d run', '%d runs'): ['%d course', '%d courses'],
    'Café': 'Café ☕',
}

for order in '<>':
    t = gettext.GNUTranslations(io.BytesIO(mo_bytes(FRENCH, order)))
    print(order, t.gettext('Hello'), '|', t.gettext('Goodbye, %s') % 'Ann', '|', t.gettext('Missing'))
    print([t.ngettext('%d file', '%d files', n) % n for n in (0, 1, 2, 5)])
    print(t.ngettext('one thing', 'many things', 1), t.ngettext('one thing', 'many things', 3))
    print(t.pgettext('menu', 'Open'), t.pgettext('other', 'Open'), t.gettext('Open'))
    print(t.npgettext('verb', '%d run', '%d runs', 1), t.npgettext('verb', '%d run', '%d runs', 4),
          t.npgettext('noun', '%d run', '%d runs', 4))
    print(t.gettext('Café'), t.gettext('%d file'), t.charset())
print(sorted(t.info().items()))
print(t.plural(0), t.plural(1), t.plural(2))

# a catalog without headers: ASCII, English plural rule
plain = gettext.GNUTranslations(io.BytesIO(mo_bytes({'a': 'b', ('x', 'xs'): ['y', 'ys']})))
print(plain.gettext('a'), plain.ngettext('x', 'xs', 1), plain.ngettext('x', 'xs', 2), plain.charset(), plain.info())
print(plain.plural(1), plain.plural(0))

# errors while reading
for data, name in [(b'\x00' * 28, 'bad magic'), (mo_bytes({'a': 'b'}, version=5 << 16), 'bad version'),
                   (mo_bytes({'a': 'b'})[:40], 'truncated table'),
                   (mo_bytes({'a': 'b'})[:-2], 'truncated data'), (mo_bytes({'a': 'b'}, version=1 << 16 | 3), 'v1')]:
    try:
        g = gettext.GNUTranslations(io.BytesIO(data))
        print(name, 'ok', g.gettext('a'))
    except OSError as e:
        print(name, type(e).__name__, e.errno, e.strerror, repr(e.filename), e)
    except Exception as e:
        print(name, type(e).__name__, e)

# NullTranslations and fallbacks
null = gettext.NullTranslations()
print(null.gettext('x'), null.ngettext('a', 'b', 1), null.ngettext('a', 'b', 2), null.pgettext('c', 'm'),
      null.npgettext('c', 'a', 'b', 0), null.info(), null.charset())
base = gettext.GNUTranslations(io.BytesIO(mo_bytes({'only in base': 'BASE'})))
extra = gettext.GNUTranslations(io.BytesIO(mo_bytes({'only in extra': 'EXTRA', 'a': 'extra-a'})))
base.add_fallback(extra)
base.add_fallback(gettext.NullTranslations())
print(base.gettext('only in base'), base.gettext('only in extra'), base.gettext('a'), base.gettext('none'))
print(base.ngettext('s', 'p', 1), base.pgettext('c', 'only in extra'))

# plural expressions
for expr in ['n != 1', '(n > 1)', 'n==1 ? 0 : n==2 ? 1 : 2',
             'n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2',
             '!n', '!n == 0', 'n / 3', 'n % 4 + 1', '0', '1 < n < 3', 'n && 5', 'n || 7', '!!n', '(n)']:
    f = gettext.c2py(expr)
    print(repr(expr), [f(n) for n in (0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 101)])
for bad in ['n +', '(n', 'n ) ', 'x', 'n = 1', 'n & 1', '12abc', 'n ? 1', '', 'n 1', 'n\n', '-n', 'n' + ' + n' * 600]:
    try:
        gettext.c2py(bad)
        print(repr(bad)[:20], 'ok')
    except ValueError as e:
        print(repr(bad)[:20], 'ValueError', e)
f = gettext.c2py('n != 1')
try:
    f('3')
except TypeError as e:
    print('TypeError', e)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(f(1.0), f(2.5))
    print([str(w.message) for w in caught], [w.category.__name__ for w in caught])

# a locale directory: find, translation, install, the module API
with tempfile.TemporaryDirectory() as root:
    for lang, messages in [('fr', FRENCH), ('de_DE', {'Hello': 'Hallo', 'Only German': 'Nur Deutsch'}),
                           ('de', {'Only de': 'Nur de'})]:
        os.makedirs(os.path.join(root, lang, 'LC_MESSAGES'))
        with open(os.path.join(root, lang, 'LC_MESSAGES', 'demo.mo'), 'wb') as f:
            f.write(mo_bytes(messages))
    rel = lambda p: None if p is None else os.path.relpath(p, root)
    print(rel(gettext.find('demo', root, ['fr'])), rel(gettext.find('demo', root, ['de_DE.UTF-8'])))
    print([rel(p) for p in gettext.find('demo', root, ['de_DE.UTF-8', 'fr'], all=True)])
    print(gettext.find('demo', root, ['es']), gettext.find('demo', root, ['es'], all=True),
          gettext.find('demo', root, ['C', 'fr']), gettext.find('nothing', root, ['fr']))
    print(gettext._expand_lang('de_DE.UTF-8@euro'), gettext._expand_lang('fr'), gettext._expand_lang('pt_BR'))
    t = gettext.translation('demo', root, ['de_DE', 'fr'])
    print(type(t).__name__, t.gettext('Hello'), t.gettext('Only German'), t.gettext('Goodbye, %s'),
          t.gettext('Only de'), t.ngettext('%d file', '%d files', 2))
    t2 = gettext.translation('demo', root, ['de_DE', 'fr'])
    print(t2 is t, t2._catalog is t._catalog)
    try:
        gettext.translation('absent', root, ['fr'])
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, '|', e)
    print(type(gettext.translation('absent', root, ['fr'], fallback=True)).__name__)

    class Mine(gettext.GNUTranslations):
        pass
    print(type(gettext.translation('demo', root, ['fr'], class_=Mine)).__name__)

    t.install(names=['ngettext', 'pgettext'])
    print(_('Hello'), ngettext('%d file', '%d files', 3), pgettext('menu', 'Open'))
    del builtins._, builtins.ngettext, builtins.pgettext
    os.environ['LANGUAGE'] = 'fr'
    gettext.install('demo', root)
    print(_('Hello'))
    del builtins._

    print(gettext.textdomain(), gettext.bindtextdomain('demo', root) == root, gettext.bindtextdomain('demo') == root)
    print(gettext.gettext('Hello'), gettext.dgettext('demo', 'Hello'), gettext.dngettext('demo', '%d file', '%d files', 2))
    print(gettext.dpgettext('demo', 'menu', 'Open'), gettext.dnpgettext('demo', 'verb', '%d run', '%d runs', 1))
    print(gettext.textdomain('demo'), gettext.gettext('Hello'), gettext.ngettext('%d file', '%d files', 1),
          gettext.pgettext('menu', 'Open'), gettext.npgettext('verb', '%d run', '%d runs', 3))
    print(gettext.dgettext('other', 'Hello'), gettext.dngettext('other', 'a', 'b', 2))
    os.environ['LANGUAGE'] = 'es:de_DE'
    print(gettext.dgettext('demo', 'Hello'))
    del os.environ['LANGUAGE']
print(gettext.Catalog is gettext.translation, sorted(gettext.__all__))
print(os.path.relpath(gettext._default_localedir, sys.base_prefix))
