"""importlib.resources.abc (Krait's implementation): the interfaces of resource readers and of Traversable, the
pathlib-like view of a package's files that importlib.resources.files() returns."""

import abc
import io
import itertools
import os
import pathlib
from typing import Any, BinaryIO, Iterable, Iterator, NoReturn, Text, Optional
from typing import runtime_checkable, Protocol
from typing import Union

StrPath = Union[str, os.PathLike[str]]

__all__ = ["ResourceReader", "Traversable", "TraversableResources"]


class ResourceReader(metaclass=abc.ABCMeta):
    """Abstract base class for loaders to provide resource reading support."""

    @abc.abstractmethod
    def open_resource(self, resource: Text) -> BinaryIO:
        """A binary file object reading the resource named resource (a file name); FileNotFoundError if absent."""
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource: Text) -> Text:
        """The file system path of the resource; FileNotFoundError when it is not a file on the file system."""
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path: Text) -> bool:
        """Whether path names a resource (a file: directories are not resources)."""
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self) -> Iterable[str]:
        """The names of the package's entries."""
        raise FileNotFoundError


class TraversalError(Exception):
    pass


@runtime_checkable
class Traversable(Protocol):
    """The subset of pathlib.Path's methods that walks a package's files and opens them; errors of the storage
    behind it pass through unchanged."""

    @abc.abstractmethod
    def iterdir(self) -> Iterator["Traversable"]:
        """The Traversables in this one."""

    def read_bytes(self) -> bytes:
        """The whole content as bytes."""
        with self.open("rb") as stream:
            return stream.read()

    def read_text(self, encoding: Optional[str] = None) -> str:
        """The whole content as text."""
        with self.open(encoding=encoding) as stream:
            return stream.read()

    @abc.abstractmethod
    def is_dir(self) -> bool:
        """Whether this is a directory."""

    @abc.abstractmethod
    def is_file(self) -> bool:
        """Whether this is a file."""

    def joinpath(self, *descendants: StrPath) -> "Traversable":
        """The Traversable reached from this one by descendants, each a path relative to the last that may hold
        several parts separated by '/'."""
        if not descendants:
            return self
        parts = itertools.chain.from_iterable(pathlib.PurePosixPath(each).parts for each in descendants)
        first = next(parts)
        for child in self.iterdir():
            if child.name == first:
                return child.joinpath(*parts)
        raise TraversalError("Target not found during traversal.", first, list(parts))

    def __truediv__(self, child: StrPath) -> "Traversable":
        """The child Traversable named child."""
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode="r", *args, **kwargs):
        """A file object reading this one: mode 'r' (text, with io.TextIOWrapper's encoding arguments) or 'rb'."""

    @property
    @abc.abstractmethod
    def name(self) -> str:
        """The last part of the path, without its parents."""


class TraversableResources(ResourceReader):
    """A resource reader whose files() is a Traversable: the other methods are made from it."""

    @abc.abstractmethod
    def files(self) -> "Traversable":
        """The Traversable of the package's files."""

    def open_resource(self, resource: StrPath) -> io.BufferedReader:
        return self.files().joinpath(resource).open("rb")

    def resource_path(self, resource: Any) -> NoReturn:
        raise FileNotFoundError(resource)

    def is_resource(self, path: StrPath) -> bool:
        return self.files().joinpath(path).is_file()

    def contents(self) -> Iterator[str]:
        return (item.name for item in self.files().iterdir())
