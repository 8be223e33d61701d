"""importlib.abc (Krait's implementation): the abstract base classes of finders and loaders, with the import
system's own classes registered as their virtual subclasses."""

import abc
import warnings

from . import machinery

import _frozen_importlib_external

from .resources import abc as _resources_abc

__all__ = ["Loader", "MetaPathFinder", "PathEntryFinder", "ResourceLoader", "InspectLoader", "ExecutionLoader",
           "FileLoader", "SourceLoader"]


def __getattr__(name):
    """The names importlib.resources.abc has, kept here for older code with a DeprecationWarning (gh-93963)."""
    if name in _resources_abc.__all__:
        value = getattr(_resources_abc, name)
        warnings._deprecated(f"{__name__}.{name}", remove=(3, 14))
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _register(abstract_class, *classes):
    for cls in classes:
        abstract_class.register(cls)


class Loader(metaclass=abc.ABCMeta):
    """Abstract base class for import loaders."""

    def create_module(self, spec):
        """The module to run the code in, or None for the import system's default (a new module); ImportError if the
        module cannot be made."""
        return None

    def load_module(self, fullname):
        """Loads the module fullname into sys.modules and returns it (deprecated: the import system calls
        exec_module(), which this uses when the loader has one; ImportError otherwise)."""
        if not hasattr(self, "exec_module"):
            raise ImportError
        return _frozen_importlib_external._load_module_shim(self, fullname)


class MetaPathFinder(metaclass=abc.ABCMeta):
    """Abstract base class for import finders on sys.meta_path."""

    def invalidate_caches(self):
        """Empties the finder's caches, if it has any (importlib.invalidate_caches() calls it)."""


_register(MetaPathFinder, machinery.BuiltinImporter, machinery.FrozenImporter, machinery.PathFinder)


class PathEntryFinder(metaclass=abc.ABCMeta):
    """Abstract base class for the finders of path entries that PathFinder uses."""

    def invalidate_caches(self):
        """Empties the finder's caches, if it has any (PathFinder.invalidate_caches() calls it)."""


_register(PathEntryFinder, machinery.FileFinder, _frozen_importlib_external.BundledFinder)


class ResourceLoader(Loader):
    """Abstract base class for loaders that read data from where they load modules (PEP 302's optional
    get_data())."""

    @abc.abstractmethod
    def get_data(self, path):
        """The bytes stored at path (a str)."""
        raise OSError


class InspectLoader(Loader):
    """Abstract base class for loaders that tell about the modules they load (PEP 302's optional protocol)."""

    def is_package(self, fullname):
        """Whether the module fullname is a package; ImportError when the module cannot be found."""
        raise ImportError

    def get_code(self, fullname):
        """The module's code object, compiled from get_source() (None when that is None)."""
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        """The module's source text; ImportError when the module cannot be found."""
        raise ImportError

    @staticmethod
    def source_to_code(data, path="<string>"):
        """Compiles data (anything compile() takes) into a module's code object; path names where it came from."""
        return compile(data, path, "exec", dont_inherit=True)

    exec_module = _frozen_importlib_external._LoaderBasics.exec_module
    load_module = _frozen_importlib_external._LoaderBasics.load_module


_register(InspectLoader, machinery.BuiltinImporter, machinery.FrozenImporter, machinery.NamespaceLoader)


class ExecutionLoader(InspectLoader):
    """Abstract base class for loaders whose modules can run as scripts (they know their file)."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        """The module's __file__; ImportError when the module cannot be found."""
        raise ImportError

    def get_code(self, fullname):
        """The module's code object compiled from get_source() with its file name (None when there is no source)."""
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


class FileLoader(_frozen_importlib_external.FileLoader, ResourceLoader, ExecutionLoader):
    """Abstract base class of the loaders of one module's file, which read their data from files."""


_register(FileLoader, machinery.SourceFileLoader)


class SourceLoader(_frozen_importlib_external.SourceLoader, ResourceLoader, ExecutionLoader):
    """Abstract base class of loaders of source code: subclasses give get_data() and get_filename() (and may give
    path_stats() or path_mtime(), and set_data())."""

    def path_mtime(self, path):
        """The modification time of the file at path, as an int."""
        if self.path_stats.__func__ is SourceLoader.path_stats:
            raise OSError
        return int(self.path_stats(path)["mtime"])

    def path_stats(self, path):
        """A dict of the file's metadata: 'mtime' (its modification time) and optionally 'size'."""
        if self.path_mtime.__func__ is SourceLoader.path_mtime:
            raise OSError
        return {"mtime": self.path_mtime(path)}

    def set_data(self, path, data):
        """Writes data (bytes) to the file at path, making the directories it needs; failing silently if it cannot."""


_register(SourceLoader, machinery.SourceFileLoader)
