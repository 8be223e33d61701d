import inspect
import abc
import sys
import types


def plain(a, b=1):
    """Add things.

        Indented detail.
    """
    return a + b


def gen():
    yield 1
    yield 2


async def coro():
    pass


async def agen():
    yield 1


class Base:
    """Base doc."""
    attr = 1

    def method(self):
        """Method doc."""

    @property
    def prop(self):
        return 2

    @staticmethod
    def st():
        pass

    @classmethod
    def cm(cls):
        pass


class Child(Base):
    def method(self):
        pass


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Concrete(Abstract):
    def run(self):
        pass


objs = [plain, gen, coro, agen, Base, Base().method, Base.method, len, inspect, gen(), 3, lambda: 0]
preds = ['isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isroutine', 'isgeneratorfunction',
         'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator']
for obj in objs:
    name = getattr(obj, '__name__', type(obj).__name__)
    print(name, [p for p in preds if getattr(inspect, p)(obj)])
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(3))
c.close()
a = agen()
print(inspect.isasyncgen(a), inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(3))
print(inspect.isdatadescriptor(Base.__dict__['prop']), inspect.ismethoddescriptor(Base.__dict__['prop']))
print(inspect.isframe(sys._getframe()), inspect.iscode(plain.__code__), inspect.istraceback(None))
try:
    raise ValueError
except ValueError as e:
    print(inspect.istraceback(e.__traceback__))

print([name for name, _ in inspect.getmembers(Child) if not name.startswith('__')])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Child(), inspect.ismethod)])
print(inspect.getmembers(types.SimpleNamespace(b=2, a=1), lambda v: isinstance(v, int)))
print([n for n, v in inspect.getmembers_static(Child) if not n.startswith('__')])
print(inspect.getmro(Child))
print(type(inspect.getattr_static(Base, 'st')).__name__, type(inspect.getattr_static(Base, 'prop')).__name__,
      inspect.getattr_static(Child(), 'attr'), inspect.getattr_static(Base, 'nope', 'dflt'))
try:
    inspect.getattr_static(Base, 'nope')
except AttributeError as e:
    print('AttributeError', e)

print(inspect.getdoc(plain))
print(inspect.getdoc(Child), '|', inspect.getdoc(Child.method))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(inspect.getmodule(plain).__name__, inspect.getmodule(inspect.signature).__name__)
print(inspect.getsource(plain), end='')
print(inspect.getsource(Child), end='')
print(inspect.getsource(Base.method), end='')
lines, start = inspect.getsourcelines(gen)
print(start, len(lines))
print(inspect.getsourcefile(plain) == __file__, inspect.getfile(plain) == __file__)
for bad in [len, 3]:
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)


def wrap(f):
    def inner(*a):
        return f(*a)
    inner.__wrapped__ = f
    return inner


w = wrap(wrap(plain))
print(inspect.unwrap(w) is plain, inspect.unwrap(w, stop=lambda f: f.__wrapped__ is plain) is not plain)

def here():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    print(info.function, info.lineno, info.code_context, info.index, frame.f_code.co_name)
    st = inspect.stack()
    print([fi.function for fi in st], st[0].lineno, st[1].function)
    print(inspect.getouterframes(frame)[1].function)
here()

g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
c = coro()
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
print(inspect.CO_GENERATOR & gen.__code__.co_flags != 0, inspect.CO_COROUTINE, inspect.CO_VARARGS)
print(inspect.getargs(plain.__code__))
print(inspect.getclosurevars.__name__)
print(inspect.indentsize('    x'), inspect.getmodulename('/a/b/c.py'), inspect.getmodulename('x.txt'))
