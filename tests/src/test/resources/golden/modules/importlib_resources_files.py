# importlib.resources.files() and as_file(): packages on disk (pathlib.Path), modules that are not packages,
# namespace packages (MultiplexedPath), builtin modules (no reader), the anchor argument and its errors
import importlib.resources as resources
import os
import pathlib
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def show(value):
    text = repr(value).replace(HERE, "HERE")
    while " at 0x" in text:
        start = text.index(" at 0x")
        text = text[:start] + " at ADDR" + text[text.index(">", start):]
    return text


def attempt(function, *args, **kwargs):
    try:
        return show(function(*args, **kwargs))
    except Exception as e:
        return f"{type(e).__name__}: {show(str(e))}"


root = resources.files("_resdata")
print(show(root), type(root).__name__, isinstance(root, resources.abc.Traversable))
print(root.is_dir(), root.is_file(), root.name)
print(sorted(p.name for p in root.iterdir() if p.name != "__pycache__"))
data = root / "data.txt"
print(show(data), data.is_file(), data.read_text(), data.read_bytes())
print(root.joinpath("sub", "inner.txt").read_text(), root.joinpath("sub/deeper.txt").read_text())
print((root / "latin.txt").read_text(encoding="latin-1"), attempt((root / "latin.txt").read_text, encoding="utf-8"))
with (root / "bin.dat").open("rb") as stream:
    print(stream.read())
with data.open() as stream:
    print(stream.readline())
print(attempt((root / "missing.txt").read_bytes))
print(attempt((root / "sub").read_text))

import _resdata
print(resources.files(_resdata) == root, show(_resdata.own_files()))
print(show(resources.files("_resdata.subpkg")), show(resources.files("_resdata.module")))
print(show(resources.files(anchor="_resdata")))

print("-- anchors")
print(attempt(resources.files, "_no_such_package"))
print(attempt(resources.files, 3))
print(attempt(resources.files))
print(attempt(resources.files, "_resdata", "data.txt"))
print(attempt(resources.files, "_resdata", package="x"))
print(attempt(resources.files, wrong="x"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(show(resources.files(package="_resdata")))
for warning in caught:
    print(warning.category.__name__, warning.message, warning.filename == __file__)

print("-- namespace packages")
ns = resources.files("_nsdemo")
print(type(ns).__name__, show(ns), ns.is_dir(), ns.is_file(), ns.name)
print([p.name for p in ns.iterdir()])
print(show(ns / "inner"), show(ns / "inner" / "leaf.py"), (ns / "inner" / "leaf.py").is_file())
print(show(ns / "missing" / "x"))
print(attempt(ns.read_bytes), attempt(ns.read_text), attempt(ns.open))
from importlib.resources.readers import MultiplexedPath, NamespaceReader, FileReader
two = MultiplexedPath(os.path.join(HERE, "_resdata"), os.path.join(HERE, "_walkpkg"), os.path.join(HERE, "_resdata"))
print(show(two), two.name)
print([show(p) for p in two.iterdir() if p.name != "__pycache__"])
print(attempt(MultiplexedPath))
print(attempt(MultiplexedPath, os.path.join(HERE, "_resdata", "data.txt")))
print(attempt(NamespaceReader, [HERE]))

print("-- builtin and frozen modules")
spec_path = resources.files("sys")
print(type(spec_path).__name__, spec_path.name, spec_path.is_dir(), spec_path.is_file(), list(spec_path.iterdir()))
orphan = spec_path / "x"
print(type(orphan).__name__, orphan.name, orphan.is_file(), list(orphan.iterdir()), (orphan / "y").name)
print(attempt(orphan.open), attempt(orphan.read_bytes))
print(attempt(spec_path.open))
print(type(resources.files("itertools")).__name__)

print("-- as_file")
with resources.as_file(data) as path:
    print(path is data, show(path))
missing = root / "missing.txt"
with resources.as_file(missing) as path:
    print(show(path), path.exists())
from importlib.resources._adapters import CompatibilityFiles
print(attempt(lambda: resources.as_file(orphan).__enter__()))

print("-- readers")
reader = _resdata.__spec__.loader.get_resource_reader("_resdata")
print(type(reader).__name__, show(reader.files()), show(reader.path))
print(show(reader.resource_path("data.txt")), reader.is_resource("data.txt"), reader.is_resource("sub"))
print(sorted(name for name in reader.contents() if name != "__pycache__"))
with reader.open_resource("data.txt") as stream:
    print(stream.read())
print(type(sys.modules["_nsdemo"].__spec__.loader.get_resource_reader("_nsdemo")).__name__)
