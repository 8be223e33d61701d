"""File control (Krait's implementation): descriptor flags through fcntl(), and advisory locks with flock() and
lockf(), which other processes see (they are taken with the C library, on a native descriptor of the same file).
fcntl() handles the descriptor commands (F_GETFD, F_SETFD, F_GETFL, F_SETFL, F_DUPFD, F_DUPFD_CLOEXEC) with
integer arguments; ioctl() is not provided."""

import os as _os
import posix as _posix

FD_CLOEXEC = 1
F_DUPFD = 0
F_GETFD = 1
F_SETFD = 2
F_GETFL = 3
F_SETFL = 4
F_GETLK = 5
F_SETLK = 6
F_SETLKW = 7
F_SETOWN = 8
F_GETOWN = 9
F_SETSIG = 10
F_GETSIG = 11
F_RDLCK = 0
F_WRLCK = 1
F_UNLCK = 2
F_EXLCK = 4
F_SHLCK = 8
F_DUPFD_CLOEXEC = 1030
F_SETLEASE = 1024
F_GETLEASE = 1025
F_NOTIFY = 1026
F_SETPIPE_SZ = 1031
F_GETPIPE_SZ = 1032
F_ADD_SEALS = 1033
F_GET_SEALS = 1034
F_SEAL_SEAL = 1
F_SEAL_SHRINK = 2
F_SEAL_GROW = 4
F_SEAL_WRITE = 8
F_GETLK64 = 5
F_SETLK64 = 6
F_SETLKW64 = 7
F_OFD_GETLK = 36
F_OFD_SETLK = 37
F_OFD_SETLKW = 38
FASYNC = 8192
LOCK_SH = 1
LOCK_EX = 2
LOCK_NB = 4
LOCK_UN = 8
LOCK_MAND = 32
LOCK_READ = 64
LOCK_WRITE = 128
LOCK_RW = 192
DN_ACCESS = 1
DN_MODIFY = 2
DN_CREATE = 4
DN_DELETE = 8
DN_RENAME = 16
DN_ATTRIB = 32
DN_MULTISHOT = 2147483648


def _descriptor(fd):
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


def _int_arg(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    import operator
    return operator.index(value)


def fcntl(fd, cmd, arg=0, /):
    """Performs cmd on descriptor fd: F_GETFD/F_SETFD (FD_CLOEXEC), F_GETFL/F_SETFL (O_NONBLOCK is the status flag
    that can be changed), F_DUPFD/F_DUPFD_CLOEXEC (a copy numbered at least arg)."""
    fd = _descriptor(fd)
    cmd = _int_arg(cmd)
    if isinstance(arg, (bytes, bytearray, str)):
        raise OSError(22, "Invalid argument")
    arg = _int_arg(arg)
    if cmd == F_GETFD:
        return 0 if _os.get_inheritable(fd) else FD_CLOEXEC
    if cmd == F_SETFD:
        _os.set_inheritable(fd, not arg & FD_CLOEXEC)
        return 0
    if cmd == F_GETFL:
        flags = _posix._open_flags(fd)
        return (flags & ~_os.O_NONBLOCK) | (0 if _os.get_blocking(fd) else _os.O_NONBLOCK)
    if cmd == F_SETFL:
        _posix._open_flags(fd)
        _os.set_blocking(fd, not arg & _os.O_NONBLOCK)
        return 0
    if cmd in (F_DUPFD, F_DUPFD_CLOEXEC):
        if arg < 0:
            raise OSError(22, "Invalid argument")
        copies = []
        try:
            copy = _os.dup(fd)
            while copy < arg:
                copies.append(copy)
                copy = _os.dup(fd)
        finally:
            for extra in copies:
                _os.close(extra)
        if cmd == F_DUPFD:
            _os.set_inheritable(copy, True)
        return copy
    raise OSError(22, "Invalid argument")


def flock(fd, operation, /):
    """Applies (LOCK_SH, LOCK_EX) or removes (LOCK_UN) an advisory lock on the whole open file; with LOCK_NB,
    BlockingIOError instead of waiting."""
    _posix._flock(_descriptor(fd), _int_arg(operation))


def lockf(fd, cmd, len=0, start=0, whence=0, /):
    """A POSIX record lock (LOCK_SH, LOCK_EX, LOCK_UN, with LOCK_NB not to wait) on len bytes from start
    (len 0: to the end of the file), start relative to whence."""
    fd = _descriptor(fd)
    cmd = _int_arg(cmd)
    if cmd == LOCK_UN:
        lock_type = F_UNLCK
    elif cmd & LOCK_SH:
        lock_type = F_RDLCK
    elif cmd & LOCK_EX:
        lock_type = F_WRLCK
    else:
        raise ValueError("unrecognized lockf argument")
    _posix._record_lock(fd, not cmd & LOCK_NB, lock_type, _int_arg(start), _int_arg(len), _int_arg(whence))
