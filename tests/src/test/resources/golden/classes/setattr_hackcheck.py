# object.__setattr__/__delattr__ refuse a class (type's own do the work); dir() of a module lists its __dict__ keys as they are
import sys
me = sys.modules[__name__]
me.__dict__[1] = '1'
try: print(dir(me).__contains__(1))
except TypeError as e: print("TypeError", e)
del me.__dict__[1]
try: me.__dict__ = {}
except AttributeError as e: print("AttributeError", e)
class C(object): __doc__ = 42
for f in (lambda: C.__setattr__(C, "__str__", "foo"), lambda: C.__delattr__(C, "__str__"), lambda: object.__setattr__(int, "x", 1)):
    try: f()
    except TypeError as e: print("TypeError", e)
s = "hello"
for f in (lambda: s.__setattr__("center", "foo"), lambda: s.__delattr__("center"), lambda: s.__setattr__("zz", 1)):
    try: f()
    except AttributeError as e: print("AttributeError", e)
try: getattr(object(), None)
except TypeError as e: print("TypeError", e)
x = type.__dict__['__doc__'].__get__
class D: pass
print(x(D, None), x(C, None))
class M(type):
    def __setattr__(cls, n, v):
        print('meta set', n); super().__setattr__(n, v)
    def __delattr__(cls, n):
        print('meta del', n); super().__delattr__(n)
class K(metaclass=M): pass
K.x = 1; print(K.x); del K.x
print(type.__setattr__, type.__dict__['__setattr__'] is not object.__setattr__)
try: object.__setattr__(K, 'y', 1)
except TypeError as e: print(e)
try: type.__setattr__(1, 'y', 1)
except TypeError as e: print(e)
type.__setattr__(K, 'z', 3); print(K.z)
