# A bound method reads its function's attributes through the function, and the function's AttributeError is the one
# raised (CPython's method_getattro); the method type itself has no __name__/__qualname__.
import types
def f(): pass
class A: g = f
try: A().g.x
except AttributeError as e: print(e)
print(hasattr(A().g, "x"), getattr(A().g, "x", "dflt"), A().g.__name__)
class Callable:
    def __init__(self): self.name_calls = 0
    def __call__(self, *args): pass
    def __getattribute__(self, name):
        if name == "__name__":
            calls = object.__getattribute__(self, "name_calls")
            object.__setattr__(self, "name_calls", calls + 1)
            if calls == 0:
                raise AttributeError("first lookup failure")
            return "fallback-name"
        return object.__getattribute__(self, name)
func = Callable()
method = types.MethodType(func, object())
try: method.__name__
except AttributeError as e: print("AttributeError:", e)
print(func.name_calls, method.__name__, func.name_calls)
class A:
    def f(self): "doc"
m = A().f
print(m.__name__, m.__qualname__, m.__doc__, m.__module__, "__name__" in dir(m))
print(types.MethodType.__dict__.get("__name__"))
