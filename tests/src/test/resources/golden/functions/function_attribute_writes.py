# Writable function attributes (__code__, __module__, __annotations__), builtins' __module__, type.__text_signature__
def f():
    "doc f"
    return 42
def g():
    "doc g"
    return 41
try: f.__code__ = 1
except TypeError as e: print(e)
f.__code__ = g.__code__
print(f(), f.__doc__, f.__name__, f.__code__ is g.__code__)
def get_h(f=f):
    def h(): return f()
    return h
h = get_h()
try: f.__code__ = h.__code__
except ValueError as e: print(e)
def k(a, b=2): return a + b
f.__code__ = k.__code__
try: f(1)
except TypeError as e: print(e)
print(f(1, 5))
try: del f.__code__
except TypeError as e: print(e)
try: dir.__code__
except AttributeError as e: print(e)
def m(): return 1
import sys
def c(): return sys
m.__code__ = c.__code__
print(m())
def deco(f): return f
def f(): pass
ann = f.__annotations__
print(ann == {}, f.__annotations__ is ann)
try: setattr(f, "__annotations__", 42)
except TypeError as e: print(e)
del f.__annotations__
print(f.__annotations__ is not ann)
f.__annotations__ = ann
print(f.__annotations__ is ann)
f.__module__ = 'ab.c'
print(f.__module__)
del f.__module__
print(f.__module__)
for func in [dir, dict.get]:
    for act in [lambda: setattr(func, "__defaults__", (1,)), lambda: delattr(func, "__defaults__"), lambda: setattr(func, "__doc__", ""),
                lambda: delattr(func, "__doc__"), lambda: setattr(func, "__name__", ""), lambda: setattr(func, "__module__", ""), lambda: delattr(func, "__module__")]:
        try: act(); print("ok")
        except AttributeError as e: print("AE", e)
print(type(lambda: None).__text_signature__, complex.__text_signature__, int.__text_signature__, object.__text_signature__)
print(dir.__module__)
import inspect
class L(list): pass
class Mod: pass
for t in [complex, object, list, L, float, property, enumerate, reversed, memoryview, type(lambda: 0), Mod]:
    print(t.__name__, inspect.signature(t), t.__text_signature__)
for t in [int, dict]:
    try: print(inspect.signature(t))
    except ValueError as e: print(e)

for x in [list.append, [].append, int.__add__, dir, object.__new__, dict.fromkeys, int.real]:
    try: print(type(x).__name__, repr(x.__module__))
    except AttributeError as e: print(type(x).__name__, 'AE', e)
