"""pkgutil (Krait's implementation): listing the modules on sys.path or in a package (iter_modules, walk_packages),
reading a package's data files (get_data), extending a package's __path__ (extend_path), resolving dotted names to
objects (resolve_name), and the finders and loaders of path entries and modules."""

from collections import namedtuple
from functools import singledispatch as simplegeneric
import importlib
import importlib.util
import importlib.machinery
import os
import os.path
import sys
from types import ModuleType
import warnings

__all__ = ["get_importer", "iter_importers", "get_loader", "find_loader", "walk_packages", "iter_modules",
           "get_data", "read_code", "extend_path", "ModuleInfo"]

ModuleInfo = namedtuple("ModuleInfo", "module_finder name ispkg")
ModuleInfo.__doc__ = "A namedtuple with minimal info about a module."


def read_code(stream):
    """The code object of a .pyc file open in stream, or None when its header is not this Python's. Krait's marshal
    cannot read code objects, so a matching file raises ValueError."""
    import marshal
    if stream.read(4) != importlib.util.MAGIC_NUMBER:
        return None
    stream.read(12)  # the rest of the header: flags, then the source's time and size or its hash
    return marshal.load(stream)


def walk_packages(path=None, prefix="", onerror=None):
    """ModuleInfo for every module on path (a list of directories; sys.path when None), and recursively for the
    modules of every package found, which it imports to find its __path__. prefix starts every name.

    An exception raised by importing a package is given to onerror(name) when there is one; without onerror an
    ImportError is ignored and any other exception propagates."""

    def seen(entry, visited={}):
        if entry in visited:
            return True
        visited[entry] = True

    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except ImportError:
            if onerror is not None:
                onerror(info.name)
        except Exception:
            if onerror is None:
                raise
            onerror(info.name)
        else:
            package_path = getattr(sys.modules[info.name], "__path__", None) or []
            # a directory seen already is not walked again
            package_path = [entry for entry in package_path if not seen(entry)]
            yield from walk_packages(package_path, info.name + ".", onerror)


def iter_modules(path=None, prefix=""):
    """ModuleInfo for every module in the directories of path (a list), or every top-level module on sys.path when
    path is None; prefix starts every name. A name is given once, from the first entry that has it."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = map(get_importer, path)
    given = set()
    for importer in importers:
        for name, ispkg in iter_importer_modules(importer, prefix):
            if name not in given:
                given.add(name)
                yield ModuleInfo(importer, name, ispkg)


@simplegeneric
def iter_importer_modules(importer, prefix=""):
    """(name, is a package) for the modules a path entry finder knows: its own iter_modules(), if it has one."""
    if not hasattr(importer, "iter_modules"):
        return []
    return importer.iter_modules(prefix)


def _module_name(filename):
    """The module name a file name stands for (its name without the longest import suffix it ends with), or None."""
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


def _iter_file_finder_modules(importer, prefix=""):
    """The modules and packages of a FileFinder's directory, in file name order."""
    if importer.path is None or not os.path.isdir(importer.path):
        return
    given = set()
    try:
        filenames = os.listdir(importer.path)
    except OSError:
        filenames = []  # an unreadable directory holds nothing, as for import
    filenames.sort()  # so a package comes before a module of the same name
    for filename in filenames:
        name = _module_name(filename)
        if name == "__init__" or name in given:
            continue
        ispkg = False
        location = os.path.join(importer.path, filename)
        if not name and "." not in filename and os.path.isdir(location):
            try:
                inside = os.listdir(location)
            except OSError:
                inside = []
            if not any(_module_name(each) == "__init__" for each in inside):
                continue  # a directory without __init__ is not a package here
            name = filename
            ispkg = True
        if name and "." not in name:
            given.add(name)
            yield prefix + name, ispkg


iter_importer_modules.register(importlib.machinery.FileFinder, _iter_file_finder_modules)


def get_importer(path_item):
    """The finder of the path entry path_item, from sys.path_importer_cache or made by the first path hook that
    takes it (and then cached); None when no hook takes it. Krait keeps the cache and the hooks in
    _frozen_importlib_external (its importer does not use them) unless sys has its own."""
    import _frozen_importlib_external
    path_item = os.fsdecode(path_item)
    cache, hooks = _frozen_importlib_external._path_importer_cache_and_hooks()
    try:
        return cache[path_item]
    except KeyError:
        pass
    for hook in hooks:
        try:
            importer = hook(path_item)
        except ImportError:
            continue
        cache.setdefault(path_item, importer)
        return importer
    return None


def _meta_path():
    """sys.meta_path, or the finders Krait's importer asks in that order (builtin, frozen, then sys.path)."""
    meta_path = getattr(sys, "meta_path", None)
    if meta_path is None:
        machinery = importlib.machinery
        meta_path = [machinery.BuiltinImporter, machinery.FrozenImporter, machinery.PathFinder]
    return meta_path


def iter_importers(fullname=""):
    """The finders for the module fullname: those of its package's __path__ entries (importing the package), or for a
    top-level name the meta path finders and those of sys.path's entries."""
    if fullname.startswith("."):
        raise ImportError(f"Relative module name {fullname!r} not supported")
    if "." in fullname:
        package = importlib.import_module(fullname.rpartition(".")[0])
        path = getattr(package, "__path__", None)
        if path is None:
            return
    else:
        yield from _meta_path()
        path = sys.path
    for item in path:
        yield get_importer(item)


def get_loader(module_or_name):
    """The loader of a module or module name, or None (deprecated: use importlib.util.find_spec())."""
    warnings._deprecated("pkgutil.get_loader", f"{warnings._DEPRECATED_MSG}; use importlib.util.find_spec() instead",
                         remove=(3, 14))
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, ModuleType):
        module = module_or_name
        loader = getattr(module, "__loader__", None)
        if loader is not None:
            return loader
        if getattr(module, "__spec__", None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The loader importlib.util.find_spec(fullname) finds, or None; its errors become ImportError (deprecated: use
    importlib.util.find_spec())."""
    warnings._deprecated("pkgutil.find_loader", f"{warnings._DEPRECATED_MSG}; use importlib.util.find_spec() instead",
                         remove=(3, 14))
    if fullname.startswith("."):
        raise ImportError(f"Relative module name {fullname!r} not supported")
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError(f"Error while finding loader for {fullname!r} ({type(ex)}: {ex})") from ex
    return spec.loader if spec is not None else None


def extend_path(path, name):
    """A copy of a package's __path__ (path, for the package name) extended by the directories of the same name on
    sys.path (or the parent package's __path__) and the lines of NAME.pkg files there; anything but a list is
    returned unchanged.

    A package's __init__.py uses it as:

        from pkgutil import extend_path
        __path__ = extend_path(__path__, __name__)
    """
    if not isinstance(path, list):
        return path
    pkg_file_name = name + ".pkg"
    path = path[:]
    parent, _, last = name.rpartition(".")
    if parent:
        try:
            search_path = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search_path = sys.path
    for directory in search_path:
        if not isinstance(directory, str):
            continue
        finder = get_importer(directory)
        if finder is not None:
            portions = []
            if hasattr(finder, "find_spec"):
                spec = finder.find_spec(last)
                if spec is not None:
                    portions = spec.submodule_search_locations or []
            elif hasattr(finder, "find_loader"):
                _, portions = finder.find_loader(last)
            for portion in portions:
                if portion not in path:
                    path.append(portion)
        pkg_file = os.path.join(directory, pkg_file_name)
        if os.path.isfile(pkg_file):
            try:
                file = open(pkg_file)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkg_file, msg))
            else:
                with file:
                    for line in file:
                        line = line.rstrip("\n")
                        if line and not line.startswith("#"):
                            path.append(line)  # taken as written, existing or not
    return path


def get_data(package, resource):
    """The bytes of the file resource ('/'-separated, relative to the package's directory) of the package named
    package, read by the package's loader (get_data); None when the package is not found or its loader cannot
    read data. The package is imported if it is not yet."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, "get_data"):
        return None
    module = sys.modules.get(package) or importlib.import_module(package)
    if module is None or not hasattr(module, "__file__"):
        return None
    parts = resource.split("/")
    parts.insert(0, os.path.dirname(module.__file__))
    return loader.get_data(os.path.join(*parts))


_NAME_PATTERN = None


def resolve_name(name):
    """The object a name stands for: 'pkg.mod:attr.attr' (the module left of the colon, the attributes right of it;
    a final colon alone gives the module) or, without a colon, 'pkg.mod.attr' (the longest importable prefix is the
    module). ValueError for another form, ImportError when an import fails, AttributeError when an attribute is
    missing."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        dotted = r"(?!\d)(\w+)(\.(?!\d)(\w+))*"
        _NAME_PATTERN = re.compile(f"^(?P<pkg>{dotted})(?P<cln>:(?P<obj>{dotted})?)?$", re.UNICODE)
    match = _NAME_PATTERN.match(name)
    if not match:
        raise ValueError(f"invalid format: {name!r}")
    groups = match.groupdict()
    if groups.get("cln"):
        module = importlib.import_module(groups["pkg"])
        parts = groups.get("obj")
        parts = parts.split(".") if parts else []
    else:
        parts = name.split(".")
        module_name = parts.pop(0)
        module = importlib.import_module(module_name)
        while parts:
            longer = f"{module_name}.{parts[0]}"
            try:
                module = importlib.import_module(longer)
            except ImportError:
                break
            parts.pop(0)
            module_name = longer
    result = module
    for part in parts:
        result = getattr(result, part)
    return result
