"""File names matching shell patterns (Krait's implementation): glob, iglob, escape, has_magic.

Names starting with '.' are matched only by a pattern component starting with '.' (or with include_hidden=True);
with recursive=True a component '**' matches any files and zero or more directories.
"""

import fnmatch
import itertools
import os
import re
import sys

__all__ = ["glob", "iglob", "escape"]

_magic = re.compile("([*?[])")


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (unordered, as the directory lists them)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname; relative to root_dir when it is given."""
    root_dir = pathname[:0] if root_dir is None else os.fspath(root_dir)
    paths = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # '**' at the start yields the empty path first: leave it out
        try:
            first = next(paths)
        except StopIteration:
            return iter(())
        if first:
            paths = itertools.chain((first,), paths)
    return paths


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        directories = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        directories = [dirname]
    if not has_magic(basename):
        in_directory = _glob_literal
    elif recursive and _is_recursive(basename):
        in_directory = _glob_recursive
    else:
        in_directory = _glob_pattern
    for directory in directories:
        for name in in_directory(_join(root_dir, directory), basename, dironly, include_hidden):
            yield os.path.join(directory, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden=False):
    """The names in dirname matching the one-component pattern."""
    names = _listdir(dirname, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [name for name in names if not _is_hidden(name)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden=False):
    """[basename] when it exists in dirname (an empty basename: when dirname is a directory)."""
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden=False):
    """'**': the directory itself (as the empty name) and everything below it."""
    if not dirname or os.path.isdir(dirname):
        yield pattern[:0]
    yield from _walk_names(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    if not dirname:
        dirname = os.curdir if isinstance(dirname, str) else bytes(os.curdir, "ascii")
    names = []
    try:
        with os.scandir(dirname) as entries:
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
    except OSError:
        pass
    return names


def _walk_names(dirname, dironly, include_hidden=False):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for below in _walk_names(path, dironly, include_hidden):
                yield _join(name, below)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    """Whether s contains a wildcard character (*, ? or [)."""
    if isinstance(s, bytes):
        s = str(s, "ISO-8859-1")
    return _magic.search(s) is not None


def _is_hidden(path):
    return path[0] in (".", 46)


def _is_recursive(pattern):
    return pattern == "**" or pattern == b"**"


def escape(pathname):
    """pathname with its wildcard characters bracketed, so that glob matches it literally."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = bytes(_magic.sub(r"[\1]", str(pathname, "ISO-8859-1")), "ISO-8859-1")
    else:
        pathname = _magic.sub(r"[\1]", pathname)
    return drive + pathname


def glob0(dirname, pattern):
    return _glob_literal(dirname, pattern, False)


def glob1(dirname, pattern):
    return _glob_pattern(dirname, pattern, False)
