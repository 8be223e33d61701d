# importlib agrees with the modules' own metadata: find_spec, spec_from_file_location, module_from_spec,
# ModuleSpec, the loaders and importers
import importlib
import importlib.machinery as machinery
import importlib.util as util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def show(value):
    text = repr(value).replace(HERE, "HERE")
    while " at 0x" in text:
        start = text.index(" at 0x")
        text = text[:start] + " at ADDR" + text[text.index(">", start):]
    return text


spec = util.find_spec("_specmod")
print(show(spec), type(spec) is machinery.ModuleSpec, spec == util.find_spec("_specmod"))
print(spec.has_location, show(spec.cached), spec.parent == "", "_specmod" in sys.modules)
module = util.module_from_spec(spec)
print([key for key in vars(module)], module.__spec__ is spec, module.__loader__ is spec.loader)
spec.loader.exec_module(module)
print(module.VALUE, [key for key in vars(module)][-2:])

import _specpkg.sub
print(util.find_spec("_specpkg.sub") is _specpkg.sub.__spec__, util.find_spec("_specpkg") is _specpkg.__spec__)
print(importlib.import_module("_specpkg.sub") is _specpkg.sub, importlib.import_module(".sub", "_specpkg").__spec__.parent)
print(util.find_spec("sys") is sys.__spec__, util.find_spec("no_such_module_here"), util.find_spec("_specpkg.nope"))

location = os.path.join(HERE, "_specpkg", "__init__.py")
spec = util.spec_from_file_location("alias", location, submodule_search_locations=[])
print(show(spec), spec.parent, spec.has_location)
package = util.module_from_spec(spec)
print([key for key in vars(package)], show(package.__path__), show(package.__cached__))
print(show(util.spec_from_file_location("rel", "_specmod.py").origin))
print(util.spec_from_file_location("data", "/tmp/x.txt"))

plain = machinery.ModuleSpec("a.b", None)
print(plain, plain.parent, plain.has_location, plain.cached, plain.submodule_search_locations)
print(sorted(vars(plain)))
package_spec = machinery.ModuleSpec("a.b", "LOADER", origin="somewhere", is_package=True)
print(package_spec, package_spec.parent, package_spec == machinery.ModuleSpec("a.b", "LOADER", origin="somewhere", is_package=True))
print(package_spec == plain, package_spec == "x")
print(show(util.module_from_spec(package_spec)))
plain.has_location = 1
print(plain.has_location, plain.cached)
plain.cached = "/c.pyc"
print(plain.cached)

loader = machinery.SourceFileLoader("m", "/x/m.py")
print(loader == machinery.SourceFileLoader("m", "/x/m.py"), loader == machinery.SourceFileLoader("m", "/y.py"))
print(hash(loader) == hash(machinery.SourceFileLoader("m", "/x/m.py")), loader.get_filename("m"), loader.is_package("m"))
print(machinery.SourceFileLoader("p", "/x/p/__init__.py").is_package("p"), sorted(vars(loader)))
print(machinery.BuiltinImporter.find_spec("sys"), machinery.BuiltinImporter.find_spec("_specmod"))
print(machinery.BuiltinImporter.is_package("sys"), machinery.BuiltinImporter.get_source("sys"))
print(machinery.FrozenImporter.find_spec("os"), machinery.FrozenImporter.find_spec("json"))
print(machinery.FrozenImporter.is_package("os"), machinery.FrozenImporter.is_package("__phello__"))
try:
    machinery.FrozenImporter.is_package("json")
except ImportError as e:
    print("ImportError", e, e.name)
print(machinery.SOURCE_SUFFIXES, machinery.BYTECODE_SUFFIXES)
print(util.cache_from_source("/p/q.py"), util.source_from_cache("/p/__pycache__/q.cpython-312.pyc"))
for bad in ("/p/q.pyc", "/p/__pycache__/q.pyc"):
    try:
        util.source_from_cache(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    util.find_spec("_specmod.x")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
sys.modules["_fake"] = type(sys)("_fake")
try:
    util.find_spec("_fake")
except ValueError as e:
    print("ValueError", e)
