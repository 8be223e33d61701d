# importlib.abc: the finder and loader ABCs, the import system's classes registered with them, loaders written on
# them (InspectLoader, SourceLoader, FileLoader), the deprecated resource names; importlib.machinery's FileFinder
# and PathFinder; importlib.readers/simple
import importlib
import importlib.abc as abc
import importlib.machinery as machinery
import importlib.util
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def show(value):
    text = repr(value).replace(HERE, "HERE")
    while " at 0x" in text:
        start = text.index(" at 0x")
        text = text[:start] + " at ADDR" + text[text.index(">", start):]
    return text


print(sorted(abc.__all__))
for name in ["MetaPathFinder", "PathEntryFinder", "Loader", "ResourceLoader", "InspectLoader", "ExecutionLoader",
             "FileLoader", "SourceLoader"]:
    cls = getattr(abc, name)
    print(name, [base.__name__ for base in cls.__mro__[1:]], sorted(getattr(cls, "__abstractmethods__", ())))
print(issubclass(machinery.BuiltinImporter, abc.MetaPathFinder), issubclass(machinery.FrozenImporter, abc.InspectLoader))
print(issubclass(machinery.PathFinder, abc.MetaPathFinder), issubclass(machinery.FileFinder, abc.PathEntryFinder))
print(issubclass(machinery.SourceFileLoader, abc.FileLoader), issubclass(machinery.SourceFileLoader, abc.SourceLoader))
print(issubclass(machinery.SourceFileLoader, abc.ResourceLoader), issubclass(machinery.NamespaceLoader, abc.InspectLoader))
print(isinstance(sys.__spec__.loader, abc.Loader), isinstance(os.__loader__, abc.Loader))
print(issubclass(machinery.BuiltinImporter, abc.PathEntryFinder), issubclass(int, abc.Loader))


class StringLoader(abc.InspectLoader):
    sources = {"virtual_one": "X = 40 + 2\nNAME = __name__\n", "virtual_none": None}

    def get_source(self, fullname):
        if fullname not in self.sources:
            raise ImportError(fullname)
        return self.sources[fullname]

    def is_package(self, fullname):
        return False


loader = StringLoader()
print(loader.create_module(None), type(loader.get_code("virtual_one")).__name__, loader.get_code("virtual_none"))
spec = importlib.util.spec_from_loader("virtual_one", loader)
module = importlib.util.module_from_spec(spec)
loader.exec_module(module)
print(module.X, module.NAME, module.__loader__ is loader)
try:
    loader.exec_module(importlib.util.module_from_spec(importlib.util.spec_from_loader("virtual_none", loader)))
except ImportError as e:
    print("ImportError", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loaded = loader.load_module("virtual_one")
print(loaded.X, sys.modules["virtual_one"] is loaded, [str(w.message) for w in caught])
code = abc.InspectLoader.source_to_code("Y = 1")
print(type(code).__name__, code.co_filename)
try:
    abc.InspectLoader()
except TypeError as e:
    print("TypeError", e)
try:
    abc.Loader().load_module("x")
except ImportError as e:
    print("ImportError", repr(e))
for method, args in [(abc.InspectLoader.is_package, ("x",)), (abc.ExecutionLoader.get_filename, ("x",)),
                     (abc.ResourceLoader.get_data, ("p",)), (abc.InspectLoader.get_source, ("x",))]:
    try:
        method(loader, *args)
    except (ImportError, OSError) as e:
        print(method.__qualname__, type(e).__name__)
print(abc.MetaPathFinder.invalidate_caches(None), abc.PathEntryFinder.invalidate_caches(None))


class DataFileLoader(abc.FileLoader, abc.SourceLoader):
    pass


path = os.path.join(HERE, "_resdata", "module.py")
file_loader = DataFileLoader("_resdata_alias", path)
print(show(file_loader.get_filename("_resdata_alias")), file_loader.get_data(path))
print(file_loader.get_source("_resdata_alias"), file_loader.is_package("_resdata_alias"))
print(file_loader == DataFileLoader("_resdata_alias", path), hash(file_loader) == hash(DataFileLoader("_resdata_alias", path)))
try:
    file_loader.get_filename("other")
except ImportError as e:
    print("ImportError", e, e.name)
alias = importlib.util.module_from_spec(importlib.util.spec_from_file_location("_resdata_alias", path, loader=file_loader))
file_loader.exec_module(alias)
print(alias.NAME, show(alias.__file__))
print(type(file_loader.get_resource_reader("_resdata_alias")).__name__)
try:
    file_loader.path_mtime(path)
except OSError as e:
    print("OSError", repr(e))
print(file_loader.set_data(path, b""))

print("-- deprecated names")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(abc.Traversable, abc.TraversableResources, abc.ResourceReader)
    print(abc.Traversable)
print([str(w.message) for w in caught])
try:
    abc.NoSuchName
except AttributeError as e:
    print("AttributeError", e)

print("-- FileFinder, PathFinder")
finder = machinery.FileFinder(HERE, (machinery.SourceFileLoader, machinery.SOURCE_SUFFIXES))
print(show(finder), show(finder.path), finder.invalidate_caches())
print(show(finder.find_spec("_specmod")))
print(show(finder.find_spec("_resdata")))
print(show(finder.find_spec("_nsdemo")), finder.find_spec("_no_such"))
print(show(finder.find_spec("anything._specmod")))
print(show(machinery.FileFinder(HERE).find_spec("_specmod")), show(machinery.FileFinder(HERE).find_spec("_resdata")))
print(show(machinery.FileFinder(".").path) == show(os.getcwd()), show(machinery.FileFinder("").path) == show(os.getcwd()))
hook = machinery.FileFinder.path_hook((machinery.SourceFileLoader, [".py"]))
print(hook.__name__, hook.__qualname__, show(hook(HERE)))
try:
    hook(os.path.join(HERE, "_specmod.py"))
except ImportError as e:
    print("ImportError", e, show(e.path))
print(show(machinery.PathFinder.find_spec("_specmod")), show(machinery.PathFinder.find_spec("_resdata.module", [os.path.join(HERE, "_resdata")])))
print(machinery.PathFinder.find_spec("_no_such_at_all"), machinery.PathFinder.find_spec("_specmod", []))
ns = machinery.PathFinder.find_spec("_nsdemo")
print(ns.name, ns.origin, type(ns.loader).__name__, show(list(ns.submodule_search_locations)))
print(machinery.PathFinder.invalidate_caches())

import importlib.readers, importlib.simple
print(importlib.readers.FileReader, importlib.readers.NamespaceReader, importlib.readers.MultiplexedPath)
print(importlib.simple.TraversableReader, importlib.simple.SimpleReader, importlib.simple.ResourceHandle)
