import inspect
import functools


def decorator(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


@decorator
def decorated(a,
              b=(1,
                 2)):
    """Docstring."""
    # a comment
    return [a,
            b]

    # trailing comment, not part of it


class Outer:
    """Outer class."""

    class Inner:
        def method(self):
            return 'inner'

    @property
    def prop(self):
        return 1

    async def coro(self):
        await something()


square = lambda x: x * x


def gen():
    yield inspect.currentframe()


print(inspect.getsource(decorated), end='')
print(inspect.getsource(Outer), end='')
print(inspect.getsource(Outer.Inner), end='')
print(inspect.getsource(Outer.Inner.method), end='')
print(inspect.getsource(Outer.coro), end='')
print(inspect.getsource(square), end='')
lines, start = inspect.getsourcelines(Outer.Inner)
print(start, len(lines))
print(inspect.getsourcelines(decorated)[1])
print(inspect.getcomments(decorated))
print(inspect.getdoc(Outer.prop))
frame = next(gen())
print(inspect.getframeinfo(frame).function, inspect.getframeinfo(frame).code_context)
print(inspect.getsource(frame), end='')
source_lines, first = inspect.findsource(Outer)
print(first, source_lines[first], end='')
try:
    inspect.getsource(int)
except TypeError as e:
    print('TypeError', e)
try:
    inspect.getsource(3)
except TypeError as e:
    print('TypeError', e)
ns = {}
exec('def dynamic():\n    pass\n', ns)
try:
    inspect.getsource(ns['dynamic'])
except OSError as e:
    print('OSError', e)
try:
    raise KeyError('k')
except KeyError as e:
    tb = e.__traceback__
    info = inspect.getframeinfo(tb, context=3)
    print(info.lineno, info.function, info.index, [line.strip() for line in info.code_context])
    print([fi.function for fi in inspect.getinnerframes(tb)])
