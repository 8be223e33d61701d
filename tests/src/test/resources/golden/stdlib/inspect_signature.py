import inspect
import functools
from inspect import Parameter, Signature


def f(a, b: int, c=3, /, d: str = 'x', *args: int, e, g=7, **kw) -> bool:
    pass


def simple(x, y=2):
    return x + y


def star(*, k):
    pass


print(inspect.signature(f))
print(inspect.signature(simple))
print(inspect.signature(star))
print(inspect.signature(lambda: None))
print(inspect.signature(lambda *a, **k: None))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is p.empty, p.annotation)
print(repr(sig.parameters['d']))
print(sig.return_annotation)
print(Parameter.empty is Signature.empty, Parameter.empty)
print(int(Parameter.KEYWORD_ONLY), Parameter.VAR_KEYWORD.name)

# bind
s = inspect.signature(simple)
ba = s.bind(1)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba)
ba = s.bind(1, y=5)
print(ba.args, ba.kwargs)
print(s.bind_partial(y=3))
s2 = inspect.signature(f)
ba = s2.bind(1, 2, 3, 4, 5, 6, e=9, z=10)
print(ba)
print(ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1,), {'x': 1, 'y': 2})]:
    try:
        print(s.bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
for args, kwargs in [((1,), {}), ((1, 2), {}), ((1, 2), {'e': 1, 'a': 3}), ((1, 2), {'b': 2, 'e': 1})]:
    try:
        print(s2.bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
try:
    inspect.signature(star).bind(1)
except TypeError as e:
    print('TypeError', e)
try:
    inspect.signature(star).bind()
except TypeError as e:
    print('TypeError', e)
def pos_only(a, /, **kw):
    pass
print(inspect.signature(pos_only).bind(1, a=2))


# methods and classes
class A:
    def __init__(self, x, y=1):
        pass

    def m(self, z, *, w=None):
        pass

    @classmethod
    def c(cls, q):
        pass

    @staticmethod
    def s(r):
        pass

    def __call__(self, v):
        pass


print(inspect.signature(A))
print(inspect.signature(A.m))
print(inspect.signature(A(1).m))
print(inspect.signature(A.c))
print(inspect.signature(A.s))
print(inspect.signature(A(1)))


class B:
    def __new__(cls, n, *rest):
        return object.__new__(cls)


print(inspect.signature(B))


class Meta(type):
    def __call__(cls, meta_arg):
        return super().__call__()


class C(metaclass=Meta):
    pass


print(inspect.signature(C))


class Empty:
    pass


print(inspect.signature(Empty))

# wrappers
def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=1):
    pass


print(inspect.signature(wrapped))
print(inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped).__name__)

def with_sig():
    pass
with_sig.__signature__ = Signature([Parameter('zz', Parameter.POSITIONAL_ONLY)])
print(inspect.signature(with_sig))

p = functools.partial(simple, 1)
print(inspect.signature(p))
p = functools.partial(simple, y=1)
print(inspect.signature(p))
p = functools.partial(f, 1, 2, e=5)
print(inspect.signature(p))

# constructing
params = [Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD, default=1),
          Parameter('c', Parameter.KEYWORD_ONLY, annotation=int)]
sig = Signature(params, return_annotation=list[int])
print(sig)
print(sig.replace(return_annotation=Signature.empty))
print(sig.parameters['b'].replace(name='bb', default=None))
print(sig == Signature(params, return_annotation=list[int]), sig == inspect.signature(simple))
print(Signature.from_callable(simple))

for make in [lambda: Parameter('1x', Parameter.POSITIONAL_ONLY),
             lambda: Parameter('x', 99),
             lambda: Parameter('x', Parameter.VAR_POSITIONAL, default=1),
             lambda: Parameter(3, Parameter.KEYWORD_ONLY),
             lambda: Parameter('def', Parameter.KEYWORD_ONLY),
             lambda: Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)]),
             lambda: Signature([Parameter('a', Parameter.POSITIONAL_ONLY, default=1), Parameter('b', Parameter.POSITIONAL_ONLY)]),
             lambda: Signature([Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('a', Parameter.KEYWORD_ONLY)]),
             lambda: inspect.signature(42),
             lambda: inspect.signature(range),
             ]:
    try:
        print(make())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# old interfaces
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(A.m))
print(inspect.getcallargs(simple, 1))
print(inspect.getcallargs(f, 1, 2, e=3))
for args in [(), (1, 2, 3)]:
    try:
        inspect.getcallargs(simple, *args)
    except TypeError as e:
        print('TypeError', e)

def annotated(a: 'int', b: 'list[str]') -> 'None':
    pass
print(inspect.get_annotations(annotated))
print(inspect.get_annotations(annotated, eval_str=True))
print(inspect.signature(annotated, eval_str=True))
print(inspect.signature(annotated))

# builtins: Krait knows the signatures of module-level builtins without optional parameters
for func in [len, isinstance, divmod, abs, repr]:
    try:
        print(func.__name__, inspect.signature(func))
    except ValueError as e:
        print(func.__name__, 'ValueError', e)
for method in [[].append, list.append, str.join, 'x'.join, list.copy, [].copy]:
    print(method.__qualname__, inspect.signature(method))
