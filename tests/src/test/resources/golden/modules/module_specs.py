# The import system's metadata on modules: __spec__, __loader__, __cached__ and their order in the module's __dict__,
# for modules and packages from files, builtin and frozen modules, bundled packages and namespace packages
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def show(value):
    text = repr(value).replace(HERE, "HERE")
    while " at 0x" in text:
        start = text.index(" at 0x")
        end = text.index(">", start)
        text = text[:start] + " at ADDR" + text[end:]
    return text


import _specmod
import _specpkg
import _specpkg.sub

for module in (_specmod, _specpkg, _specpkg.sub):
    spec = module.__spec__
    print(module.__name__, [key for key in vars(module) if key.startswith("__")])
    print("  spec:", show(spec))
    print("  name/parent:", spec.name, repr(spec.parent), "has_location:", spec.has_location)
    print("  origin:", show(spec.origin), "locations:", show(spec.submodule_search_locations))
    print("  cached:", show(spec.cached), show(module.__cached__), spec.cached == module.__cached__)
    print("  loader:", show(module.__loader__), module.__loader__ is spec.loader, type(module.__loader__).__name__)
    print("  loader name/path:", module.__loader__.name, show(module.__loader__.path))
    print("  is_package:", module.__loader__.is_package(module.__name__), module.__loader__.get_filename() == module.__file__)
    print("  source:", module.__loader__.get_source(module.__name__).strip())
    print("  __path__ is locations:", getattr(module, "__path__", None) is spec.submodule_search_locations)

# builtin modules: BuiltinImporter, origin 'built-in'
import builtins
for module in (sys, builtins):
    print(module.__name__, show(module.__spec__), show(module.__loader__), repr(module.__package__))
    print("  keys:", list(vars(module))[:5], module.__spec__.parent == "", module.__spec__.has_location, module.__spec__.cached)
print(sys.__loader__.is_package("sys"), sys.__loader__.get_source("sys"), sys.__loader__.find_spec("sys") == sys.__spec__)

# frozen modules: FrozenImporter, origin 'frozen', no __cached__
import os, abc, stat
for module in (os, abc, stat):
    print(module.__name__, show(module.__spec__), show(module.__loader__), "__cached__" in vars(module))
    print("  keys:", [key for key in vars(module) if key.startswith("__") and key != "__all__"][:7])

# a bundled package (a source file in CPython)
import json
import json.decoder
keys = list(vars(json))
print("json", keys[:keys.index("__builtins__") + 1])
print("  ", type(json.__loader__).__name__, json.__spec__.origin == json.__file__, json.__spec__.parent,
      json.__spec__.submodule_search_locations is json.__path__, json.__spec__.has_location)
print("  ", json.__cached__.endswith("__pycache__/__init__.cpython-312.pyc"), json.decoder.__spec__.parent)
print("   decoder cached:", json.decoder.__cached__.endswith("json/__pycache__/decoder.cpython-312.pyc"))

# a module made by the program has no spec
import types
made = types.ModuleType("made")
print(list(vars(made)), made.__spec__, made.__loader__, made.__package__)

# the cache tag the cached paths use
print(sys.implementation.cache_tag)
import importlib.util
print(importlib.util.cache_from_source("/a/b/c.py"), importlib.util.source_from_cache("/a/b/__pycache__/c.cpython-312.pyc"))
try:
    importlib.util.source_from_cache("/a/b/c.cpython-312.pyc")
except ValueError as e:
    print("ValueError", e)
