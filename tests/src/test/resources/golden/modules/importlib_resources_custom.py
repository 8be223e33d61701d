# importlib.resources with readers a program writes: a Traversable of its own (as_file copies it to a temporary
# file or directory), a loader with a pre-files() ResourceReader (CompatibilityFiles), TraversableResources and
# importlib.resources.simple's TraversableReader
import importlib.resources as resources
import importlib.util
import io
import os
import sys
from importlib.resources.abc import ResourceReader, Traversable, TraversableResources, TraversalError
from importlib.resources.simple import SimpleReader, TraversableReader, ResourceContainer, ResourceHandle


class MemoryPath(Traversable):
    """A tree of files kept in dicts."""

    def __init__(self, name, tree):
        self._name = name
        self._tree = tree

    @property
    def name(self):
        return self._name

    def iterdir(self):
        if not isinstance(self._tree, dict):
            raise NotADirectoryError(self._name)
        return iter([MemoryPath(name, value) for name, value in self._tree.items()])

    def is_dir(self):
        return isinstance(self._tree, dict)

    def is_file(self):
        return isinstance(self._tree, bytes)

    def open(self, mode="r", *args, **kwargs):
        if not self.is_file():
            raise IsADirectoryError(self._name)
        stream = io.BytesIO(self._tree)
        return stream if mode == "rb" else io.TextIOWrapper(stream, *args, **kwargs)


tree = MemoryPath("top", {"a.txt": b"alpha\n", "d": {"b.txt": b"beta", "e": {"c.bin": b"\x00\x01"}}})
print(tree.read_bytes.__qualname__, (tree / "a.txt").read_text(), (tree / "a.txt").read_bytes())
print((tree / "d" / "b.txt").read_text(encoding="ascii"), tree.joinpath("d/e/c.bin").read_bytes(), tree.joinpath() is tree)
print(tree.joinpath("d", "e", "c.bin").name, isinstance(tree, Traversable), isinstance(3, Traversable))
try:
    tree.joinpath("d/missing/x")
except TraversalError as e:
    print("TraversalError", e.args)
with resources.as_file(tree / "a.txt") as path:
    print(type(path).__name__, path.name.endswith("a.txt"), path.read_bytes(), os.path.dirname(str(path)) != "")
    kept = path
print(kept.exists())
with resources.as_file(tree / "d") as path:
    print(type(path).__name__, path.name, sorted(p.name for p in path.iterdir()), (path / "e" / "c.bin").read_bytes())
    kept = path
print(kept.exists())


class OldReader(ResourceReader):
    """A reader from before files(): contents, open_resource, is_resource, resource_path."""

    data = {"one.txt": b"first", "two.txt": b"second"}

    def open_resource(self, resource):
        if resource not in self.data:
            raise FileNotFoundError(resource)
        return io.BytesIO(self.data[resource])

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return path in self.data

    def contents(self):
        return iter(self.data)


class MemoryLoader:
    def __init__(self, reader):
        self.reader = reader

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def get_resource_reader(self, name):
        return self.reader


def make_module(name, reader):
    spec = importlib.util.spec_from_loader(name, MemoryLoader(reader), is_package=True)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    return module


old = make_module("old_style", OldReader())
files = resources.files("old_style")
print(type(files).__name__, files.name, files.is_dir(), [(p.name, p.is_file(), p.is_dir()) for p in files.iterdir()])
child = files / "one.txt"
print(type(child).__name__, child.read_bytes(), child.read_text(), list(child.iterdir()))
print(type(child / "x").__name__, (child / "x").name, (files / "nope").is_file())
try:
    (files / "nope").read_bytes()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    child.open("w")
except ValueError as e:
    print("ValueError", e)
with resources.as_file(child) as path:
    print(path.read_bytes())
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
print(resources.read_text(old, "two.txt"), resources.contents(old), resources.is_resource(old, "one.txt"))
print(resources.is_resource(old, "three.txt"))


class TreeResources(TraversableResources):
    def files(self):
        return tree


new = make_module("new_style", TreeResources())
print(resources.files(new) is tree, resources.read_text(new, "a.txt"), resources.is_resource(new, "d"))
reader = TreeResources()
print(reader.is_resource("a.txt"), sorted(reader.contents()), reader.open_resource("a.txt").read())
try:
    reader.resource_path("a.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    TraversableResources()
except TypeError as e:
    print("TypeError", e)


class Simple(TraversableReader):
    def __init__(self, package, files, children=()):
        self._package = package
        self._files = files
        self._children = children

    @property
    def package(self):
        return self._package

    def children(self):
        return list(self._children)

    @property
    def resources(self):
        return list(self._files)

    def open_binary(self, resource):
        return io.BytesIO(self._files[resource])


simple = Simple("pkg.data", {"x.txt": b"ex"}, [Simple("pkg.data.inner", {"y.txt": b"why"})])
print(simple.name, simple.resources, [c.name for c in simple.children()], simple.open_binary("x.txt").read())
# CPython 3.12's ResourceContainer and ResourceHandle leave Traversable.name abstract: they cannot be made
for make in (simple.files, lambda: ResourceHandle(None, "x.txt"), lambda: ResourceContainer(simple)):
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
