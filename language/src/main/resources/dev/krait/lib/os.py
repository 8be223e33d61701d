"""Operating-system interfaces (Krait's implementation) over the posix module: files and directories, the
environment, and os.path (posixpath)."""

import sys
import posix as _posix
import abc as _abc
from posix import (getcwd, chdir, listdir, remove, rmdir, mkdir as _mkdir, rename, getpid, getppid, kill, cpu_count, chmod,
                   symlink, readlink, link, access, umask, urandom, open, close, read, write, lseek, pipe, get_blocking,
                   set_blocking, ftruncate)

name = "posix"
sep = "/"
altsep = None
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
linesep = "\n"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND = 0o100, 0o200, 0o400, 0o1000, 0o2000
O_NONBLOCK, O_DSYNC, O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC, O_SYNC = 0o4000, 0o10000, 0o200000, 0o400000, 0o2000000, 0o4010000
O_ACCMODE = 3
supports_follow_symlinks = {"stat", "chmod", "utime", "access"}
supports_fd = set()
supports_dir_fd = set()

unlink = remove
replace = rename
error = OSError


def fspath(path):
    """The str (or bytes) a path-like object stands for."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    result = method(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError(f"expected {type(path).__name__}.__fspath__() to return str or bytes, not {type(result).__name__}")
    return result


class PathLike(_abc.ABC):
    """The abstract class of objects with __fspath__."""

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__") or NotImplemented
        return NotImplemented

    __class_getitem__ = classmethod(type(list[int]))  # os.PathLike[str] is a types.GenericAlias


def fsencode(filename):
    """A path as bytes (str is encoded as UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    """A path as str (bytes are decoded as UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


class stat_result(tuple):
    """What stat() returns: a 10-tuple (whole-second times) with st_* attributes, float and nanosecond times."""

    n_sequence_fields = 10
    n_fields = 16
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, values):
        values = list(values)
        self = tuple.__new__(cls, values[:7] + [v // 1000000000 for v in values[7:10]])
        self._ns = values[7:10]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._ns[0] / 1e9)
    st_mtime = property(lambda self: self._ns[1] / 1e9)
    st_ctime = property(lambda self: self._ns[2] / 1e9)
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
        return f"os.stat_result({fields})"


class uname_result(tuple):
    """What uname() returns: sysname, nodename, release, version and machine, also as attributes."""

    n_sequence_fields = 5
    n_fields = 5
    __match_args__ = ("sysname", "nodename", "release", "version", "machine")

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(self.__match_args__, self))
        return f"posix.uname_result({fields})"


def uname():
    return uname_result(_posix._uname())


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int) and not isinstance(path, bool):
        return fstat(path)
    return stat_result(_posix._stat(path, bool(follow_symlinks)))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix._stat(path, False))


def fstat(fd):
    return stat_result(_posix._stat(_posix._fdpath(fd), True))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Sets a file's access and modification times: now, times=(atime, mtime) in seconds, or ns=(atime_ns, mtime_ns)."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime, mtime = (round(t * 1000000000) if isinstance(t, float) else int(t) * 1000000000 for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        atime, mtime = ns
    else:
        import time
        atime = mtime = time.time_ns()
    _posix._utime(path, atime, mtime)


def getuid():
    return _posix._ids()[0]


def geteuid():
    return _posix._ids()[0]


def getgid():
    return _posix._ids()[1]


def getegid():
    return _posix._ids()[1]


def get_exec_path(env=None):
    """The directories a program name is looked up in: PATH from env (os.environ by default), else defpath."""
    if env is None:
        env = environ
    path_list = env.get("PATH")
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _mkdir(path, mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        _mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for each directory under top; links to directories are listed among
    dirnames but entered only with followlinks."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, nondirs, walk_into = [], [], []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        (dirs if is_dir else nondirs).append(entry.name)
        if not topdown and is_dir:
            if followlinks or not entry.is_symlink():
                walk_into.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_into:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class DirEntry:
    """An entry of scandir(): its name, path and type."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def is_junction(self):
        return False

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    def __init__(self, directory):
        self._entries = iter([DirEntry(directory, n) for n in listdir(directory)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path="."):
    return _ScandirIterator(fspath(path))


class _Environ(dict):
    """os.environ: a dict of the process environment (changes are seen by this program only)."""

    def __repr__(self):
        return "environ(" + dict.__repr__(self) + ")"

    def copy(self):
        return dict(self)


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def get_terminal_size(fd=1):
    """The size of the terminal on fd. Krait cannot ask the terminal (there is no ioctl from Java), so this raises
    OSError as CPython does for a descriptor that is not a terminal; shutil.get_terminal_size falls back."""
    raise OSError(25, "Inappropriate ioctl for device")


class terminal_size(tuple):
    """A (columns, lines) pair."""

    n_sequence_fields = 2
    n_fields = 2

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]!r}, lines={self[1]!r})"


def strerror(code):
    return {2: "No such file or directory", 13: "Permission denied", 17: "File exists", 20: "Not a directory",
            21: "Is a directory", 39: "Directory not empty"}.get(code, f"Unknown error {code}")


import posixpath as path

sys.modules["os.path"] = path
