# A class's __dict__ is a read-only, live mappingproxy of its namespace; types.MappingProxyType is that type.
import collections
import collections.abc
import copy
import pickle
import sys
import types


class C:
    """A class."""
    x = 1

    def f(self):
        return 2


d = C.__dict__
print(type(d), types.MappingProxyType is type(d), type(vars(C)) is type(d))
print(list(d))
print(d['x'], d.get('x'), d.get('nope'), d.get('nope', 5), 'f' in d, 'g' in d, len(d) == len(list(d)))
print(d['__doc__'], d['__module__'], d['__dict__'], d['__weakref__'])

# live: later assignments and deletions show through
C.y = 2
print('y' in d, d['y'], list(d)[-1])
del C.x
print('x' in d, d.get('x', 'gone'))
try:
    d['x']
except KeyError as e:
    print('KeyError', e)
print(type(d.keys()), type(d.values()), type(d.items()), type(iter(d)))
print(sorted(d.keys() & {'y', 'f', 'zzz'}))
print([k for k, v in d.items() if not k.startswith('__')])
print(type(d.copy()), d.copy() == dict(d), d == dict(d), dict(d) == d, d != dict(d))
print(vars(C) == C.__dict__, C.__dict__ is C.__dict__)
print(list(reversed(d))[:2])

# read-only
for action in (lambda: d.__setitem__('z', 1), lambda: d.update({}), lambda: d.pop('y')):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    d['z'] = 1
except TypeError as e:
    print(e)
try:
    del d['y']
except TypeError as e:
    print(e)
try:
    del d[0]
except TypeError as e:
    print(e)
try:
    d.attr = 1
except AttributeError as e:
    print(e)
try:
    d |= {}
except TypeError as e:
    print(e)
try:
    hash(d)
except TypeError as e:
    print(e)

# builtin types too
print(type(int.__dict__).__name__, int.__dict__['__add__'], type.__dict__['mro'], object.__dict__['__class__'])
print('fromkeys' in dict.__dict__, 'append' in list.__dict__, 'append' in tuple.__dict__)

# MappingProxyType over any mapping
p = types.MappingProxyType({'a': 1, 'b': 2})
print(p, repr(p), str(p), len(p), bool(p), bool(types.MappingProxyType({})))
print(p['a'], p.get('b'), p.get('c'), p.get('c', 0), 'a' in p, list(p), list(reversed(p)))
print(p.keys(), p.values(), p.items())
print(p | {'c': 3}, {'c': 3} | p, p | p, type(p | {}))
print(p == {'a': 1, 'b': 2}, p != {'a': 1}, {'a': 1, 'b': 2} == p, p == p)
try:
    p < p
except TypeError as e:
    print(e)
print(p.copy(), type(p.copy()))
underlying = {'k': 1}
q = types.MappingProxyType(underlying)
underlying['k2'] = 2
print(q, len(q), types.MappingProxyType(q))
print(types.MappingProxyType(collections.OrderedDict(a=1)))
print(types.MappingProxyType(mapping={'m': 1}))
print(isinstance(p, collections.abc.Mapping), isinstance(p, collections.abc.MutableMapping), isinstance(p, dict))
print(types.MappingProxyType[int], types.MappingProxyType[str, int].__origin__ is types.MappingProxyType)
print(types.MappingProxyType.__name__, types.MappingProxyType.__qualname__, types.MappingProxyType.__module__)
print(types.MappingProxyType.__doc__)
print(sorted(n for n in dir(p) if not n.startswith('__')))
print([n for n in ('__getitem__', '__contains__', '__len__', '__iter__', '__reversed__', '__or__', '__ror__', '__ior__',
                   '__eq__', '__lt__', '__hash__', '__class_getitem__', '__setitem__', '__delitem__') if n in dir(p)])
print(types.MappingProxyType.keys, types.MappingProxyType.__len__, types.MappingProxyType.__getitem__)


class H(dict):
    def __hash__(self):
        return 42


print(hash(types.MappingProxyType(H())))


class Lookup:
    def __getitem__(self, key):
        return key * 2

    def __len__(self):
        return 1

    def __iter__(self):
        return iter(['a'])


m = types.MappingProxyType(Lookup())
print(m['b'], len(m), list(m), 'a' in m)
for action in (m.keys, lambda: m.get('a'), m.copy):
    try:
        action()
    except AttributeError as e:
        print(e)
print(types.MappingProxyType('abc')[1], types.MappingProxyType(range(3))[2])

for bad in ([], (), 1, None, {1, 2}, [('a', 1)]):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)
for args, kwargs in [((), {}), (({}, {}), {}), (({},), {'mapping': {}}), ((), {'mapping': {}, 'other': 2})]:
    try:
        types.MappingProxyType(*args, **kwargs)
    except TypeError as e:
        print(e)
try:
    types.MappingProxyType.__new__(int, {})
except TypeError as e:
    print(e)
try:
    types.MappingProxyType.keys({})
except TypeError as e:
    print(e)
try:
    types.MappingProxyType.__len__({})
except TypeError as e:
    print(e)
try:
    class Sub(types.MappingProxyType):
        pass
except TypeError as e:
    print(e)
for action in (lambda: copy.copy(p), lambda: pickle.dumps(p)):
    try:
        action()
    except TypeError as e:
        print(e)

# the proxy keeps its mapping alive
data = {'alive': True}
proxy = types.MappingProxyType(data)
before = sys.getrefcount(data)
another = types.MappingProxyType(data)
print(sys.getrefcount(data) - before)
del another
print(sys.getrefcount(data) - before)
del data
print(proxy)
