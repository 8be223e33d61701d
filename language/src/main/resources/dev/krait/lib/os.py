"""Operating-system interfaces (Krait's implementation) over the posix module: files and directories, the
environment, and os.path (posixpath)."""

import sys
import posix as _posix
import abc as _abc
from posix import (uname, getcwd, getpid, getppid, kill, cpu_count, umask, urandom, close, read, write, lseek, pipe,
                   get_blocking, set_blocking, isatty, dup, dup2, get_inheritable, set_inheritable, get_terminal_size)

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
for _name in dir(_posix):
    if _name.isupper() and not _name.startswith("_"):
        globals()[_name] = getattr(_posix, _name)
del _name
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


stat_result = _posix.stat_result
statvfs_result = _posix.statvfs_result
terminal_size = _posix.terminal_size
times_result = _posix.times_result
uname_result = _posix.uname_result


def _path_arg(function, path, allow_fd=False, nullable=False, argname="path"):
    """CPython's path converter: a str or bytes path (a path-like object's __fspath__), or where allowed an int
    descriptor or None; the TypeError names the function. A str path must be encodable (UTF-8, surrogateescape)
    and neither may hold a NUL character."""
    if allow_fd and isinstance(path, int):
        return path
    if nullable and path is None:
        return path
    if isinstance(path, (str, bytes)):
        value = path
    else:
        method = getattr(type(path), "__fspath__", None)
        if method is None:
            kinds = "string, bytes, os.PathLike"
            extra = [k for k, allowed in (("integer", allow_fd), ("None", nullable)) if allowed]
            kinds = kinds + ", " + ", ".join(extra[:-1]) + (", " if len(extra) > 1 else "") if extra else "string, bytes"
            if extra:
                kinds = "string, bytes, os.PathLike" + "".join(", " + k for k in extra[:-1]) + " or " + extra[-1]
            else:
                kinds = "string, bytes or os.PathLike"
            raise TypeError(f"{function}: {argname} should be {kinds}, not {type(path).__name__}")
        value = method(path)
        if not isinstance(value, (str, bytes)):
            raise TypeError(f"expected {type(path).__name__}.__fspath__() to return str or bytes, not {type(value).__name__}")
    if isinstance(value, str):
        if not value.isascii():
            value.encode("utf-8", "surrogateescape")
        if "\0" in value:
            raise ValueError("embedded null byte")
    elif b"\0" in value:
        raise ValueError("embedded null byte")
    return value


def _at(path, dir_fd):
    """path made relative to the directory open as dir_fd (an absolute path, or no dir_fd: path itself)."""
    if dir_fd is None:
        return path
    if isinstance(path, bytes):
        return path if path.startswith(b"/") else fsencode(_posix._fdpath(dir_fd)) + b"/" + path
    return path if path.startswith("/") else _posix._fdpath(dir_fd) + "/" + path


def _fd_only_checks(function, path, dir_fd, follow_symlinks):
    if isinstance(path, int):
        if dir_fd is not None:
            raise ValueError(f"{function}: can't specify dir_fd without matching path")
        if not follow_symlinks:
            raise ValueError(f"{function}: cannot use fd and follow_symlinks together")


def _fdpath(fd, named=False):
    """The path descriptor fd was opened with; OSError(EBADF), naming fd when named, if it is not open."""
    try:
        if fd < 0:
            raise OSError(9, "Bad file descriptor")
        return _posix._fdpath(fd)
    except OSError as error:
        if named and error.errno == 9:
            raise OSError(9, error.strerror, fd) from None
        raise


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """The stat_result of a path (a link's target unless follow_symlinks is false) or open descriptor."""
    path = _path_arg("stat", path, allow_fd=True)
    _fd_only_checks("stat", path, dir_fd, follow_symlinks)
    if isinstance(path, int):
        return stat_result(_posix._stat(_fdpath(path, True), True))
    return stat_result(_posix._stat(_at(path, dir_fd), bool(follow_symlinks)))


def lstat(path, *, dir_fd=None):
    path = _path_arg("lstat", path)
    return stat_result(_posix._stat(_at(path, dir_fd), False))


def fstat(fd):
    fd = _fd_arg(fd)
    return stat_result(_posix._stat(_fdpath(fd), True))


def _fd_arg(fd):
    """A descriptor argument: an int (or an object with __index__)."""
    if isinstance(fd, int):
        return fd
    if isinstance(fd, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    import operator
    return operator.index(fd)


def _fileno_arg(fd):
    """A descriptor or an object with fileno() (PyObject_AsFileDescriptor)."""
    if isinstance(fd, int):
        number = int(fd)
    elif hasattr(fd, "fileno"):
        number = fd.fileno()
        if not isinstance(number, int):
            raise TypeError("fileno() returned a non-integer")
    else:
        raise TypeError("argument must be an int, or have a fileno() method.")
    if number < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({number})")
    return number


def fsync(fd):
    """Forces the file's data and metadata to storage."""
    _posix._fsync(_fileno_arg(fd))


def fdatasync(fd):
    """Forces the file's data to storage."""
    _posix._fsync(_fileno_arg(fd))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Whether the calling process may reach path with mode (F_OK, or R_OK|W_OK|X_OK); errors count as no."""
    path = _path_arg("access", path)
    try:
        target = _at(path, dir_fd)
    except OSError:
        return False
    return _posix.access(target, mode, follow_symlinks=bool(follow_symlinks))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    path = _path_arg("chmod", path, allow_fd=True)
    _fd_only_checks("chmod", path, dir_fd, True)
    if isinstance(path, int):
        return _posix.chmod(_fdpath(path, True), mode)
    if not follow_symlinks:
        # Linux cannot change a link's own mode
        raise NotImplementedError("chmod: follow_symlinks unavailable on this platform")
    _posix.chmod(_at(path, dir_fd), mode)


def fchmod(fd, mode):
    _posix.chmod(_fdpath(_fd_arg(fd)), mode)


def chdir(path):
    path = _path_arg("chdir", path, allow_fd=True)
    if isinstance(path, int):
        return _posix.chdir(_fdpath(path, True))
    _posix.chdir(path)


def fchdir(fd):
    fd = _fileno_arg(fd)
    _posix.chdir(_fdpath(fd))


def getcwdb():
    return fsencode(getcwd())


def listdir(path=None):
    """The names in a directory (bytes for a bytes path), '.' and '..' left out."""
    path = _path_arg("listdir", path, allow_fd=True, nullable=True)
    if path is None:
        return _posix.listdir(".")
    if isinstance(path, int):
        return _posix.listdir(_fdpath(path))
    names = _posix.listdir(path)
    return [fsencode(n) for n in names] if isinstance(path, bytes) else names


def mkdir(path, mode=0o777, *, dir_fd=None):
    path = _path_arg("mkdir", path)
    _posix.mkdir(_at(path, dir_fd), mode)


def mkfifo(path, mode=0o666, *, dir_fd=None):
    path = _path_arg("mkfifo", path)
    _posix.mkfifo(_at(path, dir_fd), mode)


def rmdir(path, *, dir_fd=None):
    path = _path_arg("rmdir", path)
    _posix.rmdir(_at(path, dir_fd))


def remove(path, *, dir_fd=None):
    path = _path_arg("remove", path)
    _posix.remove(_at(path, dir_fd))


def unlink(path, *, dir_fd=None):
    path = _path_arg("unlink", path)
    _posix.remove(_at(path, dir_fd))


def _rename(function, src, dst, src_dir_fd, dst_dir_fd):
    src = _path_arg(function, src, argname="src")
    dst = _path_arg(function, dst, argname="dst")
    _posix.rename(_at(src, src_dir_fd), _at(dst, dst_dir_fd))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _rename("rename", src, dst, src_dir_fd, dst_dir_fd)


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _rename("replace", src, dst, src_dir_fd, dst_dir_fd)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    src = _path_arg("symlink", src, argname="src")
    dst = _path_arg("symlink", dst, argname="dst")
    _posix.symlink(src, _at(dst, dir_fd))


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    src = _path_arg("link", src, argname="src")
    dst = _path_arg("link", dst, argname="dst")
    _posix.link(_at(src, src_dir_fd), _at(dst, dst_dir_fd))


def readlink(path, *, dir_fd=None):
    """The target a symbolic link names (bytes for a bytes path)."""
    path = _path_arg("readlink", path)
    target = _posix.readlink(_at(path, dir_fd))
    return fsencode(target) if isinstance(path, bytes) else target


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Opens a file: a new descriptor (not inheritable)."""
    path = _path_arg("open", path)
    return _posix.open(_at(path, dir_fd), flags, mode)


def truncate(path, length):
    """Cuts (or extends with zeros) a file, named or open, to length bytes."""
    path = _path_arg("truncate", path, allow_fd=True)
    if isinstance(path, int):
        return ftruncate(path, length)
    _posix._truncate(path, length)


def ftruncate(fd, length):
    _posix._ftruncate(_fd_arg(fd), length)


class _Unset:
    def __repr__(self):
        return "<unset>"


_UNSET = _Unset()


def _seconds_to_ns(value):
    """Seconds (int or float, rounded down) as nanoseconds."""
    if isinstance(value, float):
        import math
        if math.isnan(value):
            raise ValueError("Invalid value NaN (not a number)")
        if math.isinf(value) or abs(value) >= 2.0 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        fraction, whole = math.modf(value)
        fraction = math.floor(fraction * 1e9)
        if fraction >= 1e9:
            fraction -= 1e9
            whole += 1
        elif fraction < 0:
            fraction += 1e9
            whole -= 1
        return int(whole) * 1000000000 + int(fraction)
    import operator
    return operator.index(value) * 1000000000


def utime(path, times=None, *, ns=_UNSET, dir_fd=None, follow_symlinks=True):
    """Sets a file's access and modification times: now, times=(atime, mtime) in seconds, or ns=(atime_ns, mtime_ns)."""
    path = _path_arg("utime", path, allow_fd=True)
    if times is not None and ns is not _UNSET:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime, mtime = (_seconds_to_ns(t) for t in times)
    elif ns is not _UNSET:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        import operator
        atime, mtime = operator.index(ns[0]), operator.index(ns[1])
    else:
        import time
        atime = mtime = time.time_ns()
    _fd_only_checks("utime", path, dir_fd, follow_symlinks)
    target = _fdpath(path) if isinstance(path, int) else _at(path, dir_fd)
    _posix._utime(target, atime, mtime, bool(follow_symlinks))


def statvfs(path):
    """Statistics of the file system holding path (or the open descriptor)."""
    path = _path_arg("statvfs", path, allow_fd=True)
    return _posix._statvfs(_fdpath(path, True) if isinstance(path, int) else path)


def fstatvfs(fd):
    return _posix._statvfs(_fdpath(_fd_arg(fd)))


sysconf_names = {'SC_ARG_MAX': 0, 'SC_CHILD_MAX': 1, 'SC_CLK_TCK': 2, 'SC_NGROUPS_MAX': 3, 'SC_OPEN_MAX': 4, 'SC_STREAM_MAX': 5,
    'SC_TZNAME_MAX': 6, 'SC_JOB_CONTROL': 7, 'SC_SAVED_IDS': 8, 'SC_REALTIME_SIGNALS': 9,
    'SC_PRIORITY_SCHEDULING': 10, 'SC_TIMERS': 11, 'SC_ASYNCHRONOUS_IO': 12, 'SC_PRIORITIZED_IO': 13,
    'SC_SYNCHRONIZED_IO': 14, 'SC_FSYNC': 15, 'SC_MAPPED_FILES': 16, 'SC_MEMLOCK': 17, 'SC_MEMLOCK_RANGE': 18,
    'SC_MEMORY_PROTECTION': 19, 'SC_MESSAGE_PASSING': 20, 'SC_SEMAPHORES': 21, 'SC_SHARED_MEMORY_OBJECTS': 22,
    'SC_AIO_LISTIO_MAX': 23, 'SC_AIO_MAX': 24, 'SC_AIO_PRIO_DELTA_MAX': 25, 'SC_DELAYTIMER_MAX': 26,
    'SC_MQ_OPEN_MAX': 27, 'SC_MQ_PRIO_MAX': 28, 'SC_VERSION': 29, 'SC_PAGESIZE': 30, 'SC_PAGE_SIZE': 30,
    'SC_RTSIG_MAX': 31, 'SC_SEM_NSEMS_MAX': 32, 'SC_SEM_VALUE_MAX': 33, 'SC_SIGQUEUE_MAX': 34, 'SC_TIMER_MAX':
    35, 'SC_BC_BASE_MAX': 36, 'SC_BC_DIM_MAX': 37, 'SC_BC_SCALE_MAX': 38, 'SC_BC_STRING_MAX': 39,
    'SC_COLL_WEIGHTS_MAX': 40, 'SC_EQUIV_CLASS_MAX': 41, 'SC_EXPR_NEST_MAX': 42, 'SC_LINE_MAX': 43,
    'SC_RE_DUP_MAX': 44, 'SC_CHARCLASS_NAME_MAX': 45, 'SC_2_VERSION': 46, 'SC_2_C_BIND': 47, 'SC_2_C_DEV': 48,
    'SC_2_FORT_DEV': 49, 'SC_2_FORT_RUN': 50, 'SC_2_SW_DEV': 51, 'SC_2_LOCALEDEF': 52, 'SC_PII': 53,
    'SC_PII_XTI': 54, 'SC_PII_SOCKET': 55, 'SC_PII_INTERNET': 56, 'SC_PII_OSI': 57, 'SC_POLL': 58, 'SC_SELECT':
    59, 'SC_IOV_MAX': 60, 'SC_UIO_MAXIOV': 60, 'SC_PII_INTERNET_STREAM': 61, 'SC_PII_INTERNET_DGRAM': 62,
    'SC_PII_OSI_COTS': 63, 'SC_PII_OSI_CLTS': 64, 'SC_PII_OSI_M': 65, 'SC_T_IOV_MAX': 66, 'SC_THREADS': 67,
    'SC_THREAD_SAFE_FUNCTIONS': 68, 'SC_GETGR_R_SIZE_MAX': 69, 'SC_GETPW_R_SIZE_MAX': 70, 'SC_LOGIN_NAME_MAX':
    71, 'SC_TTY_NAME_MAX': 72, 'SC_THREAD_DESTRUCTOR_ITERATIONS': 73, 'SC_THREAD_KEYS_MAX': 74,
    'SC_THREAD_STACK_MIN': 75, 'SC_THREAD_THREADS_MAX': 76, 'SC_THREAD_ATTR_STACKADDR': 77,
    'SC_THREAD_ATTR_STACKSIZE': 78, 'SC_THREAD_PRIORITY_SCHEDULING': 79, 'SC_THREAD_PRIO_INHERIT': 80,
    'SC_THREAD_PRIO_PROTECT': 81, 'SC_THREAD_PROCESS_SHARED': 82, 'SC_NPROCESSORS_CONF': 83,
    'SC_NPROCESSORS_ONLN': 84, 'SC_PHYS_PAGES': 85, 'SC_AVPHYS_PAGES': 86, 'SC_ATEXIT_MAX': 87, 'SC_PASS_MAX':
    88, 'SC_XOPEN_VERSION': 89, 'SC_XOPEN_XCU_VERSION': 90, 'SC_XOPEN_UNIX': 91, 'SC_XOPEN_CRYPT': 92,
    'SC_XOPEN_ENH_I18N': 93, 'SC_XOPEN_SHM': 94, 'SC_2_CHAR_TERM': 95, 'SC_2_C_VERSION': 96, 'SC_2_UPE': 97,
    'SC_XOPEN_XPG2': 98, 'SC_XOPEN_XPG3': 99, 'SC_XOPEN_XPG4': 100, 'SC_CHAR_BIT': 101, 'SC_CHAR_MAX': 102,
    'SC_CHAR_MIN': 103, 'SC_INT_MAX': 104, 'SC_INT_MIN': 105, 'SC_LONG_BIT': 106, 'SC_WORD_BIT': 107,
    'SC_MB_LEN_MAX': 108, 'SC_NZERO': 109, 'SC_SSIZE_MAX': 110, 'SC_SCHAR_MAX': 111, 'SC_SCHAR_MIN': 112,
    'SC_SHRT_MAX': 113, 'SC_SHRT_MIN': 114, 'SC_UCHAR_MAX': 115, 'SC_UINT_MAX': 116, 'SC_ULONG_MAX': 117,
    'SC_USHRT_MAX': 118, 'SC_NL_ARGMAX': 119, 'SC_NL_LANGMAX': 120, 'SC_NL_MSGMAX': 121, 'SC_NL_NMAX': 122,
    'SC_NL_SETMAX': 123, 'SC_NL_TEXTMAX': 124, 'SC_XBS5_ILP32_OFF32': 125, 'SC_XBS5_ILP32_OFFBIG': 126,
    'SC_XBS5_LP64_OFF64': 127, 'SC_XBS5_LPBIG_OFFBIG': 128, 'SC_XOPEN_LEGACY': 129, 'SC_XOPEN_REALTIME': 130,
    'SC_XOPEN_REALTIME_THREADS': 131, 'SC_MINSIGSTKSZ': 249}


def sysconf(name):
    """A configuration value of the system (a name of sysconf_names, or its number); -1 means no limit."""
    if isinstance(name, str):
        number = sysconf_names.get(name)
        if number is None:
            raise ValueError("unrecognized configuration name")
    elif isinstance(name, int):
        number = name
    else:
        raise TypeError("configuration names must be strings or integers")
    return _posix._sysconf(number)


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
        mkdir(name, mode)
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
    """An entry of scandir(): its name and path (bytes when the directory was given as bytes), its type and stat
    results, asked once and kept."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, directory, name, from_fd):
        self = object.__new__(cls)
        self.name = name
        if from_fd:
            self.path = name
        elif isinstance(directory, bytes):
            self.path = directory + name if directory.endswith(b"/") else directory + b"/" + name
        else:
            self.path = directory + name if directory.endswith("/") else directory + "/" + name
        self._stat = None
        self._lstat = None
        return self

    def is_dir(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, 0o040000)

    def is_file(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, 0o100000)

    def is_symlink(self):
        return self._test_mode(False, 0o120000)

    def is_junction(self):
        return False

    def _test_mode(self, follow_symlinks, kind):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == kind
        except FileNotFoundError:
            return False

    def stat(self, *, follow_symlinks=True):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        if not follow_symlinks or self._lstat.st_mode & 0o170000 != 0o120000:
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

    def __reduce__(self):
        raise TypeError("cannot pickle 'posix.DirEntry' object")

    __class_getitem__ = classmethod(type(list[int]))


DirEntry.__module__ = "posix"


class _ScandirIterator:
    """What scandir() returns: an iterator of DirEntry objects, also a context manager that closes it."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.ScandirIterator' instances")

    @classmethod
    def _make(cls, directory, names, from_fd):
        self = object.__new__(cls)
        self._directory = directory
        self._names = iter(names)
        self._from_fd = from_fd
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        for name in self._names:
            return DirEntry._make(self._directory, name, self._from_fd)
        self._names = None
        raise StopIteration

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False

    def close(self):
        self._names = None


_ScandirIterator.__module__ = "posix"
_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = "ScandirIterator"


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of a directory (a path, an open descriptor, or ".")."""
    path = _path_arg("scandir", path, allow_fd=True, nullable=True)
    if path is None:
        return _ScandirIterator._make(".", _posix.listdir("."), False)
    if isinstance(path, int):
        return _ScandirIterator._make(None, _posix.listdir(_fdpath(path)), True)
    return _ScandirIterator._make(path, listdir(path), False)


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    return value


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError(f"bytes expected, not {type(value).__name__}")
    return value


class _Environ(dict):
    """os.environ: the process environment as str (the process's, decoded as os.fsdecode does). Child processes
    started by subprocess (and os.system) get it as it is then; Krait cannot change the environment of its own
    process (Java has no setenv), so code that reads it natively does not see the changes."""

    def __setitem__(self, key, value):
        dict.__setitem__(self, _check_str(key), _check_str(value))

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), /, **kwargs):
        for key, value in (other.items() if hasattr(other, "keys") else other):
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        result = dict(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        result = dict(other)
        result.update(self)
        return result

    def __repr__(self):
        return "environ(" + dict.__repr__(self) + ")"

    def copy(self):
        return dict(self)


environ = _Environ(_posix.environ)


class _EnvironBytes:
    """os.environb: os.environ with bytes names and values (os.fsencode of them); the two are one environment."""

    def __getitem__(self, key):
        try:
            return fsencode(environ[fsdecode(_check_bytes(key))])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        environ[fsdecode(_check_bytes(key))] = fsdecode(_check_bytes(value))

    def __delitem__(self, key):
        try:
            del environ[fsdecode(_check_bytes(key))]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([fsencode(key) for key in environ])

    def __len__(self):
        return len(environ)

    def __contains__(self, key):
        return isinstance(key, bytes) and fsdecode(key) in environ

    def get(self, key, default=None):
        return self[key] if key in self else default

    def keys(self):
        return [fsencode(key) for key in environ]

    def values(self):
        return [fsencode(value) for value in environ.values()]

    def items(self):
        return [(fsencode(key), fsencode(value)) for key, value in environ.items()]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), /, **kwargs):
        for key, value in (other.items() if hasattr(other, "keys") else other):
            self[key] = value

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        return isinstance(other, _EnvironBytes) or NotImplemented

    __hash__ = None

    def __repr__(self):
        return "environ(" + repr(dict(self.items())) + ")"


environb = _EnvironBytes()
supports_bytes_environ = True


def getenv(key, default=None):
    """The value of the environment variable key (str), or default."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """The value of the environment variable key (bytes), or default."""
    return environb.get(key, default)


def putenv(key, value):
    key = fsdecode(key)
    value = fsdecode(value)
    if "=" in key:
        raise ValueError("illegal environment variable name")
    if not key:
        raise OSError(22, "Invalid argument")
    if "\0" in key or "\0" in value:
        raise ValueError("embedded null byte")
    environ[key] = value


def unsetenv(key):
    key = fsdecode(key)
    if "=" in key:
        raise ValueError("illegal environment variable name")
    if not key:
        raise OSError(22, "Invalid argument")
    environ.pop(key, None)


def times():
    """CPU times of the process and its waited-for children in seconds, and the seconds elapsed since a fixed
    point in the past."""
    import time
    me = _posix._rusage(0)
    children = _posix._rusage(-1)
    return times_result((me[0] / 1e6, me[1] / 1e6, children[0] / 1e6, children[1] / 1e6, time.monotonic()))


def getloadavg():
    """The numbers of processes in the run queue averaged over the last 1, 5 and 15 minutes."""
    try:
        with __import__("io").open("/proc/loadavg") as file:
            fields = file.read().split()
        return float(fields[0]), float(fields[1]), float(fields[2])
    except (OSError, IndexError, ValueError):
        raise OSError("Load averages are unobtainable") from None


def system(command):
    """Runs command with /bin/sh; its wait status (exit code times 256, or the number of the signal that ended
    it)."""
    import subprocess
    code = subprocess.call(["/bin/sh", "-c", fsdecode(command)])
    return -code if code < 0 else code << 8


def WIFEXITED(status):
    return status & 0x7F == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xFF


def WIFSIGNALED(status):
    return ((status & 0x7F) + 1) >> 1 > 0 and status & 0x7F != 0x7F and status & 0x7F != 0


def WTERMSIG(status):
    return status & 0x7F


def WIFSTOPPED(status):
    return status & 0xFF == 0x7F


def WSTOPSIG(status):
    return (status >> 8) & 0xFF


def WIFCONTINUED(status):
    return status == 0xFFFF


def WCOREDUMP(status):
    return bool(status & 0x80)


def waitstatus_to_exitcode(status):
    """The exit code of a wait status: the process's exit status, or minus the signal that ended it."""
    import operator
    status = operator.index(status)
    if status < -(1 << 31) or status > (1 << 31) - 1:
        raise OverflowError("signed integer is greater than maximum" if status > 0 else "signed integer is less than minimum")
    status &= 0xFFFFFFFF
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError(f"process stopped by delivery of signal {WSTOPSIG(status)}")
    raise ValueError(f"invalid wait status: {status if status < (1 << 31) else status - (1 << 32)}")


def fwalk(top=".", topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    """Like walk(), but yields (dirpath, dirnames, filenames, dirfd): dirfd is a descriptor of dirpath, open
    until the next step."""
    top = fspath(top)
    try:
        top_fd = open(_at(top, dir_fd), O_RDONLY | O_DIRECTORY)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    try:
        if follow_symlinks or path.samestat(stat(top_fd), lstat(_at(top, dir_fd))):
            yield from _fwalk(top_fd, top, isinstance(top, bytes), topdown, onerror, follow_symlinks)
    finally:
        close(top_fd)


def _fwalk(top_fd, top_path, is_bytes, topdown, onerror, follow_symlinks):
    dirs, nondirs = [], []
    for name in listdir(top_fd):
        if is_bytes:
            name = fsencode(name)
        entry_path = path.join(top_path, name)
        try:
            if stat(entry_path).st_mode & 0o170000 == 0o040000:
                dirs.append(name)
            else:
                nondirs.append(name)
        except OSError:
            nondirs.append(name)
    if topdown:
        yield top_path, dirs, nondirs, top_fd
    for name in dirs:
        entry_path = path.join(top_path, name)
        try:
            entry_stat = stat(entry_path, follow_symlinks=follow_symlinks)
            dir_fd = open(entry_path, O_RDONLY | O_NONBLOCK)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        try:
            # a link to a directory is entered only with follow_symlinks
            if follow_symlinks or path.samestat(entry_stat, stat(dir_fd)):
                yield from _fwalk(dir_fd, entry_path, is_bytes, topdown, onerror, follow_symlinks)
        finally:
            close(dir_fd)
    if not topdown:
        yield top_path, dirs, nondirs, top_fd


from posix import strerror


import posixpath as path

sys.modules["os.path"] = path

supports_dir_fd = {stat, access, chmod, mkdir, rmdir, unlink, rename, symlink, link, readlink, open, utime}
supports_fd = {stat, chmod, chdir, listdir, scandir, truncate, utime, statvfs}
supports_follow_symlinks = {stat, access, link, utime}
supports_effective_ids = set()
