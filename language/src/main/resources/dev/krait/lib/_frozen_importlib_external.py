"""The source file side of CPython's import system (Krait's implementation): what a namespace package (PEP 420) is
made of, and the names of _frozen_importlib that CPython keeps here."""

import sys

from _frozen_importlib import SourceFileLoader, cache_from_source, spec_from_file_location, spec_from_loader


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
