# __defaults__ and __kwdefaults__ are live: changing the dict changes what calls get; private parameter names are
# mangled in the signature, co_varnames and __kwdefaults__.
def f(*, a=1): return a
f.__kwdefaults__['a'] = 2
print(f())
d = f.__kwdefaults__; d['a'] = 3; print(f(), f.__kwdefaults__ is d)
del f.__kwdefaults__['a']
try: f()
except TypeError as e: print(e)
f.__kwdefaults__ = None; print(f.__kwdefaults__)
def g(a=1): return a
print(g.__defaults__); g.__defaults__ = (5,); print(g())
class C:
    def m(self, *, __k=1): return __k
print(C.m.__kwdefaults__)
C.m.__kwdefaults__['_C__k'] = 9; print(C().m())
class C:
    def m(self, *, __k=1): return __k
    def n(self, __p): return __p
print(C().m(_C__k=5), C.m.__code__.co_varnames, C.n.__code__.co_varnames)
try: C().m(__k=5)
except TypeError as e: print(e)
print(C().n(__p=3) if False else C().n(_C__p=3))
