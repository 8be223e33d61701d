"""The files of Krait's bundled standard library when it is inside the language jar (not a directory on disk):
the Traversable and resource reader SourceFileLoader gives for a bundled module there, the counterpart of CPython's
ZipReader for modules imported from a zip file."""

import io
import posixpath

import _krait_frozen

from . import abc


class BundledPath(abc.Traversable):
    """A file or directory of the bundled library, by its path relative to the library ("" for the library)."""

    def __init__(self, relative):
        self._relative = relative

    @property
    def name(self):
        return posixpath.basename(str(self))

    def __str__(self):
        root = _krait_frozen.library()
        return f"{root}/{self._relative}" if self._relative else root

    def __repr__(self):
        return f"BundledPath({str(self)!r})"

    def __eq__(self, other):
        if not isinstance(other, BundledPath):
            return NotImplemented
        return self._relative == other._relative

    def __hash__(self):
        return hash(self._relative)

    def _child(self, name):
        return BundledPath(f"{self._relative}/{name}" if self._relative else name)

    def iterdir(self):
        names = _krait_frozen.listdir(self._relative)
        if names is None:
            if self.is_file():
                raise NotADirectoryError(20, "Not a directory", str(self))
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return iter([self._child(name) for name in names])

    def is_dir(self):
        return _krait_frozen.listdir(self._relative) is not None

    def is_file(self):
        if not self._relative or self.is_dir():
            return False
        parent, _, last = self._relative.rpartition("/")
        return last in (_krait_frozen.listdir(parent) or ())

    def exists(self):
        return self.is_dir() or self.is_file()

    def joinpath(self, *descendants):
        """The path below this one that descendants name (which need not exist), as pathlib joins paths."""
        relative = posixpath.join(self._relative, *map(str, descendants)) if descendants else self._relative
        relative = posixpath.normpath(relative) if relative else relative
        if relative == ".":
            relative = ""
        return BundledPath(relative)

    def _data(self):
        data = None if self.is_dir() else _krait_frozen.read(self._relative)
        if data is None:
            if self.is_dir():
                raise IsADirectoryError(21, "Is a directory", str(self))
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return data

    def open(self, mode="r", *args, **kwargs):
        if mode not in ("r", "rb"):
            raise ValueError(f"Invalid mode value '{mode}', only 'r' and 'rb' are supported")
        stream = io.BytesIO(self._data())
        return stream if mode == "rb" else io.TextIOWrapper(stream, *args, **kwargs)

    def read_bytes(self):
        return self._data()

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as stream:
            return stream.read()


class BundledReader(abc.TraversableResources):
    """The resource reader of a module of the bundled library in the jar: the files of its directory."""

    def __init__(self, directory, name=None):
        self.path = BundledPath(directory)

    def files(self):
        return self.path
