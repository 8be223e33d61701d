"""importlib.machinery (Krait's implementation): the import system's spec, loader and finder classes."""

from _frozen_importlib import ModuleSpec, BuiltinImporter, FrozenImporter, SourceFileLoader
from _frozen_importlib_external import NamespaceLoader, FileFinder, PathFinder

__all__ = ["ModuleSpec", "BuiltinImporter", "FrozenImporter", "SourceFileLoader", "NamespaceLoader", "FileFinder",
           "PathFinder",
           "SOURCE_SUFFIXES", "EXTENSION_SUFFIXES", "BYTECODE_SUFFIXES", "all_suffixes"]

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    """The file name endings of the modules the import system finds."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
