"""The source file side of CPython's import system (Krait's implementation): what a namespace package (PEP 420) is
made of, the finders of path entries (FileFinder for directories, BundledFinder for Krait's bundled library),
PathFinder, and the names of _frozen_importlib that CPython keeps here.

Krait's importer is in Java (ModuleLoader) and does not consult sys.meta_path or path hooks (sys has neither); the
finders here answer for the same directories and bundled modules as it does, for pkgutil and importlib.machinery.
"""

import sys

from _frozen_importlib import ModuleSpec, SourceFileLoader, cache_from_source, spec_from_file_location, spec_from_loader


class _NamespacePath:
    """The __path__ of a namespace package: its directories, found again on the parent's path when that changes."""

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = path
        self._last_parent_path = tuple(self._parent_path())
        self._path_finder = path_finder

    def _parent_path(self):
        parent, dot, _ = self._name.rpartition(".")
        if not dot:
            return sys.path
        return getattr(sys.modules[parent], "__path__")

    def _recalculate(self):
        parent_path = tuple(self._parent_path())
        if parent_path != self._last_parent_path:
            found = self._path_finder(self._name, parent_path)
            if found is not None:
                self._path = found
            self._last_parent_path = parent_path
        return self._path

    def __iter__(self):
        return iter(self._recalculate())

    def __getitem__(self, index):
        return self._recalculate()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._recalculate())

    def __repr__(self):
        return f"_NamespacePath({self._path!r})"

    def __contains__(self, item):
        return item in self._recalculate()

    def append(self, item):
        self._path.append(item)


def _namespace_portions(name, parent_path):
    """The directories named like the last part of name, without __init__.py, on parent_path (None if a module or
    regular package comes first)."""
    import os
    last = name.rpartition(".")[2]
    portions = []
    for entry in parent_path:
        if not isinstance(entry, str) or entry.startswith("<frozen"):
            continue
        base = os.path.join(entry or os.getcwd(), last)
        if os.path.isfile(os.path.join(base, "__init__.py")) or os.path.isfile(base + ".py"):
            return None
        if os.path.isdir(base):
            portions.append(base)
    return portions


class NamespaceLoader:
    """The loader of namespace packages (PEP 420): there is no code to run."""

    def __init__(self, name, path, path_finder):
        self._path = _NamespacePath(name, path, path_finder)

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ""

    def get_code(self, fullname):
        return compile("", "<string>", "exec", dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def load_module(self, fullname):
        raise ImportError("namespace packages are loaded by the import system", name=fullname)

    def get_resource_reader(self, module):
        from importlib.readers import NamespaceReader
        return NamespaceReader(self._path)


def _load_module_shim(loader, fullname):
    """The deprecated load_module() of a loader with exec_module(): runs the module of sys.modules again, or a new
    module it puts there."""
    import warnings
    warnings.warn("the load_module() method is deprecated and slated for removal in Python 3.12; use exec_module() "
                  "instead", DeprecationWarning)
    spec = spec_from_loader(fullname, loader)
    module = sys.modules.get(fullname)
    if module is not None:
        loader.exec_module(module)
        return sys.modules[fullname]
    import importlib.util
    module = importlib.util.module_from_spec(spec)
    sys.modules[fullname] = module
    try:
        loader.exec_module(module)
    except BaseException:
        sys.modules.pop(fullname, None)
        raise
    return sys.modules[fullname]


def decode_source(source_bytes):
    """The text of Python source bytes: decoded in their PEP 263 coding (UTF-8 without one, or after a UTF-8 byte
    order mark), with universal newlines."""
    import re
    encoding = "utf-8"
    if source_bytes.startswith(b"\xef\xbb\xbf"):
        source_bytes = source_bytes[3:]
    else:
        for line in source_bytes.splitlines()[:2]:
            match = re.match(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", line)
            if match:
                encoding = match.group(1).decode("ascii")
                break
            if line.strip() and not line.lstrip().startswith(b"#"):
                break
    return source_bytes.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")


class _LoaderBasics:
    """What loaders of files have in common: packages are __init__ files, modules run their get_code()."""

    def is_package(self, fullname):
        """Whether the module's file is an __init__ file (and the module not itself named __init__)."""
        filename = self.get_filename(fullname).rpartition("/")[2]
        return filename.rsplit(".", 1)[0] == "__init__" and fullname.rpartition(".")[2] != "__init__"

    def create_module(self, spec):
        """None: the import system makes the module."""

    def exec_module(self, module):
        """Runs the module's code (get_code()) in the module's namespace."""
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f"cannot load module {module.__name__!r} when get_code() returns None")
        exec(code, module.__dict__)

    def load_module(self, fullname):
        """Deprecated: loads the module with exec_module()."""
        return _load_module_shim(self, fullname)


class SourceLoader(_LoaderBasics):
    """The loading of modules from source: get_source() and get_code() made from get_data() and get_filename()
    (Krait writes no bytecode: set_data() is never needed)."""

    def path_mtime(self, path):
        """The modification time of the file at path (OSError: not known)."""
        raise OSError

    def path_stats(self, path):
        """The metadata of the file at path: {'mtime': ...}."""
        return {"mtime": self.path_mtime(path)}

    def set_data(self, path, data):
        """Writes data to the file at path where the loader can (here: nothing)."""

    def get_source(self, fullname):
        """The module's source text, decoded from get_data()."""
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError("source not available through get_data()", name=fullname) from exc
        return decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        """Compiles data (anything compile() takes) into a module's code object named after path."""
        return compile(data, path, "exec", dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        """The module's code object, compiled from its source file."""
        source_path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(source_path), source_path)


class FileLoader:
    """The loading of one module's file (its name and path), with the data files beside it."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check_name(self, name):
        if name is None:
            return self.name
        if name != self.name:
            raise ImportError(f"loader for {self.name} cannot handle {name}", name=name)
        return name

    def load_module(self, fullname=None):
        """Deprecated: loads the module with exec_module() (fullname must be this loader's module)."""
        return super().load_module(self._check_name(fullname))

    def get_filename(self, fullname=None):
        """The path of the module's file."""
        self._check_name(fullname)
        return self.path

    def get_data(self, path):
        """The bytes of the file at path."""
        with open(path, "rb") as file:
            return file.read()

    def get_resource_reader(self, module):
        from importlib.readers import FileReader
        return FileReader(self)

class FileFinder:
    """The finder of the modules in one directory: its loaders are (loader class, file suffixes) pairs."""

    def __init__(self, path, *loader_details):
        import os
        self._loaders = [(suffix, loader) for loader, suffixes in loader_details for suffix in suffixes]
        self.path = os.getcwd() if not path or path == "." else os.path.abspath(path)
        self._path_mtime = -1
        self._path_cache = set()
        self._relaxed_path_cache = set()

    def invalidate_caches(self):
        self._path_mtime = -1

    def _get_spec(self, loader_class, fullname, path, smsl, target):
        return spec_from_file_location(fullname, path, loader=loader_class(fullname, path),
                                       submodule_search_locations=smsl)

    def find_spec(self, fullname, target=None):
        """The spec of fullname's last part in this directory: a package, a module, a namespace portion, or None."""
        import os
        last = fullname.rpartition(".")[2]
        package_dir = os.path.join(self.path, last)
        namespace = False
        if os.path.isdir(package_dir):
            for suffix, loader_class in self._loaders:
                init = os.path.join(package_dir, "__init__" + suffix)
                if os.path.isfile(init):
                    return self._get_spec(loader_class, fullname, init, [package_dir], target)
            namespace = True
        for suffix, loader_class in self._loaders:
            location = os.path.join(self.path, last + suffix)
            if os.path.isfile(location):
                return self._get_spec(loader_class, fullname, location, None, target)
        if namespace:
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [package_dir]
            return spec
        return None

    @classmethod
    def path_hook(cls, *loader_details):
        """A path hook making a FileFinder with these loaders for a directory (ImportError for anything else)."""

        def path_hook_for_FileFinder(path):
            """Path hook for importlib.machinery.FileFinder."""
            import os
            if not os.path.isdir(path or os.getcwd()):
                raise ImportError("only directories are supported", path=path)
            return cls(path, *loader_details)

        return path_hook_for_FileFinder

    def __repr__(self):
        return f"FileFinder({self.path!r})"


def _bundled_directory(entry):
    """The directory of Krait's bundled library a path entry stands for ("" for the library itself, "json" for a
    bundled package's "<frozen json>" entry), or None."""
    import _krait_frozen
    if entry == _krait_frozen.library():
        import os
        return None if os.path.isdir(entry) else ""  # a directory on disk is a FileFinder's
    if entry.startswith("<frozen ") and entry.endswith(">"):
        directory = entry[len("<frozen "):-1].replace(".", "/")
        if directory and _krait_frozen.listdir(directory) is not None:
            return directory
    return None


class BundledFinder:
    """The finder of the modules of one directory of Krait's bundled library (in the language jar or the classes
    directory): the library's own sys.path entry when it is not a directory on disk, and the "<frozen NAME>" __path__
    entry of a bundled package."""

    def __init__(self, path):
        directory = _bundled_directory(path) if isinstance(path, str) else None
        if directory is None:
            raise ImportError("not a directory of the bundled library", path=path)
        self.path = path
        self._directory = directory

    def _names(self):
        import _krait_frozen
        return _krait_frozen.listdir(self._directory) or []

    def _kind(self, name):
        """'package', 'module' or None for the module name in this directory."""
        import _krait_frozen
        base = f"{self._directory}/{name}" if self._directory else name
        inside = _krait_frozen.listdir(base)
        if inside is not None and "__init__.py" in inside:
            return "package"
        if name + ".py" in self._names():
            return "module"
        return None

    def find_spec(self, fullname, target=None):
        import _krait_frozen
        last = fullname.rpartition(".")[2]
        kind = self._kind(last)
        if kind is None:
            return None
        base = f"{self._directory}/{last}" if self._directory else last
        origin = _krait_frozen.library() + "/" + (base + "/__init__.py" if kind == "package" else base + ".py")
        locations = ["<frozen " + fullname + ">"] if kind == "package" else None
        return spec_from_file_location(fullname, origin, loader=SourceFileLoader(fullname, origin),
                                       submodule_search_locations=locations)

    def iter_modules(self, prefix=""):
        """(prefix + name, is a package) of each module in this directory, packages before same-named modules."""
        import _krait_frozen
        seen = set()
        for filename in self._names():
            if filename.endswith(".py"):
                name, ispkg = filename[:-3], False
            else:
                base = f"{self._directory}/{filename}" if self._directory else filename
                inside = _krait_frozen.listdir(base)
                if inside is None or "__init__.py" not in inside:
                    continue
                name, ispkg = filename, True
            if name == "__init__" or name in seen or "." in name or not name.isidentifier():
                continue
            seen.add(name)
            yield prefix + name, ispkg

    def invalidate_caches(self):
        pass

    def __repr__(self):
        return f"BundledFinder({self.path!r})"


_path_hooks = [BundledFinder, FileFinder.path_hook((SourceFileLoader, [".py"]))]
_path_importer_cache = {}


def _path_importer_cache_and_hooks():
    """sys.path_importer_cache and sys.path_hooks if a program gave sys those, else the ones kept here."""
    return (getattr(sys, "path_importer_cache", _path_importer_cache), getattr(sys, "path_hooks", _path_hooks))


class PathFinder:
    """The finder of the modules on sys.path (or a package's __path__), through the path entries' finders."""

    @staticmethod
    def invalidate_caches():
        cache, _ = _path_importer_cache_and_hooks()
        for name, finder in list(cache.items()):
            if finder is None or not isinstance(name, str):
                del cache[name]
            elif hasattr(finder, "invalidate_caches"):
                finder.invalidate_caches()

    @staticmethod
    def _path_hooks(path):
        _, hooks = _path_importer_cache_and_hooks()
        for hook in hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        import os
        if path == "":
            try:
                path = os.getcwd()
            except FileNotFoundError:
                return None
        cache, _ = _path_importer_cache_and_hooks()
        try:
            return cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            cache[path] = finder
            return finder

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        """The spec of fullname from the first path entry whose finder knows it (a namespace package's from all)."""
        portions = []
        for entry in (sys.path if path is None else path):
            if not isinstance(entry, str):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            spec = finder.find_spec(fullname, target)
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            portions.extend(spec.submodule_search_locations or [])
        if portions:
            # a namespace package: its loader is set when a module is made from the spec
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = _NamespacePath(fullname, portions, cls._namespace_path_finder)
            return spec
        return None

    @classmethod
    def _namespace_path_finder(cls, name, parent_path):
        spec = cls.find_spec(name, parent_path)
        if spec is None or spec.loader is not None:
            return None
        return list(spec.submodule_search_locations)
