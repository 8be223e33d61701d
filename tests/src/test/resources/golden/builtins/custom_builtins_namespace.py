# Code run with a __builtins__ of its own (the restricted-evaluator idiom) sees those builtins, not the real ones.
import builtins
from types import ModuleType, SimpleNamespace


def attempt(source, namespace, *rest):
    try:
        print(repr(eval(source, namespace, *rest)))
    except Exception as e:
        print(type(e).__name__, e)


attempt("len([1, 2])", {"__builtins__": {}})
attempt("abs(-2)", {"__builtins__": {"abs": lambda x: "mine"}})
attempt("abs(-2)", {"__builtins__": None})
attempt("1 + 1", {"__builtins__": None})
attempt("x * 2", {"__builtins__": {}, "x": 21})
attempt("min(4, 3)", {"__builtins__": builtins})
attempt("max(4, 3)", {"__builtins__": builtins.__dict__})

# a module as __builtins__ stands for its globals
fake = ModuleType("fake")
fake.len = lambda s: -1
attempt("len('abc')", {"__builtins__": fake})

# functions defined there keep seeing the same builtins, read on every call
table = {"bar": -8}
namespace = {"__builtins__": table}
exec("def get_bar():\n    return bar", namespace)
print(namespace["get_bar"]())
table["bar"] = 9
print(namespace["get_bar"]())
del table["bar"]
try:
    namespace["get_bar"]()
except NameError as e:
    print("NameError", e)
print(namespace["get_bar"].__builtins__ is table)

# a mapping that is not a dict, used through __getitem__
class Lookup:
    def __getitem__(self, key):
        if key == "answer":
            return 42
        raise KeyError(key)

attempt("answer", {"__builtins__": Lookup()})
attempt("question", {"__builtins__": Lookup()})

# globals without __builtins__ get the real ones added
g = {}
exec("y = len('ab')", g)
print(g["y"], g["__builtins__"] is builtins.__dict__)


# import statements call the __import__ of the frame's builtins
def my_import(name, globals=None, locals=None, fromlist=(), level=0):
    return SimpleNamespace(baz=42, bam=(name, fromlist, level))

custom = ModuleType("builtins")
custom.__import__ = my_import
g = {"__builtins__": custom}
exec("from ..foo.bar import baz, bam\nimport alpha.beta", g)
print(g["baz"], g["bam"], g["alpha"])
try:
    exec("import foo", {"__builtins__": ModuleType("empty")})
except ImportError as e:
    print("ImportError", e)


# from-import-* binds into exec's locals mapping, skips private names, honours __all__
def star_import(name, globals=None, locals=None, fromlist=(), level=0):
    m = ModuleType("m")
    m.foo, m._bar, m.baz_ = 1, 2, 3
    return m

class Recording(dict):
    def __init__(self):
        self.keys_set = []

    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value)
        self.keys_set.append(key)

star = ModuleType("builtins")
star.__import__ = star_import
g, l = {"__builtins__": star}, Recording()
exec("from m import *", g, l)
print(sorted(l.keys_set), "foo" in g)


def keys_import(name, globals=None, locals=None, fromlist=(), level=0):
    class Names:
        def keys(self):
            return ["foo", "_bar", "baz_"]

    class M:
        __dict__ = Names()

        def __getattr__(self, key):
            if key == "__all__":
                raise AttributeError
            return f"value for {key}"

    return M()

star.__import__ = keys_import
g = {"__builtins__": star}
exec("from m import *", g)
print(g["foo"], g["baz_"], "_bar" in g)


def dictless_import(name, globals=None, locals=None, fromlist=(), level=0):
    class C:
        def __getattribute__(self, key):
            if key == "__dict__":
                raise AttributeError
            return object.__getattribute__(self, key)

    return C()

star.__import__ = dictless_import
try:
    exec("from m import *", {"__builtins__": star})
except ImportError as e:
    print("ImportError", e)
