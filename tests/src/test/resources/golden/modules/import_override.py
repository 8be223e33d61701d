# Replacing builtins.__import__, objects other than modules in sys.modules, and __import__'s fromlist and level.
import builtins
import os
import sys
import tempfile

base = tempfile.mkdtemp()
os.makedirs(os.path.join(base, "ovpkg", "sub"))
with open(os.path.join(base, "ovpkg", "__init__.py"), "w") as f:
    f.write("X = 1\n")
with open(os.path.join(base, "ovpkg", "sub", "__init__.py"), "w") as f:
    f.write("Y = 2\n__all__ = ['Y', 'leaf']\n")
with open(os.path.join(base, "ovpkg", "sub", "leaf.py"), "w") as f:
    f.write("Z = 3\n")
with open(os.path.join(base, "ovpkg", "other.py"), "w") as f:
    f.write("W = 4\n")
sys.path.insert(0, base)

print("== __import__ ==")
m = __import__("ovpkg.sub.leaf")
print(m.__name__)
m = __import__("ovpkg.sub.leaf", fromlist=["Z"])
print(m.__name__)
m = __import__("ovpkg", fromlist=["other", "not_there"])
print(m.__name__, m.other.W, hasattr(m, "not_there"))
m = __import__("ovpkg.sub", globals(), None, ["*"], 0)
print(m.__name__, m.leaf.Z)
cases = [
    (1,),
    ("",),
    ("x", None, None, None, -1),
    ("x", None, None, None, 1),
    ("x", {}, None, None, 1),
    ("x", {"__package__": "ovpkg"}, None, [], 5),
    ("leaf", {"__package__": "ovpkg.sub"}, None, None, 1),
    ("sub.leaf", {"__name__": "ovpkg.other"}, None, None, 1),
    ("sub.leaf", {"__name__": "ovpkg.other"}, None, ["Z"], 1),
    ("", {"__package__": "ovpkg.sub"}, None, None, 2),
    ("x", {"__package__": 3}, None, None, 1),
    ("x", 5, None, None, 1),
    ("ovpkg", None, None, [1], 0),
]
for args in cases:
    try:
        r = __import__(*args)
        print(args[0], "->", getattr(r, "__name__", r))
    except Exception as e:
        print(args[0], "->", type(e).__name__, e)

print("== sys.modules entries ==")
sys.modules["halted"] = None
try:
    import halted
except ImportError as e:
    print(type(e).__name__, e, e.name)


class Instance:
    def __init__(self, value):
        self.value = value

    def meth(self):
        return self.value


sys.modules["fake"] = Instance(5)
import fake
print(type(fake).__name__, fake.meth())
from fake import meth, value
print(meth(), value)
try:
    from fake import missing
except ImportError as e:
    print(e)
sys.modules["num"] = 42
import num
print(num, num.real)
import ovpkg.sub.leaf as leaf
print(leaf.Z)

print("== from ... import * of objects ==")


class AsModule:
    x = "class x"
    _hidden = "hidden"

    def __init__(self):
        self.x = "instance x"


sys.modules["star"] = AsModule
from star import *
print(x)
sys.modules["star"] = AsModule()
from star import *
print(x)


class WithAll:
    __all__ = ("y",)
    x = "b1"
    y = "b2"


x = None
sys.modules["star"] = WithAll
from star import *
print(x, y)
sys.modules["star"] = 1
try:
    from star import *
except ImportError as e:
    print(type(e).__name__, e)


class BadAll:
    __all__ = ("y", 3)
    __name__ = "badall"
    y = 1


sys.modules["star"] = BadAll
try:
    from star import *
except TypeError as e:
    print(e)

print("== replacing builtins.__import__ ==")
original = builtins.__import__
calls = []


def recording(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, type(globals).__name__, type(locals).__name__, fromlist, level))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = recording
import ovpkg.sub.leaf as leaf2
from ovpkg import other
from ovpkg.sub import *
import os.path


def in_function():
    import ovpkg
    from ovpkg import sub
    return sub


in_function()
builtins.__import__ = original
for call in calls:
    print(call)
print(leaf2.Z, Y, other.W)


def fake_import(name, globals, locals, fromlist, level):
    print("import", name, fromlist, level)

    class M:
        a = 1
        b = 2
    return M


builtins.__import__ = fake_import
import a
import a.b
from a import a
from a.b import a, b
from .a import a
from ..a import a, b
builtins.__import__ = original
print(a, b)

del builtins.__import__
try:
    import json
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = original
import json
print(json.__name__)
