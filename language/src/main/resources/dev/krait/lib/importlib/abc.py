"""importlib.abc (Krait's implementation): the abstract base classes of finders and loaders, with the import
system's own classes registered as their virtual subclasses."""

import abc
import sys
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


def _load_module_shim(loader, fullname):
    """Loader.load_module() of a loader with exec_module(): the module of sys.modules run again, or a new one."""
    warnings.warn("the load_module() method is deprecated and slated for removal in Python 3.12; use exec_module() "
                  "instead", DeprecationWarning)
    import importlib.util
    spec = importlib.util.spec_from_loader(fullname, loader)
    module = sys.modules.get(fullname)
    if module is not None:
        loader.exec_module(module)
        return sys.modules[fullname]
    module = importlib.util.module_from_spec(spec)
    sys.modules[fullname] = module
    try:
        loader.exec_module(module)
    except BaseException:
        sys.modules.pop(fullname, None)
        raise
    return sys.modules[fullname]


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
        return _load_module_shim(self, fullname)


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

    def exec_module(self, module):
        """Runs the module's code (get_code()) in the module's namespace."""
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f"cannot load module {module.__name__!r} when get_code() returns None")
        exec(code, module.__dict__)

    def load_module(self, fullname):
        """Deprecated: see Loader.load_module()."""
        return _load_module_shim(self, fullname)


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


def _decode_source(data):
    """The text of Python source bytes: in their PEP 263 coding (UTF-8 without one), with universal newlines."""
    import re
    encoding = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    else:
        for line in data.splitlines()[:2]:
            match = re.match(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", line)
            if match:
                encoding = match.group(1).decode("ascii")
                break
            if line.strip() and not line.lstrip().startswith(b"#"):
                break
    return data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")


class FileLoader(ResourceLoader, ExecutionLoader):
    """Abstract base class of the loaders of one module's file (name and path), which read their data from files."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def load_module(self, fullname=None):
        """Deprecated: see Loader.load_module() (fullname must be this loader's module)."""
        if fullname is None:
            fullname = self.name
        elif fullname != self.name:
            raise ImportError(f"loader for {self.name} cannot handle {fullname}", name=fullname)
        return super().load_module(fullname)

    def get_filename(self, fullname=None):
        """The path of the module's file."""
        if fullname is not None and fullname != self.name:
            raise ImportError(f"loader for {self.name} cannot handle {fullname}", name=fullname)
        return self.path

    def get_data(self, path):
        """The bytes of the file at path."""
        with open(path, "rb") as file:
            return file.read()

    def get_resource_reader(self, module):
        from importlib.readers import FileReader
        return FileReader(self)


_register(FileLoader, machinery.SourceFileLoader)


class SourceLoader(ResourceLoader, ExecutionLoader):
    """Abstract base class of loaders of source files: get_source() and get_code() are made from get_data() and
    get_filename(), which subclasses give (Krait writes no bytecode, so set_data() is never needed)."""

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

    def get_source(self, fullname):
        """The module's source text, decoded from get_data()."""
        path = self.get_filename(fullname)
        try:
            data = self.get_data(path)
        except OSError as exc:
            raise ImportError("source not available through get_data()", name=fullname) from exc
        return _decode_source(data)

    def get_code(self, fullname):
        """The module's code object compiled from its source file."""
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)


_register(SourceLoader, machinery.SourceFileLoader)
