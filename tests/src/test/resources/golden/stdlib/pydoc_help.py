# help(object) and help('name') with stdout captured (not a terminal, so no pager), and pydoc's helpers:
# getdoc, splitdoc, describe, classname, isdata, locate, resolve, cram, stripid, visiblename, plain, Helper.
import contextlib
import io
import pydoc
import sys


def captured(function, *args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = function(*args)
    return result, out.getvalue()


def greet(name, punctuation='!'):
    """Say hello to name."""
    return 'Hello ' + name + punctuation


class Greeter:
    """Greets people."""

    def __init__(self, greeting='Hello'):
        """Greet with greeting."""
        self.greeting = greeting

    def greet(self, name):
        """Greet one person."""
        return self.greeting + ' ' + name

    __slots__ = ('greeting',)


class Undocumented:
    pass


print(repr(help))
print(repr(pydoc.help))
for thing in [greet, Greeter, Greeter.greet, Greeter().greet, 'abs', abs, Undocumented(),
              Greeter.__dict__['greeting'], 'pydoc.Helper.help', 'no_such_module_anywhere', 'sys.no_such_name']:
    result, text = captured(help, thing)
    print(repr(result))
    print(text, end='')
    print('-' * 20)

# an object whose repr has an address: only the class is documented
result, text = captured(help, Undocumented())
print('Help on Undocumented object in module __main__:' in text, 'class Undocumented(builtins.object)' in text)

# a Helper with its own output stream writes plain text there
out = io.StringIO()
helper = pydoc.Helper(output=out)
helper.help(greet)
print(repr(out.getvalue()))
out = io.StringIO()
pydoc.Helper(output=out).help('keywords')
print(out.getvalue())

# pydoc.doc with an output, and through the pager
out = io.StringIO()
pydoc.doc(greet, 'Doc of %s', output=out)
print(repr(out.getvalue()))
print(captured(pydoc.doc, greet)[1], end='')
print(captured(pydoc.pager, 'a\bab\bb plain\n')[1], end='')
print(repr(pydoc.plain('x\bxy\byz')))

# docstrings
def indented():
    """
        First line after a blank one.

        Second paragraph.
            Indented.
    """
print(repr(pydoc.getdoc(indented)), repr(pydoc.getdoc(Undocumented)), repr(pydoc.getdoc(Greeter.greet)))
class Sub(Greeter):
    def greet(self, name):
        return name
print(repr(pydoc.getdoc(Sub.greet)), repr(pydoc.getdoc(Sub().greet)))
print(pydoc.splitdoc('Synopsis.\n\nRest of it\nmore'))
print(pydoc.splitdoc('One line only'))
print(pydoc.splitdoc('No blank\nline after'))
print(pydoc.splitdoc(''))

# describing things
for thing in [pydoc, sys, abs, greet, Greeter, Greeter().greet, type.__dict__['__name__'],
              Greeter.__dict__['greeting'], 3, 'text', [].append]:
    print(pydoc.describe(thing))
print(pydoc.classname(Greeter, '__main__'), pydoc.classname(Greeter, 'other'), pydoc.classname(int, 'x'))
print([pydoc.isdata(x) for x in (1, 'a', pydoc, Greeter, greet, abs, sys._getframe(), greet.__code__)])

# finding things by name
print(pydoc.locate('pydoc.Helper') is pydoc.Helper, pydoc.locate('len') is len, pydoc.locate('str.join') is str.join)
print(pydoc.locate('no.such.thing'), pydoc.locate('pydoc.nothing_here'), pydoc.locate('os.path.join') is __import__('os').path.join)
print(pydoc.resolve('pydoc.describe') == (pydoc.describe, 'pydoc.describe'), pydoc.resolve(greet) == (greet, 'greet'))
print(pydoc.resolve(3))
try:
    pydoc.resolve('nothing_like_this')
except ImportError as error:
    print(type(error).__name__, error)
try:
    pydoc.locate('_pydoc_broken')
except pydoc.ErrorDuringImport as error:
    print(type(error).__name__, str(error).replace(error.filename, 'FILE'), error.exc.__name__, error.value)
print(pydoc.safeimport('no_such_module_at_all'), pydoc.safeimport('os.path') is __import__('os').path)

# small text helpers
print(pydoc.cram('abcdefghijklmnopqrstuvwxyz', 10), pydoc.cram('short', 10))
print(pydoc.stripid('<object at 0x7f00deadbeef>'), pydoc.stripid('<x at 0xZZ>'))
print(pydoc.replace('a-b_c', '-', '+', '_', '='))
print([pydoc.visiblename(n) for n in ('__init__', '__doc__', '_private', 'public', '__module__')])
print(pydoc.visiblename('x', ['y']), pydoc.visiblename('y', ['y']))
print(pydoc.text.repr('x' * 200))
print(pydoc.text.repr(list(range(30))))
print(pydoc.text.repr('back\\slash'))
print(pydoc.text.repr({i: i for i in range(15)}))

# the interactive help utility, reading its own input
out = io.StringIO()
pydoc.Helper(input=io.StringIO('abs\n"_pydoc_sample.area"\n  keywords  \nno_such_name_here\nhelp\nq\nnot read\n'), output=out)()
print(out.getvalue())
out = io.StringIO()
pydoc.Helper(input=io.StringIO('abs\n'), output=out)()
print(out.getvalue()[-200:])
out = io.StringIO()
pydoc.doc('no_such_name_here', output=out)
print(repr(out.getvalue()))
try:
    pydoc.doc('_pydoc_broken', output=out)
except pydoc.ErrorDuringImport as error:
    print('ErrorDuringImport', error, error.filename, error.exc.__name__, repr(error.value))
print(pydoc.ErrorDuringImport('f', ValueError('v')))

# how builtin classes' attributes are grouped: class methods (classmethod_descriptor), static methods (__new__)
import inspect
for cls, name in [(int, 'from_bytes'), (dict, 'fromkeys'), (int, '__new__'), (str, 'maketrans'), (object, '__init_subclass__')]:
    print(cls.__name__, name, [(kind, home.__name__) for n, kind, home, _ in pydoc.classify_class_attrs(cls) if n == name])
print(inspect.signature(int.__new__), int.__new__.__text_signature__)
print(pydoc.plaintext.docroutine(int.__new__, '__new__', 'builtins', int).split('\n')[0])
