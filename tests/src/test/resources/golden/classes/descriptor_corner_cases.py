# Descriptor and special-method corner cases: str-subclass attribute names, comparison methods whose binding fails,
# reflected operators before sequence concat/repeat, set-only/delete-only data descriptors, a classmethod __new__,
# a non-function __getattribute__, classmethod of classmethod
import operator
class S(str):
    def __hash__(self): return 123
s = S("abc")
try: setattr(s, s, s)
except TypeError as e: print(e)
print(len(s.__dict__), getattr(s, s) is s)
class E(object):
    @property
    def __eq__(self):
        raise AttributeError('doh')
print(E() == E())
class oops(object):
    def __rmul__(self, other): return 42
    def __index__(self): return 3
for v in [b'2', [2], (2,), '2', bytearray(b'2'), 1000]:
    print(v * oops(), end=" ")
print(b'2'.__mul__(oops()))
x = '2'; x *= oops(); print(x)
x = [2]; x *= oops(); print(x)
class radd:
    def __radd__(self, other): return 43
for v in [b'2', [2], (2,), '2', bytearray(b'2')]:
    print(v + radd(), end=" ")
x = [2]
try:
    x += radd(); print(x)
except TypeError as e: print(e)
class D(object):
    def __set__(self, x, y): pass
class A(object):
    d = D()
try:
    del A().d
except AttributeError as e: print("AE", e)
class D2(object):
    def __delete__(self, x): pass
class A2(object):
    d = D2()
try:
    A2().d = 5
except AttributeError as e: print("AE", e)
class Descr(object):
    def __init__(self, name): self.name = name
    def __set__(self, obj, value): obj.__dict__[self.name] = value
descr = Descr("a")
class X(object):
    a = descr
x = X()
print(x.a is descr)
x.a = 42
print(x.a)
class C(object):
    @classmethod
    def __new__(*args):
        return args
print(C.__new__(1,2) == (C, 1, 2), C(1,2) == (C, C, 1, 2))
class MagicCaller(object):
    def __get__(self, *args): raise Exception("should not be called")
    def __call__(self, *args): return lambda attr: attr
class Descriptor(object):
    __get__ = MagicCaller()
class Y(object):
    __getattribute__ = Descriptor()
print(Y().foo)
class A:
    @classmethod
    @classmethod
    def f(cls): return cls
print(A().f() is A, A.f())
