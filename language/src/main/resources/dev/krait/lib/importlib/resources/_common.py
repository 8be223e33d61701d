"""importlib.resources.files() and as_file() (Krait's implementation)."""

import contextlib
import functools
import importlib
import os
import pathlib
import sys
import tempfile
import types
import warnings

from typing import Union, Optional
from .abc import ResourceReader, Traversable

from ._adapters import wrap_spec

Package = Union[types.ModuleType, str]
Anchor = Package


def package_to_anchor(func):
    """Takes the old name of files()'s parameter, 'package', with a DeprecationWarning."""
    missing = object()

    @functools.wraps(func)
    def wrapper(anchor=missing, package=missing):
        if package is not missing:
            if anchor is not missing:
                return func(anchor, package)
            warnings.warn("First parameter to files is renamed to 'anchor'", DeprecationWarning, stacklevel=2)
            return func(package)
        if anchor is missing:
            return func()
        return func(anchor)

    return wrapper


@package_to_anchor
def files(anchor: Optional[Anchor] = None) -> Traversable:
    """The Traversable of the files of anchor: a module or the name of one (the caller's module when None)."""
    return from_package(resolve(anchor))


def get_resource_reader(package: types.ModuleType) -> Optional[ResourceReader]:
    """The resource reader the package's loader gives, or None when it gives none."""
    spec = package.__spec__
    reader = getattr(spec.loader, "get_resource_reader", None)
    if reader is None:
        return None
    return reader(spec.name)


def resolve(cand: Optional[Anchor]) -> types.ModuleType:
    """The module an anchor stands for: a name is imported, None is the calling module, a module is itself."""
    if isinstance(cand, str):
        return importlib.import_module(cand)
    if cand is None:
        return resolve(_infer_caller().f_globals["__name__"])
    return cand


def _infer_caller():
    """The frame of the first caller outside this module (and not a decorator's 'wrapper')."""
    frame = sys._getframe(1)
    while frame.f_globals is globals() or frame.f_code.co_name == "wrapper":
        frame = frame.f_back
    return frame


def from_package(package: types.ModuleType):
    """The Traversable of a module's files, from its loader's resource reader."""
    spec = wrap_spec(package)
    reader = spec.loader.get_resource_reader(spec.name)
    return reader.files()


@contextlib.contextmanager
def _tempfile(reader, suffix="", *, _os_remove=os.remove):
    """A temporary file holding what reader() returns, removed at the end."""
    fd, raw_path = tempfile.mkstemp(suffix=suffix)
    try:
        try:
            os.write(fd, reader())
        finally:
            os.close(fd)
        del reader
        yield pathlib.Path(raw_path)
    finally:
        try:
            _os_remove(raw_path)
        except FileNotFoundError:
            pass


def _temp_file(path):
    return _tempfile(path.read_bytes, suffix=path.name)


def _is_present_dir(path: Traversable) -> bool:
    """Whether path is a directory that exists (some Traversables' is_dir() raise FileNotFoundError)."""
    try:
        return path.is_dir()
    except FileNotFoundError:
        return False


@functools.singledispatch
def as_file(path):
    """A context manager giving path as a file (or directory) of the file system: a temporary copy unless it is
    one already."""
    return _temp_dir(path) if _is_present_dir(path) else _temp_file(path)


@as_file.register(pathlib.Path)
@contextlib.contextmanager
def _(path):
    """A pathlib.Path is a file of the file system already."""
    yield path


@contextlib.contextmanager
def _temp_path(dir: tempfile.TemporaryDirectory):
    """The TemporaryDirectory's path as a pathlib.Path."""
    with dir as result:
        yield pathlib.Path(result)


@contextlib.contextmanager
def _temp_dir(path):
    """A temporary copy of the whole directory tree path."""
    assert path.is_dir()
    with _temp_path(tempfile.TemporaryDirectory()) as temp_dir:
        yield _write_contents(temp_dir, path)


def _write_contents(target, source):
    child = target.joinpath(source.name)
    if source.is_dir():
        child.mkdir()
        for item in source.iterdir():
            _write_contents(child, item)
    else:
        child.write_bytes(source.read_bytes())
    return child
