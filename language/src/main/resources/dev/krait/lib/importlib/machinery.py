"""importlib.machinery (Krait's implementation): ModuleSpec and the source file loader."""

__all__ = ["ModuleSpec", "SourceFileLoader", "SOURCE_SUFFIXES", "EXTENSION_SUFFIXES", "BYTECODE_SUFFIXES"]

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = []
EXTENSION_SUFFIXES = []


class ModuleSpec:
    """What the import system knows of a module: its name, loader, origin and, for a package, where its
    submodules are."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.has_location = False
        self.cached = None

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"ModuleSpec({', '.join(args)})"

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name, self.loader, self.origin, self.submodule_search_locations) == \
            (other.name, other.loader, other.origin, other.submodule_search_locations)


class SourceFileLoader:
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as file:
            return file.read()

    def get_source(self, name=None):
        return self.get_data(self.path).decode("utf-8")

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = compile(self.get_source(), self.path, "exec")
        exec(code, module.__dict__)

    def load_module(self, name=None):
        import sys
        import types
        name = name or self.name
        module = sys.modules.get(name) or types.ModuleType(name)
        module.__file__ = self.path
        module.__loader__ = self
        sys.modules[name] = module
        self.exec_module(module)
        return module

    def __repr__(self):
        return f"<_frozen_importlib_external.SourceFileLoader object at {hex(id(self))}>"
