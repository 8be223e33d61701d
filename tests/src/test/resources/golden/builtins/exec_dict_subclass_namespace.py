# exec/eval with a dict subclass as the namespace: names go through its __getitem__/__setitem__ (CPython's
# LOAD_NAME/STORE_NAME), and __missing__ can supply globals that functions read


class LengthDict(dict):
    def __getitem__(self, k):
        return len(k)


print(eval("a + word", LengthDict()))


class Doubling(dict):
    def __missing__(self, k):
        return k * 2


print(eval("ab", Doubling()))
d = Doubling()
exec("def f():\n    return zz\nr = f()", d)
print(d["r"])


class Logging(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)


g = Logging()
exec("x = 1\ndef f(): return x + 1\ny = f()\nclass C: pass\nimport os\nfor i in range(2): pass", g)
print(g["y"], sorted(k for k in g if k != "__builtins__"))

try:
    exec("print(undefined_name)", Logging())
except NameError as e:
    print("NameError", e)


class Mapping:
    def __getitem__(self, k):
        if k == "q":
            return 5
        raise KeyError(k)


print(eval("q + len('x')", {}, Mapping()))

# a module whose __name__ is gone or not a str: its AttributeError names no module
import types

m = types.ModuleType("mymod")
for name in ("mymod", None, 1):
    if name is None:
        del m.__name__
    elif name == 1:
        m.__name__ = 1
    try:
        m.missing
    except AttributeError as e:
        print(e)
