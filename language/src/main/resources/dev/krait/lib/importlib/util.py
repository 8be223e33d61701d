"""importlib.util (Krait's implementation): find_spec, spec_from_file_location, module_from_spec."""

import sys

from _frozen_importlib import (ModuleSpec, SourceFileLoader, BuiltinImporter, cache_from_source, spec_from_loader,
                               spec_from_file_location)

__all__ = ["find_spec", "spec_from_file_location", "spec_from_loader", "module_from_spec", "resolve_name",
           "cache_from_source", "source_from_cache", "MAGIC_NUMBER"]

# the first bytes of CPython 3.12's .pyc files (Krait writes none; pkgutil.read_code checks them)
MAGIC_NUMBER = (3531).to_bytes(2, "little") + b"\r\n"


def source_from_cache(path):
    """The source file whose bytecode CPython keeps at path (__pycache__/name.tag.pyc)."""
    head, _, pycache_filename = path.rpartition("/")
    head, _, pycache = head.rpartition("/")
    if pycache != "__pycache__":
        raise ValueError(f"__pycache__ not bottom-level directory in {path!r}")
    if pycache_filename.count(".") != 2:
        raise ValueError(f"expected only 2 or 3 dots in {pycache_filename!r}")
    return f"{head}/{pycache_filename.partition('.')[0]}.py" if head else pycache_filename.partition(".")[0] + ".py"


def resolve_name(name, package):
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    from importlib import _resolve_name
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of module name, or None when there is no such module (a dotted name imports its parent)."""
    import os
    fullname = resolve_name(name, package)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f"{fullname}.__spec__ is not set") from None
        if spec is None:
            raise ValueError(f"{fullname}.__spec__ is None")
        return spec
    parent, _, last = fullname.rpartition(".")
    if parent:
        parent_module = __import__(parent, fromlist=["__path__"])
        try:
            search = parent_module.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                                      name=fullname) from e
    else:
        search = sys.path
    if not parent and fullname in sys.builtin_module_names:
        return BuiltinImporter.find_spec(fullname)
    for entry in search:
        if not isinstance(entry, str) or entry.startswith("<frozen"):
            continue
        base = os.path.join(entry or os.getcwd(), last)
        if os.path.isfile(os.path.join(base, "__init__.py")):
            location = os.path.join(base, "__init__.py")
            return spec_from_file_location(fullname, location, submodule_search_locations=[base])
        if os.path.isfile(base + ".py"):
            return spec_from_file_location(fullname, base + ".py")
    # a bundled module, or a namespace package: it exists if importing it works
    try:
        __import__(fullname)
    except ModuleNotFoundError:
        return None
    return sys.modules[fullname].__spec__


def module_from_spec(spec):
    """A new module for spec (its code runs with spec.loader.exec_module), with the import system's attributes."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    if getattr(module, "__loader__", None) is None:
        module.__loader__ = spec.loader
    if getattr(module, "__package__", None) is None:
        module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        if getattr(module, "__file__", None) is None:
            module.__file__ = spec.origin
        if getattr(module, "__cached__", None) is None and spec.cached is not None:
            module.__cached__ = spec.cached
    return module
