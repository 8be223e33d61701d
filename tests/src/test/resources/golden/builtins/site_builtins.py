# The objects CPython's site module puts in builtins: exit/quit (Quitter), copyright/credits/license (_Printer), help.
import builtins
import sys
import _sitebuiltins

for name in ('exit', 'quit', 'copyright', 'credits', 'license', 'help'):
    obj = getattr(builtins, name)
    print(name, type(obj).__module__, type(obj).__qualname__, callable(obj))
print(repr(exit), repr(quit), repr(help), sep='\n')
print(type(exit) is _sitebuiltins.Quitter, type(help) is _sitebuiltins._Helper, type(license) is _sitebuiltins._Printer)
print(_sitebuiltins._Printer.MAXLINES, exit.name, exit.eof, quit.name)
print(isinstance(sys.copyright, str), isinstance(repr(credits), str), isinstance(repr(copyright), str))

# a Quitter raises SystemExit with the code (None by default)
q = _sitebuiltins.Quitter('leave', 'Ctrl-Z')
print(repr(q), q.name, q.eof)
for args in ((), (3,), ('message',)):
    try:
        q(*args)
    except SystemExit as e:
        print('SystemExit', e.args, e.code)

# a _Printer shows a short text as its repr, a long one only when called, a screenful at a time
short = _sitebuiltins._Printer('short', 'line one\nline two')
print(repr(short))
print(short() is None)
long_text = '\n'.join('line %d' % i for i in range(30))
long = _sitebuiltins._Printer('long', long_text)
print(repr(long))
answers = iter(['x', 'q'])
builtins.input = lambda prompt: (print(prompt), next(answers))[1]
long()
answers = iter(['', ''])
long()
print(sorted(vars(short)))
missing = _sitebuiltins._Printer('files', 'fallback text', ['NO_SUCH_FILE'], ['/nonexistent'])
print(repr(missing), vars(missing)['_Printer__filenames'])
