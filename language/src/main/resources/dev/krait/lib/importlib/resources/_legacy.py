"""The functions of importlib.resources before files() (deprecated in 3.11, back without warnings in 3.13)."""

import functools
import os
import pathlib
import types
import warnings

from typing import Union, Iterable, ContextManager, BinaryIO, TextIO, Any

from . import _common

Package = Union[types.ModuleType, str]
Resource = str


def deprecated(func):
    """Warns that func is deprecated each time it is called."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        warnings.warn(f"{func.__name__} is deprecated. Use files() instead. Refer to "
                      "https://importlib-resources.readthedocs.io/en/latest/using.html#migrating-from-legacy "
                      "for migration advice.", DeprecationWarning, stacklevel=2)
        return func(*args, **kwargs)

    return wrapper


def normalize_path(path: Any) -> str:
    """path as a str, which must be a file name alone (ValueError if it has a directory part)."""
    text = str(path)
    parent, file_name = os.path.split(text)
    if parent:
        raise ValueError(f"{path!r} must be only a file name")
    return file_name


@deprecated
def open_binary(package: Package, resource: Resource) -> BinaryIO:
    """A binary file object reading the resource."""
    return (_common.files(package) / normalize_path(resource)).open("rb")


@deprecated
def read_binary(package: Package, resource: Resource) -> bytes:
    """The bytes of the resource."""
    return (_common.files(package) / normalize_path(resource)).read_bytes()


@deprecated
def open_text(package: Package, resource: Resource, encoding: str = "utf-8", errors: str = "strict") -> TextIO:
    """A text file object reading the resource."""
    return (_common.files(package) / normalize_path(resource)).open("r", encoding=encoding, errors=errors)


@deprecated
def read_text(package: Package, resource: Resource, encoding: str = "utf-8", errors: str = "strict") -> str:
    """The text of the resource, decoded as bytes.decode() would with encoding and errors."""
    with open_text(package, resource, encoding, errors) as stream:
        return stream.read()


@deprecated
def contents(package: Package) -> Iterable[str]:
    """The names of the package's entries (directories too, which are not resources: see is_resource())."""
    return [path.name for path in _common.files(package).iterdir()]


@deprecated
def is_resource(package: Package, name: str) -> bool:
    """Whether name is a resource of the package: a file, not a directory."""
    resource = normalize_path(name)
    return any(each.name == resource and each.is_file() for each in _common.files(package).iterdir())


@deprecated
def path(package: Package, resource: Resource) -> ContextManager[pathlib.Path]:
    """A context manager giving the resource's path: its own file, or a temporary copy removed at the end (which
    may have gone already without an error)."""
    return _common.as_file(_common.files(package) / normalize_path(resource))
