"""The import system's objects as CPython 3.12 names them (Krait's implementation): module specs, the importers of
builtin and frozen modules, the source file loader and what a namespace package is made of.

Krait's import system is in Java (ModuleLoader); it loads this module the first time a module needs its spec and
calls _init_module_attrs to give the module its __loader__, __spec__ (and __cached__). SourceFileLoader, which lives in CPython's
_frozen_importlib_external, says so in its __module__ (that module re-exports it); what namespace packages are made of
is there, loaded with the first namespace package.
"""

import sys


def _complete(cls):
    """The class the interpreter made at start-up by this name (a global before this code runs), given the methods
    of the class statement this decorates; the class itself when there is none."""
    made = globals().get(cls.__name__)
    if made is None or made is cls:
        return cls
    for name in ("__getattr__", "__repr__"):
        if name not in cls.__dict__:
            delattr(made, name)
    for name, value in cls.__dict__.items():
        if name not in ("__dict__", "__weakref__", "__module__", "__qualname__"):
            setattr(made, name, value)
    return made


def cache_from_source(path):
    """Where CPython keeps the bytecode of the source file path: __pycache__/name.<cache tag>.pyc beside it."""
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    head, sep, tail = path.rpartition("/")
    stem, dot, suffix = tail.rpartition(".")
    if not dot:
        stem = tail
    return f"{head}{sep}__pycache__/{stem}.{tag}.pyc"


def _cached_of(origin):
    if origin is None or not origin.endswith(".py"):
        return None
    try:
        return cache_from_source(origin)
    except NotImplementedError:
        return None


@_complete
class ModuleSpec:
    """What the import system knows of a module: its name, its loader, where it comes from and, for a package, where
    its submodules are."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        shown = "name=" + repr(self.name) + ", loader=" + repr(self.loader)
        if self.origin is not None:
            shown += ", origin=" + repr(self.origin)
        if self.submodule_search_locations is not None:
            shown += ", submodule_search_locations=" + str(self.submodule_search_locations)
        return type(self).__name__ + "(" + shown + ")"

    def __eq__(self, other):
        locations = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and self.origin == other.origin and
                    locations == other.submodule_search_locations and self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self._set_fileattr:
            self._cached = _cached_of(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The package the module belongs to: itself for a package."""
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that loader loads (its location when the loader knows a file name)."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if is_package is None and hasattr(loader, "is_package"):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    if origin is None and hasattr(loader, "get_filename"):
        return spec_from_file_location(name, loader.get_filename(name), loader=loader,
                                       submodule_search_locations=[] if is_package else None)
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """The spec of a module loaded from the file at location (a package when submodule_search_locations is given)."""
    if location is None:
        location = "<unknown>"
        if loader is not None and hasattr(loader, "get_filename"):
            location = loader.get_filename(name)
    else:
        import os
        location = os.fspath(location)
        location = os.path.abspath(location)
    if loader is None and location.endswith(".py"):
        loader = SourceFileLoader(name, location)
    elif loader is None:
        return None
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is None:
        if hasattr(loader, "is_package") and loader.is_package(name):
            spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == [] and location:
        spec.submodule_search_locations.append(location.rpartition("/")[0])
    return spec


@_complete
class BuiltinImporter:
    """The loader of the modules built into the interpreter (sys.builtin_module_names)."""

    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None and fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError(f"{spec.name!r} is not a built-in module", name=spec.name)
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter:
    """The loader of the modules CPython freezes into its executable (Krait bundles them)."""

    _ORIGIN = "frozen"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import _imp
        if not _imp.is_frozen(fullname):
            return None
        spec = ModuleSpec(fullname, cls, origin=cls._ORIGIN, is_package=_imp.is_frozen_package(fullname))
        if spec.submodule_search_locations is not None:
            spec.submodule_search_locations.append("<frozen " + fullname + ">")
        return spec

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        import _imp
        if not _imp.is_frozen(fullname):
            raise ImportError(f"{fullname!r} is not a frozen module", name=fullname)
        return _imp.is_frozen_package(fullname)


def _bundled_relative(path):
    """The path of a file of Krait's bundled library relative to the library when the library is not a directory on
    disk (it is inside the language jar), else None: such files are read from the jar, not opened."""
    import _krait_frozen
    root = _krait_frozen.library()
    if not isinstance(path, str) or not path.startswith(root + "/"):
        return None
    import os
    if os.path.isdir(root):
        return None
    return path[len(root) + 1:]


@_complete
class SourceFileLoader:
    """Loads a module from a Python source file."""

    __module__ = "_frozen_importlib_external"

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        """The bytes of the file at path (for Krait's bundled modules, read from the language jar)."""
        try:
            with open(path, "rb") as file:
                return file.read()
        except OSError:
            relative = _bundled_relative(path)
            if relative is None:
                raise
            import _krait_frozen
            data = _krait_frozen.read(relative)
            if data is None:
                raise FileNotFoundError(2, "No such file or directory", path) from None
            return data

    def get_resource_reader(self, module):
        """The reader of the files beside the module's own (in the language jar for a bundled module there)."""
        relative = _bundled_relative(self.path)
        if relative is not None:
            from importlib.resources._bundled import BundledReader
            return BundledReader(relative.rpartition("/")[0], self.name)
        from importlib.readers import FileReader
        return FileReader(self)

    def get_source(self, fullname):
        return self.get_data(self.get_filename(fullname)).decode("utf-8")

    def get_code(self, fullname):
        return compile(self.get_data(self.get_filename(fullname)), self.path, "exec", dont_inherit=True)

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition("/")[2]
        return filename.rpartition(".")[0] == "__init__" and fullname.rpartition(".")[2] != "__init__"

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname=None):
        name = fullname or self.name
        module = sys.modules.get(name)
        if module is None:
            module = type(sys)(name)
            module.__spec__ = spec_from_loader(name, self)
            module.__loader__ = self
            module.__file__ = self.path
            sys.modules[name] = module
        self.exec_module(module)
        return sys.modules[name]


def _init_module_attrs(module, kind, origin, path):
    """Gives a module Krait's import system made its __loader__ and __spec__ (and __cached__ for a source file):
    kind is "source", "builtin", "frozen" or "namespace"; path the package's __path__ or None."""
    name = module.__name__
    if kind == "builtin":
        spec = ModuleSpec(name, BuiltinImporter, origin="built-in")
    elif kind == "frozen":
        spec = ModuleSpec(name, FrozenImporter, origin="frozen")
        if path is not None:
            spec.submodule_search_locations = path
    elif kind == "namespace":
        from _frozen_importlib_external import NamespaceLoader, _namespace_portions
        loader = NamespaceLoader(name, path, _namespace_portions)
        spec = ModuleSpec(name, loader, is_package=True)
        spec.submodule_search_locations = loader._path
        module.__path__ = loader._path
    else:
        spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin)
        spec._set_fileattr = origin is not None
        if path is not None:
            spec.submodule_search_locations = path
    module.__loader__ = spec.loader
    module.__spec__ = spec
    if kind == "source" and spec.cached is not None:
        module.__cached__ = spec.cached


def _init_main_spec(module, name, path):
    """__main__ running the module name from path (python -m name): its spec, loader, __package__ and __cached__."""
    spec = spec_from_file_location(name, path)
    module.__package__ = spec.parent
    module.__loader__ = spec.loader
    module.__spec__ = spec
    module.__cached__ = spec.cached
