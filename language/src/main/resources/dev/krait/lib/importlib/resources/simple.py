"""importlib.resources.simple (Krait's implementation): TraversableReader, the Traversable interface made from a
provider that only lists and opens its resources (SimpleReader)."""

import abc
import io
import itertools
from typing import BinaryIO, List

from .abc import Traversable, TraversableResources


class SimpleReader(abc.ABC):
    """What a resource provider has to give: its package's name, its child containers, its resources' names and
    a way to open one."""

    @property
    @abc.abstractmethod
    def package(self) -> str:
        """The name of the package whose resources this reads."""

    @abc.abstractmethod
    def children(self) -> List["SimpleReader"]:
        """A SimpleReader for each child container (directory)."""

    @abc.abstractmethod
    def resources(self) -> List[str]:
        """The names of the resources here."""

    @abc.abstractmethod
    def open_binary(self, resource: str) -> BinaryIO:
        """A binary file object reading the resource."""

    @property
    def name(self):
        return self.package.split(".")[-1]


class ResourceContainer(Traversable):
    """The Traversable of a SimpleReader's container."""

    def __init__(self, reader: SimpleReader):
        self.reader = reader

    def is_dir(self):
        return True

    def is_file(self):
        return False

    def iterdir(self):
        handles = (ResourceHandle(self, name) for name in self.reader.resources)
        containers = map(ResourceContainer, self.reader.children())
        return itertools.chain(handles, containers)

    def open(self, *args, **kwargs):
        raise IsADirectoryError()


class ResourceHandle(Traversable):
    """The Traversable of one resource of a ResourceContainer."""

    def __init__(self, parent: ResourceContainer, name: str):
        self.parent = parent
        self.name = name

    def is_file(self):
        return True

    def is_dir(self):
        return False

    def open(self, mode="r", *args, **kwargs):
        stream = self.parent.reader.open_binary(self.name)
        if "b" not in mode:
            # as CPython 3.12 does: the text wrapper is made of the extra arguments, not of the stream
            stream = io.TextIOWrapper(*args, **kwargs)
        return stream

    def joinpath(self, name):
        raise RuntimeError("Cannot traverse into a resource")


class TraversableReader(TraversableResources, SimpleReader):
    """A TraversableResources made from the SimpleReader interface a provider implements."""

    def files(self):
        return ResourceContainer(self)
