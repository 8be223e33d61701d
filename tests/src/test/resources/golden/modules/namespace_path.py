# A namespace package's __path__ is a _NamespacePath (PEP 420), its spec has no origin and a NamespaceLoader
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)
import _nsdemo
import _nsdemo.inner.leaf

path = _nsdemo.__path__
print(repr(path).replace(HERE, "HERE"), type(path).__name__, type(path).__module__)
print(len(path), os.path.join(HERE, "_nsdemo") in path, "/nowhere" in path, [p.replace(HERE, "HERE") for p in path])
print(path[0].replace(HERE, "HERE"), list(path) == [os.path.join(HERE, "_nsdemo")])
spec = _nsdemo.__spec__
print(spec.name, spec.origin, spec.parent, spec.has_location, spec.cached, spec.submodule_search_locations is path)
print(type(spec.loader).__name__, type(spec.loader).__module__, spec.loader is _nsdemo.__loader__)
print(spec.loader.is_package("_nsdemo"), repr(spec.loader.get_source("_nsdemo")))
print([key for key in vars(_nsdemo)], _nsdemo.__file__)
inner = _nsdemo.inner
print(type(inner.__path__).__name__, repr(inner.__path__).replace(HERE, "HERE"), inner.__spec__.parent)
print(_nsdemo.inner.leaf.__spec__.parent, _nsdemo.inner.leaf.__package__)
print(repr(_nsdemo.__spec__).replace(HERE, "HERE").split(", loader=")[0])

import importlib.util
print(importlib.util.find_spec("_nsdemo") is spec)
