"""importlib.readers: the names of importlib.resources.readers (where they lived in Python 3.10)."""

from .resources.readers import FileReader, MultiplexedPath, NamespaceReader

__all__ = ["FileReader", "MultiplexedPath", "NamespaceReader"]
