"""importlib.simple: the names of importlib.resources.simple (where they lived in Python 3.10)."""

from .resources.simple import SimpleReader, ResourceHandle, ResourceContainer, TraversableReader

__all__ = ["SimpleReader", "ResourceHandle", "ResourceContainer", "TraversableReader"]
