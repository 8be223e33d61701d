# PEP 420: a directory without __init__.py is a namespace package; a module may replace itself in sys.modules, and a
# ModuleType subclass's __getattr__ answers for names the module lacks
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _nsdemo
import _nsdemo.inner.leaf
from _nsdemo.inner import leaf

print(repr(_nsdemo).replace(os.path.dirname(os.path.abspath(__file__)), "HERE"))
print(_nsdemo.__file__, _nsdemo.__package__, [os.path.basename(p) for p in _nsdemo.__path__])
print(_nsdemo.inner.leaf.VALUE, leaf is _nsdemo.inner.leaf, leaf.__name__, _nsdemo.inner.__name__)
try:
    import _nsdemo.missing
except ModuleNotFoundError as e:
    print(e)

import types


class Lazy(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(name)


m = Lazy("lazy")
m.real = 1
print(m.real, m.xy)
try:
    m.other
except AttributeError as e:
    print("AttributeError", e)
sys.modules["_selfreplaced"] = m
import _selfreplaced

print(_selfreplaced is m, _selfreplaced.xz)
