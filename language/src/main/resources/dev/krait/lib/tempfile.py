"""Temporary files and directories (Krait's implementation): gettempdir, mkstemp, mkdtemp, TemporaryDirectory,
NamedTemporaryFile and TemporaryFile. Names are random (8 of [a-z0-9_]) and created exclusively, files with mode
0o600 and directories with 0o700. SpooledTemporaryFile is not provided."""

import errno as _errno
import io as _io
import os as _os
import random as _random
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]


def _warn(message, category, stacklevel=1):
    """warnings.warn, importing warnings only when there is something to warn about."""
    import warnings
    warnings.warn(message, category, stacklevel=stacklevel + 1)


TMP_MAX = 10000
template = "tmp"
tempdir = None

_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW | _os.O_CLOEXEC
_bin_openflags = _text_openflags


class _RandomNameSequence:
    """An endless iterator of random 8-character names."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._rng = _random.Random()

    def __iter__(self):
        return self

    def __next__(self):
        return "".join(self._rng.choices(self.characters, k=8))


_name_sequence = None


def _names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdirs():
    candidates = []
    for variable in ("TMPDIR", "TEMP", "TMP"):
        value = _os.getenv(variable)
        if value:
            candidates.append(value)
    candidates.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        candidates.append(_os.getcwd())
    except OSError:
        candidates.append(_os.curdir)
    return candidates


def _default_tempdir():
    """The first candidate directory a file can be created and written in."""
    names = _names()
    candidates = _candidate_tempdirs()
    for directory in candidates:
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        for _ in range(100):
            filename = _os.path.join(directory, next(names))
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    _os.write(fd, b"blat")
                finally:
                    _os.close(fd)
                    _os.unlink(filename)
                return directory
            except FileExistsError:
                pass
            except PermissionError:
                break
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT, "No usable temporary directory found in %s" % candidates)


def gettempprefix():
    """The default prefix of temporary names ('tmp')."""
    return template


def gettempprefixb():
    return _os.fsencode(template)


def gettempdir():
    """The directory temporary files go in: tempfile.tempdir if set, else the first usable of $TMPDIR, $TEMP,
    $TMP, /tmp, /var/tmp, /usr/tmp and the current directory."""
    global tempdir
    if tempdir is None:
        tempdir = _default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def _infer_return_type(*args):
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if return_type is str:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = bytes
        else:
            if return_type is bytes:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = str
    return str if return_type is None else return_type


def _sanitize_params(prefix, suffix, dir):
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


def _create_file(dir, prefix, suffix, flags, output_type):
    """(fd, absolute path) of a new file with a random name, created exclusively with mode 0o600."""
    dir = _os.path.abspath(dir)
    names = _names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for _ in range(TMP_MAX):
        name = next(names)
        path = _os.path.join(dir, prefix + name + suffix)
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, path
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file only this user can read and write; returns (fd, absolute path). The caller closes the
    descriptor and removes the file."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _create_file(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory only this user can use; returns its absolute path. The caller removes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    names = _names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for _ in range(TMP_MAX):
        name = next(names)
        path = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file had when asked (unsafe: another program may take it first; use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    names = _names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileCloser:
    """Closes the file and (with delete) removes it, once."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.delete_on_close = delete_on_close
        self.cleanup_called = False
        self.close_called = False

    def cleanup(self):
        if not self.cleanup_called:
            self.cleanup_called = True
            try:
                if not self.close_called:
                    self.close_called = True
                    self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def close(self):
        if not self.close_called:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete and self.delete_on_close:
                    self.cleanup()

    def __del__(self):
        self.cleanup()


class _TemporaryFileWrapper:
    """What NamedTemporaryFile returns: the open file (its attributes are the file's) with the path as name,
    removed when closed (delete_on_close) or at the end of the with statement (delete)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._closer = _TemporaryFileCloser(file, name, delete, delete_on_close)

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._closer.cleanup()
        return result

    def close(self):
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper object at {id(self):#x}>"


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None, delete_on_close=True):
    """A new temporary file with a visible name (the wrapper's .name), opened with mode."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _create_file(dir, prefix, suffix, _bin_openflags, output_type)
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete, delete_on_close)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    """A new temporary file without a name: it is removed at once and lives while it is open."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _create_file(dir, prefix, suffix, _bin_openflags, output_type)
    try:
        _os.unlink(name)
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class TemporaryDirectory:
    """A new temporary directory (its path is .name, and what `with` gives) removed with its contents by cleanup()
    or at the end of the with statement (unless delete=False)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._cleaned = False

    def _remove(self, name):
        def onexc(function, path, exc):
            if isinstance(exc, PermissionError):
                try:
                    if path != name:
                        _os.chmod(_os.path.dirname(path), 0o700)
                    _os.chmod(path, 0o700)
                    if _os.path.isdir(path) and not _os.path.islink(path):
                        self._remove(path)
                    else:
                        _os.unlink(path)
                    return
                except FileNotFoundError:
                    return
                except OSError:
                    pass
            elif isinstance(exc, FileNotFoundError):
                return
            if not self._ignore_cleanup_errors:
                raise exc
        _shutil.rmtree(name, onexc=onexc)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        """Removes the directory and everything in it."""
        if not self._cleaned or _os.path.exists(self.name):
            self._cleaned = True
            self._remove(self.name)

    def __del__(self):
        if self._delete and not getattr(self, "_cleaned", True) and _os.path.exists(self.name):
            _warn("Implicitly cleaning up {!r}".format(self), ResourceWarning)
            self._cleaned = True
            try:
                self._remove(self.name)
            except OSError:
                pass

    def __class_getitem__(cls, item):
        return cls
