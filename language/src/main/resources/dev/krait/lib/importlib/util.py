"""importlib.util (Krait's implementation): find_spec, spec_from_file_location, module_from_spec."""

import sys

from importlib.machinery import ModuleSpec, SourceFileLoader

__all__ = ["find_spec", "spec_from_file_location", "module_from_spec", "resolve_name"]


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
        spec = getattr(module, "__spec__", None)
        if spec is None:
            spec = ModuleSpec(fullname, None, origin=getattr(module, "__file__", None))
        return spec
    parent, _, last = fullname.rpartition(".")
    if parent:
        parent_module = __import__(parent, fromlist=["__name__"])
        search = getattr(parent_module, "__path__", None)
        if search is None:
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                                      name=fullname)
    else:
        search = sys.path
    for entry in search:
        if not isinstance(entry, str) or entry.startswith("<frozen"):
            continue
        base = os.path.join(entry or ".", last)
        if os.path.isfile(os.path.join(base, "__init__.py")):
            location = os.path.join(base, "__init__.py")
            return spec_from_file_location(fullname, location, submodule_search_locations=[base])
        if os.path.isfile(base + ".py"):
            return spec_from_file_location(fullname, base + ".py")
    # a builtin or bundled module: it exists if importing it works
    try:
        __import__(fullname)
    except ModuleNotFoundError:
        return None
    module = sys.modules[fullname]
    return ModuleSpec(fullname, None, origin=getattr(module, "__file__", None) or "built-in")


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """The spec of a module loaded from the Python source file at location."""
    import os
    location = os.fspath(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location, is_package=submodule_search_locations is not None)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new, empty module for spec (its code runs with spec.loader.exec_module)."""
    import types
    module = types.ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.origin is not None and getattr(spec, "has_location", False):
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = list(spec.submodule_search_locations)
    module.__package__ = spec.parent
    return module
