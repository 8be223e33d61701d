"""importlib.resources.readers (Krait's implementation): the resource readers of packages in directories
(FileReader) and of namespace packages (NamespaceReader, over a MultiplexedPath)."""

import pathlib

from . import abc

__all__ = ["FileReader", "MultiplexedPath", "NamespaceReader"]


def remove_duplicates(items):
    """An iterator over items without repetitions, in their first order."""
    return iter(dict.fromkeys(items))


class FileReader(abc.TraversableResources):
    """The reader of a package loaded from a file: its resources are the files of the module's directory."""

    def __init__(self, loader):
        self.path = pathlib.Path(loader.path).parent

    def resource_path(self, resource):
        """The resource's file system path (so resources.path() makes no temporary copy)."""
        return str(self.path.joinpath(resource))

    def files(self):
        return self.path


class MultiplexedPath(abc.Traversable):
    """One directory made of several (a namespace package's portions): their entries together, an entry found in
    more than one directory being itself a MultiplexedPath when each is a directory."""

    def __init__(self, *paths):
        self._paths = [pathlib.Path(path) for path in remove_duplicates(paths)]
        if not self._paths:
            raise FileNotFoundError("MultiplexedPath must contain at least one path")
        for path in self._paths:
            if not path.is_dir():
                raise NotADirectoryError("MultiplexedPath only supports directories")

    def iterdir(self):
        by_name = {}
        for path in self._paths:
            for child in path.iterdir():
                by_name.setdefault(child.name, []).append(child)
        return map(self._follow, (by_name[name] for name in sorted(by_name)))

    def read_bytes(self):
        raise FileNotFoundError(f"{self} is not a file")

    def read_text(self, *args, **kwargs):
        raise FileNotFoundError(f"{self} is not a file")

    def is_dir(self):
        return True

    def is_file(self):
        return False

    def joinpath(self, *descendants):
        try:
            return super().joinpath(*descendants)
        except abc.TraversalError:
            # a directory on the way does not exist: a path of the first portion, which does not exist either
            return self._paths[0].joinpath(*descendants)

    @classmethod
    def _follow(cls, children):
        """The entry for children of one name: the only one, or a MultiplexedPath of them when all are directories,
        else the first."""
        if len(children) == 1:
            return children[0]
        try:
            return cls(*children)
        except NotADirectoryError:
            return children[0]

    def open(self, *args, **kwargs):
        raise FileNotFoundError(f"{self} is not a file")

    @property
    def name(self):
        return self._paths[0].name

    def __repr__(self):
        shown = ", ".join(f"'{path}'" for path in self._paths)
        return f"MultiplexedPath({shown})"


class NamespaceReader(abc.TraversableResources):
    """The reader of a namespace package: its portions as one MultiplexedPath."""

    def __init__(self, namespace_path):
        if "NamespacePath" not in str(namespace_path):
            raise ValueError("Invalid path")
        self.path = MultiplexedPath(*list(namespace_path))

    def resource_path(self, resource):
        """The resource's file system path (so resources.path() makes no temporary copy)."""
        return str(self.path.joinpath(resource))

    def files(self):
        return self.path
