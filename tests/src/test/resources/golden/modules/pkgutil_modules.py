# pkgutil: iter_modules over directories and packages, walk_packages (imports, onerror), ModuleInfo, get_importer,
# iter_importers, extend_path
import os
import pkgutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.join(HERE, "_walkpkg")


def show(value):
    return repr(value).replace(HERE, "HERE")


print(pkgutil.ModuleInfo.__doc__, pkgutil.ModuleInfo._fields)
infos = list(pkgutil.iter_modules([PKG]))
for info in infos:
    print(show(info))
info = infos[0]
print(type(info).__name__, info.name, info.ispkg, show(info.module_finder), info == (info[0], info[1], info[2]))
print([(i.name, i.ispkg) for i in pkgutil.iter_modules([PKG], prefix="_walkpkg.")])
print([i.name for i in pkgutil.iter_modules([PKG, os.path.join(PKG, "b"), PKG])])
print([i.name for i in pkgutil.iter_modules([os.path.join(HERE, "no_such_dir"), os.path.join(PKG, "data.txt")])])
print([i.name for i in pkgutil.iter_modules((p for p in [os.path.join(PKG, "b")]))])
try:
    list(pkgutil.iter_modules(PKG))
except ValueError as e:
    print("ValueError:", e)
top = {i.name: i for i in pkgutil.iter_modules()}
print("_walkpkg" in top, top["_walkpkg"].ispkg, "_specmod" in top, top["_specmod"].ispkg, "_nsdemo" in top)
print(show(top["_walkpkg"].module_finder))

print("-- walk_packages")
import _walkpkg
errors = []
for info in pkgutil.walk_packages(_walkpkg.__path__, "_walkpkg.", onerror=errors.append):
    print(info.name, info.ispkg)
print("errors:", errors, "_walkpkg.bad" in sys.modules, "_walkpkg.broken" in sys.modules)
try:
    for info in pkgutil.walk_packages(_walkpkg.__path__, "_walkpkg."):
        print(info.name)
except ValueError as e:
    print("ValueError:", e)


def raising_onerror(name):
    raise RuntimeError("onerror for " + name)


try:
    print([i.name for i in pkgutil.walk_packages(_walkpkg.__path__, "_walkpkg.", onerror=raising_onerror)])
except RuntimeError as e:
    print("RuntimeError:", e)
print([i.name for i in pkgutil.walk_packages([os.path.join(PKG, "b")])])

print("-- get_importer, iter_importers")
finder = pkgutil.get_importer(PKG)
print(show(finder), type(finder).__name__, pkgutil.get_importer(PKG) is finder, show(finder.path))
print(pkgutil.get_importer(os.path.join(HERE, "no_such_dir")), pkgutil.get_importer(os.path.join(PKG, "data.txt")))
print(show(pkgutil.get_importer(PKG.encode())))
print([show(i) for i in pkgutil.iter_importers("_walkpkg.a")])
print([show(i) for i in pkgutil.iter_importers("_walkpkg.b.c")])
print(list(pkgutil.iter_importers("_specmod.x")))
try:
    list(pkgutil.iter_importers(".relative"))
except ImportError as e:
    print("ImportError:", e)
try:
    list(pkgutil.iter_importers("_no_such_package.x"))
except ImportError as e:
    print(type(e).__name__, e)
importers = list(pkgutil.iter_importers())
print([getattr(i, "__name__", None) for i in importers[:3]], show(importers[3]) == "FileFinder('HERE')")

print("-- extend_path")
print(pkgutil.extend_path("not a list", "_walkpkg"))
print([show(p) for p in pkgutil.extend_path([], "_walkpkg")])
print([show(p) for p in pkgutil.extend_path(["x"], "_nsdemo")])
print([show(p) for p in pkgutil.extend_path(["x"], "_walkpkg.b")])
print(pkgutil.extend_path(["y"], "_no_parent.child"))
print([show(p) for p in pkgutil.extend_path([], "no_such_name_anywhere")])
print(pkgutil.get_importer("").path == os.getcwd(), pkgutil.get_importer(".").path == os.getcwd())
