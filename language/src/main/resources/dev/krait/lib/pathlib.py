"""Object-oriented file-system paths (Krait's implementation, POSIX flavour only).

PurePath/PurePosixPath compute with paths without touching the file system; Path/PosixPath add the operations
that do (stat, listing, globbing, reading and writing). PureWindowsPath and WindowsPath are not provided.
"""

import fnmatch
import io
import os
import posixpath
import re
import sys

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _warn(message, category, stacklevel=1):
    """warnings.warn, importing warnings only when there is something to warn about."""
    import warnings
    warnings.warn(message, category, stacklevel=stacklevel + 1)


# errors that mean "no such file" for exists()/is_dir()/...: ENOENT, ENOTDIR, EBADF, ELOOP
_IGNORED_ERRNOS = (2, 20, 9, 40)
_compiled_patterns = {}


def _ignore_error(exception):
    return getattr(exception, "errno", None) in _IGNORED_ERRNOS


def _compile_pattern(pattern, case_sensitive):
    key = (pattern, case_sensitive)
    match = _compiled_patterns.get(key)
    if match is None:
        flags = 0 if case_sensitive else re.IGNORECASE
        match = _compiled_patterns[key] = re.compile(fnmatch.translate(pattern), flags).match
    return match


def _split_root(path):
    """(root, rest) of a POSIX path: '//' is kept as a root of its own, three or more slashes are '/'."""
    if path[:1] != "/":
        return "", path
    if path[1:2] != "/" or path[2:3] == "/":
        return "/", path[1:]
    return "//", path[2:]


def _quote_uri_path(text):
    safe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/"
    out = []
    for byte in os.fsencode(text) if hasattr(os, "fsencode") else text.encode("utf-8", "surrogateescape"):
        character = chr(byte)
        out.append(character if character in safe else "%%%02X" % byte)
    return "".join(out)


class _PathParents:
    """The sequence of a path's logical ancestors: parents[0] is the parent, parents[-1] the anchor (or '.')."""

    __slots__ = ("_path_type", "_drv", "_root", "_tail")

    def __init__(self, path):
        self._path_type = type(path)
        self._drv = path.drive
        self._root = path.root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index >= len(self) or index < -len(self):
            raise IndexError(index)
        if index < 0:
            index += len(self)
        return self._path_type._from_parts(self._drv, self._root, self._tail[:-index - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __contains__(self, value):
        return any(value == item for item in self)

    def __repr__(self):
        return "<{}.parents>".format(self._path_type.__name__)


class PurePath:
    """A file-system path that is only computed with: PurePath(...) makes a PurePosixPath here."""

    __slots__ = ("_raw_paths", "_drv_", "_root_", "_tail_", "_str", "_hash")

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        paths = []
        for arg in args:
            if isinstance(arg, PurePath):
                paths.extend(arg._raw_paths)
                continue
            try:
                path = os.fspath(arg)
            except TypeError:
                path = arg
            if not isinstance(path, str):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, "
                                f"not {type(path).__name__!r}")
            paths.append(path)
        self._raw_paths = paths
        self._tail_ = None
        self._str = None
        self._hash = None

    @classmethod
    def _from_parts(cls, drv, root, tail):
        path = cls.__new__(cls)
        path._raw_paths = [drv + root + "/".join(tail)] if (drv or root or tail) else []
        path._drv_ = drv
        path._root_ = root
        path._tail_ = list(tail)
        path._str = None
        path._hash = None
        return path

    def with_segments(self, *pathsegments):
        """A path of the same type made from the segments (subclasses override it to pass on information)."""
        return type(self)(*pathsegments)

    def _load(self):
        paths = self._raw_paths
        if not paths:
            path = ""
        elif len(paths) == 1:
            path = paths[0]
        else:
            path = posixpath.join(*paths)
        root, rest = _split_root(path)
        self._drv_ = ""
        self._root_ = root
        self._tail_ = [part for part in rest.split("/") if part and part != "."]

    @property
    def _tail(self):
        if self._tail_ is None:
            self._load()
        return self._tail_

    @property
    def drive(self):
        """The drive letter or UNC share ('' on POSIX)."""
        self._tail
        return self._drv_

    @property
    def root(self):
        """'/' for an absolute path ('//' when it starts with exactly two slashes), else ''."""
        self._tail
        return self._root_

    @property
    def anchor(self):
        return self.drive + self.root

    def __str__(self):
        if self._str is None:
            text = self.drive + self.root + "/".join(self._tail)
            self._str = text or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self) if hasattr(os, "fsencode") else str(self).encode("utf-8", "surrogateescape")

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        """The path as a file: URI (only an absolute path has one)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + _quote_uri_path(str(self))

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    @property
    def _str_normcase(self):
        return str(self)

    @property
    def _parts_normcase(self):
        return self._str_normcase.split("/")

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str_normcase == other._str_normcase

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._str_normcase)
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_normcase < other._parts_normcase

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_normcase <= other._parts_normcase

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_normcase > other._parts_normcase

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_normcase >= other._parts_normcase

    @property
    def parts(self):
        """The components: the anchor (if any) then each name."""
        anchor = self.drive + self.root
        return (anchor,) + tuple(self._tail) if anchor else tuple(self._tail)

    @property
    def name(self):
        """The final component ('' when there is none)."""
        tail = self._tail
        return tail[-1] if tail else ""

    @property
    def suffix(self):
        """The final component's extension: '.gz' for 'a.tar.gz', '' when there is none."""
        name = self.name
        dot = name.rfind(".")
        return name[dot:] if 0 < dot < len(name) - 1 else ""

    @property
    def suffixes(self):
        """All the final component's extensions: ['.tar', '.gz'] for 'a.tar.gz'."""
        name = self.name
        if name.endswith("."):
            return []
        return ["." + suffix for suffix in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        dot = name.rfind(".")
        return name[:dot] if 0 < dot < len(name) - 1 else name

    def with_name(self, name):
        """This path with its final component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parts(self.drive, self.root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """This path with the stem of its final component replaced (the suffix kept)."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """This path with its suffix replaced ('' removes it)."""
        if "/" in suffix or (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parts(self.drive, self.root, self._tail[:-1] + [name])

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """This path relative to other; with walk_up, other need not be an ancestor ('..' are added)."""
        if _deprecated:
            _warn("support for supplying more than one positional argument to pathlib.PurePath.relative_to() "
                          "is deprecated and scheduled for removal in Python 3.14", DeprecationWarning, stacklevel=2)
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        for step, ancestor in enumerate([other] + list(other.parents)):
            if self.is_relative_to(ancestor):
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if ancestor.name == "..":
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        parts = [".."] * step + self._tail[len(ancestor._tail):]
        return self.with_segments(*parts)

    def is_relative_to(self, other, /, *_deprecated):
        """Whether other is this path or one of its ancestors."""
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    @property
    def parent(self):
        """The logical parent (the path itself for an anchor or '.')."""
        tail = self._tail
        if not tail:
            return self
        return self._from_parts(self.drive, self.root, tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self.root)

    def is_reserved(self):
        return False

    def joinpath(self, *pathsegments):
        """This path with the segments appended (an absolute segment replaces what comes before it)."""
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches the glob-style pattern, compared from the right (all of it if absolute)."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = True
        pattern_parts = path_pattern._parts_normcase
        parts = self._parts_normcase
        if not path_pattern.parts:
            raise ValueError("empty pattern")
        if path_pattern.drive or path_pattern.root:
            if len(pattern_parts) != len(parts):
                return False
        elif len(pattern_parts) > len(parts):
            return False
        for part, pattern in zip(reversed(parts), reversed(pattern_parts)):
            if _compile_pattern(pattern, case_sensitive)(part) is None:
                return False
        return True


os.PathLike.register(PurePath) if hasattr(os.PathLike, "register") else None


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""
    __slots__ = ()


# ---- selectors for glob(): one per pattern component, each passing matches on to the next ----

def _make_selector(pattern_parts, case_sensitive):
    pattern = pattern_parts[0]
    if not pattern:
        return _TerminatingSelector()
    if pattern == "**":
        index = 1
        while index < len(pattern_parts) and pattern_parts[index] == "**":
            index += 1
        rest = pattern_parts[index:]
        selector = _DoubleRecursiveSelector if "**" in rest else _RecursiveSelector
        return selector(rest, case_sensitive)
    rest = pattern_parts[1:]
    if pattern == "..":
        return _ParentSelector(rest, case_sensitive)
    if "**" in pattern:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    return _WildcardSelector(pattern, rest, case_sensitive)


class _Selector:
    def __init__(self, rest, case_sensitive):
        if rest:
            self.successor = _make_selector(rest, case_sensitive)
            self.dironly = True
        else:
            self.successor = _TerminatingSelector()
            self.dironly = False

    def select_from(self, parent_path):
        if not parent_path.is_dir():
            return iter([])
        return self._select_from(parent_path)


class _TerminatingSelector:
    def _select_from(self, parent_path):
        yield parent_path


class _ParentSelector(_Selector):
    def _select_from(self, parent_path):
        yield from self.successor._select_from(parent_path._make_child_relpath(".."))


class _WildcardSelector(_Selector):
    def __init__(self, pattern, rest, case_sensitive):
        _Selector.__init__(self, rest, case_sensitive)
        self.match = _compile_pattern(pattern, True if case_sensitive is None else case_sensitive)

    def _select_from(self, parent_path):
        try:
            with os.scandir(parent_path) as scan:
                entries = list(scan)
            for entry in entries:
                if self.dironly:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError:
                        continue
                if self.match(entry.name):
                    yield from self.successor._select_from(parent_path._make_child_relpath(entry.name))
        except PermissionError:
            return


class _RecursiveSelector(_Selector):
    def _directories(self, parent_path):
        yield parent_path
        for dirpath, dirnames, _ in parent_path.walk():
            for dirname in dirnames:
                yield dirpath._make_child_relpath(dirname)

    def _select_from(self, parent_path):
        for start in self._directories(parent_path):
            yield from self.successor._select_from(start)


class _DoubleRecursiveSelector(_RecursiveSelector):
    """'**' with another '**' further on: the same path can be reached twice, so duplicates are dropped."""

    def _select_from(self, parent_path):
        seen = set()
        for path in _RecursiveSelector._select_from(self, parent_path):
            if path not in seen:
                seen.add(path)
                yield path


class Path(PurePath):
    """A path on the real file system: Path(...) makes a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            _warn("support for supplying keyword arguments to pathlib.PurePath is deprecated and scheduled "
                          "for removal in Python 3.14", DeprecationWarning, stacklevel=2)
        PurePath.__init__(self, *args)

    def _make_child_relpath(self, name):
        text = str(self)
        if self._tail:
            text = text + "/" + name
        elif text != ".":
            text = text + name
        else:
            text = name
        path = self.with_segments(text)
        path._str = text
        path._drv_ = self.drive
        path._root_ = self.root
        path._tail_ = self._tail + [name]
        return path

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) is not None

    def is_dir(self):
        mode = self._mode()
        return mode is not None and mode & 0o170000 == 0o040000

    def is_file(self):
        mode = self._mode()
        return mode is not None and mode & 0o170000 == 0o100000

    def is_symlink(self):
        mode = self._mode(False)
        return mode is not None and mode & 0o170000 == 0o120000

    def is_socket(self):
        mode = self._mode()
        return mode is not None and mode & 0o170000 == 0o140000

    def is_fifo(self):
        mode = self._mode()
        return mode is not None and mode & 0o170000 == 0o010000

    def is_block_device(self):
        mode = self._mode()
        return mode is not None and mode & 0o170000 == 0o060000

    def is_char_device(self):
        mode = self._mode()
        return mode is not None and mode & 0o170000 == 0o020000

    def is_junction(self):
        return False

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        """Whether other_path names the same file as this path."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.with_segments(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """The paths of the directory's entries (in the order the system lists them)."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def glob(self, pattern, *, case_sensitive=None):
        """The existing paths under this directory matching the relative pattern ('**' matches any directories)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pattern_path = self.with_segments(pattern)
        if pattern_path.drive or pattern_path.root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pattern_path._tail)
        if pattern[-1] == "/":
            parts.append("")
        selector = _make_selector(tuple(parts), case_sensitive)
        yield from selector.select_from(self)

    def rglob(self, pattern, *, case_sensitive=None):
        """glob() with '**/' put before the pattern: matches at any depth."""
        pattern_path = self.with_segments(pattern)
        if pattern_path.drive or pattern_path.root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pattern_path._tail)
        if pattern and pattern[-1] == "/":
            parts.append("")
        selector = _make_selector(("**",) + tuple(parts), case_sensitive)
        yield from selector.select_from(self)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Yields (dirpath, dirnames, filenames) for this directory and each below it, as os.walk does, but with
        paths; links to directories are counted as files unless follow_symlinks."""
        pending = [self]
        while pending:
            path = pending.pop()
            if isinstance(path, tuple):
                yield path
                continue
            try:
                scan = os.scandir(path)
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                continue
            with scan:
                dirnames = []
                filenames = []
                for entry in scan:
                    try:
                        is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
                    except OSError:
                        is_dir = False
                    (dirnames if is_dir else filenames).append(entry.name)
            if top_down:
                yield path, dirnames, filenames
            else:
                pending.append((path, dirnames, filenames))
            pending += [path._make_child_relpath(name) for name in reversed(dirnames)]

    def absolute(self):
        """This path made absolute with the current directory (without resolving '..' or links)."""
        if self.is_absolute():
            return self
        cwd = os.getcwd()
        if not self._tail:
            return self.with_segments(cwd)
        return self.with_segments(cwd, self)

    def resolve(self, strict=False):
        """The absolute path with links and '..' resolved; strict: the path must exist."""
        try:
            resolved = os.path.realpath(self, strict=strict)
        except OSError as e:
            self._check_loop(e)
            raise
        path = self.with_segments(resolved)
        if not strict:
            try:
                path.stat()
            except OSError as e:
                self._check_loop(e)
        return path

    @staticmethod
    def _check_loop(error):
        if getattr(error, "errno", None) == 40:
            raise RuntimeError("Symlink loop from %r" % error.filename)

    def expanduser(self):
        """This path with a leading '~' or '~user' replaced by the home directory."""
        tail = self._tail
        if not (self.drive or self.root) and tail and tail[0][:1] == "~":
            home = os.path.expanduser(tail[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            home_path = self.with_segments(home)
            return self._from_parts(home_path.drive, home_path.root, home_path._tail + tail[1:])
        return self

    def readlink(self):
        return self.with_segments(os.readlink(self))

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """open() on this path."""
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file (or, when it exists and exist_ok, updates its modification time)."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Creates the directory; parents: missing ancestors too; exist_ok: an existing directory is no error."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Removes the file or link; missing_ok: a missing file is no error."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        """Renames the file or directory to target and returns the new path."""
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        """rename(), replacing an existing target."""
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        """Makes this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Makes this path a hard link to the file target."""
        os.link(target, self)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()
