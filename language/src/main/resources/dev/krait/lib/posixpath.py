"""os.path for POSIX paths (Krait's implementation): string operations, and queries through os.stat."""

import os as _os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
altsep = None
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

__all__ = ["abspath", "basename", "commonpath", "commonprefix", "dirname", "exists", "expanduser", "expandvars",
           "getatime", "getctime", "getmtime", "getsize", "isabs", "isdir", "isfile", "islink", "join", "lexists",
           "normcase", "normpath", "realpath", "relpath", "samefile", "split", "splitdrive", "splitext", "sep",
           "curdir", "pardir", "extsep", "pathsep", "altsep", "defpath", "devnull"]


def normcase(s):
    return _os.fspath(s)


def isabs(s):
    return _os.fspath(s).startswith("/")


def join(a, *p):
    path = _os.fspath(a)
    for b in map(_os.fspath, p):
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _os.fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _os.fspath(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _os.fspath(p)
    return p[:0], p


def basename(p):
    p = _os.fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _os.fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _os.fspath(path)
    if path == "":
        return "."
    initial_slashes = 2 if path.startswith("//") and not path.startswith("///") else 1 if path.startswith("/") else 0
    parts = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = "/" * initial_slashes + "/".join(parts)
    return path or "."


def abspath(path):
    path = _os.fspath(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(path, *, strict=False):
    """The canonical path: absolute, with every symbolic link resolved (a missing tail is kept as written)."""
    resolved, _ = _resolve_links("/", abspath(path), strict, {})
    return resolved


def _resolve_links(base, rest, strict, seen):
    """Applies the path rest to the resolved directory base; (result, False) when a link loop stopped it."""
    if isabs(rest):
        base = "/"
    names = rest.split("/")
    for index, name in enumerate(names):
        if not name or name == curdir:
            continue
        if name == pardir:
            base = dirname(base)
            continue
        candidate = join(base, name)
        if not islink(candidate):
            if strict and not lexists(candidate):
                _os.stat(candidate)
            base = candidate
            continue
        if candidate in seen:
            if seen[candidate] is not None:
                base = seen[candidate]
                continue
            if strict:
                _os.stat(candidate)
            return join(candidate, *names[index + 1:]), False
        seen[candidate] = None
        base, finished = _resolve_links(base, _os.readlink(candidate), strict, seen)
        if not finished:
            return join(base, *names[index + 1:]), False
        seen[candidate] = base
    return base, True


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else _os.fspath(start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = tuple(map(_os.fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    try:
        isabs_flags = {p.startswith("/") for p in paths}
    except TypeError:
        raise
    if len(isabs_flags) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if paths[0].startswith("/") else ""
    return prefix + "/".join(common)


def expanduser(path):
    """~ and ~user at the start of path replaced by that user's home directory ($HOME for ~, else the password
    database); path unchanged when there is no such user."""
    path = _os.fspath(path)
    binary = isinstance(path, bytes)
    tilde, sep = (b"~", b"/") if binary else ("~", "/")
    if not path.startswith(tilde):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if "HOME" in _os.environ:
            home = _os.environ["HOME"]
        else:
            try:
                import pwd
                home = pwd.getpwuid(_os.getuid()).pw_dir
            except (ImportError, KeyError):
                return path
    else:
        try:
            import pwd
            name = path[1:i]
            if binary:
                name = _os.fsdecode(name)
            home = pwd.getpwnam(name).pw_dir
        except (ImportError, KeyError):
            return path
    if binary:
        home = _os.fsencode(home)
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    path = _os.fspath(path)
    if "$" not in path:
        return path
    result = []
    i = 0
    while i < len(path):
        c = path[i]
        if c == "$" and i + 1 < len(path):
            if path[i + 1] == "{":
                j = path.find("}", i + 2)
                if j >= 0:
                    name = path[i + 2:j]
                    if name in _os.environ:
                        result.append(_os.environ[name])
                    else:
                        result.append(path[i:j + 1])
                    i = j + 1
                    continue
            else:
                j = i + 1
                while j < len(path) and (path[j].isalnum() or path[j] == "_"):
                    j += 1
                name = path[i + 1:j]
                if name and name in _os.environ:
                    result.append(_os.environ[name])
                    i = j
                    continue
        result.append(c)
        i += 1
    return "".join(result)


def exists(path):
    try:
        _os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        return _os.stat(path).st_mode & 0o170000 == 0o100000
    except (OSError, ValueError):
        return False


def isdir(s):
    try:
        return _os.stat(s).st_mode & 0o170000 == 0o040000
    except (OSError, ValueError):
        return False


def islink(path):
    try:
        return _os.lstat(path).st_mode & 0o170000 == 0o120000
    except (OSError, ValueError, AttributeError):
        return False


def getsize(filename):
    return _os.stat(filename).st_size


def getmtime(filename):
    return _os.stat(filename).st_mtime


def getatime(filename):
    return _os.stat(filename).st_atime


def getctime(filename):
    return _os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = _os.stat(f1)
    s2 = _os.stat(f2)
    return samestat(s1, s2)


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def ismount(path):
    try:
        s1 = _os.lstat(path)
    except (OSError, ValueError):
        return False
    if s1.st_mode & 0o170000 == 0o120000:
        return False
    try:
        s2 = _os.lstat(join(path, pardir))
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def _bytes_as_text(function):
    """function (written for str paths) also for bytes paths: they are decoded as os.fsdecode does, and the result
    encoded back, which gives the same bytes CPython's bytes code computes; str and bytes do not mix."""
    def wrapper(*args, **kwargs):
        paths = [arg if arg is None else _os.fspath(arg) for arg in args]
        if not any(isinstance(path, bytes) for path in paths):
            return function(*paths, **kwargs)
        if not all(path is None or isinstance(path, bytes) for path in paths):
            raise TypeError("Can't mix strings and bytes in path components")
        result = function(*[path if path is None else _os.fsdecode(path) for path in paths], **kwargs)
        if isinstance(result, tuple):
            return tuple(_os.fsencode(item) for item in result)
        return _os.fsencode(result)

    wrapper.__name__ = wrapper.__qualname__ = function.__name__
    wrapper.__doc__ = function.__doc__
    wrapper.__module__ = __name__
    return wrapper


for _function in (isabs, join, split, splitext, basename, dirname, normpath, abspath, realpath, relpath, expanduser,
                  expandvars):
    globals()[_function.__name__] = _bytes_as_text(_function)
del _function


_commonpath_str = commonpath


def commonpath(paths):
    """The longest common sub-path of the paths (all str or all bytes)."""
    paths = [_os.fspath(path) for path in paths]
    if paths and all(isinstance(path, bytes) for path in paths):
        return _os.fsencode(_commonpath_str([_os.fsdecode(path) for path in paths]))
    if any(isinstance(path, bytes) for path in paths):
        raise TypeError("Can't mix strings and bytes in path components")
    return _commonpath_str(paths)
