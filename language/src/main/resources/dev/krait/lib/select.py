"""The select module (Krait's implementation): select(), poll and epoll objects over sockets (Java NIO selectors in
_krait_socket); files and the standard streams are always ready, as poll() reports regular files."""

import _krait_socket as _k

error = OSError

POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL = 1, 2, 4, 8, 16, 32
POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG, POLLRDHUP = 64, 128, 256, 512, 1024, 8192
PIPE_BUF = 4096
EPOLLIN, EPOLLPRI, EPOLLOUT, EPOLLERR, EPOLLHUP = 1, 2, 4, 8, 16
EPOLLRDNORM, EPOLLRDBAND, EPOLLWRNORM, EPOLLWRBAND, EPOLLMSG, EPOLLRDHUP = 64, 128, 256, 512, 1024, 8192
EPOLLEXCLUSIVE, EPOLLONESHOT, EPOLLET, EPOLL_CLOEXEC = 1 << 28, 1 << 30, 1 << 31, 524288

_FD_SETSIZE = 1024


def _fileno(obj):
    """The descriptor of an int or of an object with a fileno() method (CPython's PyObject_AsFileDescriptor)."""
    if isinstance(obj, int):
        fd = int(obj)
    else:
        method = getattr(obj, "fileno", None)
        if method is None:
            raise TypeError("argument must be an int, or have a fileno() method.")
        fd = method()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
        fd = int(fd)
    if fd < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
    return fd


def _select_set(seq):
    """(object, descriptor) pairs of one of select()'s sequences, read as CPython reads them: a list is walked live,
    so a fileno() that changes it changes what is read, and the limit is checked on the way."""
    if not isinstance(seq, (list, tuple)):
        try:
            seq = list(seq)
        except TypeError:
            raise TypeError("arguments 1-3 must be sequences") from None
    pairs = []
    i = 0
    while i < len(seq):
        obj = seq[i]
        fd = _fileno(obj)
        if fd >= _FD_SETSIZE:
            raise ValueError("filedescriptor out of range in select()")
        if i >= _FD_SETSIZE:
            raise ValueError("too many file descriptors in select()")
        pairs.append((obj, fd))
        i += 1
    return pairs


def _timeout_number(timeout, message):
    if isinstance(timeout, float):
        seconds = timeout
    elif isinstance(timeout, int):
        seconds = int(timeout)
    else:
        index = getattr(type(timeout), "__index__", None)
        as_float = getattr(type(timeout), "__float__", None)
        if index is not None:
            seconds = index(timeout)
        elif as_float is not None:
            seconds = as_float(timeout)
        else:
            raise TypeError(message)
    if seconds != seconds:
        raise ValueError("Invalid value NaN (not a number)")
    return seconds


def select(rlist, wlist, xlist, timeout=None, /):
    """Wait until one or more file descriptors are ready for some kind of I/O.

The first three arguments are iterables of file descriptors to be waited for:
rlist -- wait until ready for reading
wlist -- wait until ready for writing
xlist -- wait for an "exceptional condition"
If only one kind of condition is required, pass [] for the other lists.

A file descriptor is either a socket or file object, or a small integer
gotten from a fileno() method call on one of those.

The optional 4th argument specifies a timeout in seconds; it may be
a floating point number to specify fractions of seconds.  If it is absent
or None, the call will never time out.

The return value is a tuple of three lists corresponding to the first three
arguments; each contains the subset of the corresponding file descriptors
that are ready."""
    if timeout is None:
        nanos = -1
    else:
        seconds = _timeout_number(timeout, "timeout must be a float or None")
        if not -9223372036.854775808 <= seconds <= 9223372036.854775807:
            # CPython keeps timeouts as 64-bit nanoseconds
            raise OverflowError("timestamp out of range for platform time_t" if isinstance(seconds, float)
                                else "timestamp too large to convert to C _PyTime_t")
        if seconds < 0:
            raise ValueError("timeout must be non-negative")
        nanos = int(seconds * 1e9)
    reads = _select_set(rlist)
    writes = _select_set(wlist)
    excepts = _select_set(xlist)
    ready_reads, ready_writes = _k.select(tuple(fd for _, fd in reads), tuple(fd for _, fd in writes), nanos)
    if excepts:
        # no exceptional conditions (out-of-band data) are reported, but the descriptors must be open
        _k.select(tuple(fd for _, fd in excepts), (), 0)
    ready_reads, ready_writes = set(ready_reads), set(ready_writes)
    return ([obj for obj, fd in reads if fd in ready_reads], [obj for obj, fd in writes if fd in ready_writes], [])


class poll:
    """A set of descriptors to wait on, with the events each waits for (Krait reports POLLIN and POLLOUT; the
    others, POLLHUP and POLLERR among them, never come back)."""

    def __init__(self):
        self._registered = {}
        self._polling = False

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        """Register a file descriptor with the polling object."""
        fd = _fileno(fd)
        self._registered[fd] = _event_mask(eventmask)

    def modify(self, fd, eventmask, /):
        """Modify an already registered file descriptor."""
        fd = _fileno(fd)
        mask = _event_mask(eventmask)
        if fd not in self._registered:
            raise FileNotFoundError(2, "No such file or directory")
        self._registered[fd] = mask

    def unregister(self, fd, /):
        """Remove a file descriptor being tracked by the polling object."""
        fd = _fileno(fd)
        if fd not in self._registered:
            raise KeyError(fd)
        del self._registered[fd]

    def poll(self, timeout=None, /):
        """Polls the set of registered file descriptors: a list of (fd, events) for those with events ready; the
        timeout is in milliseconds (None or negative: wait for ever)."""
        if timeout is None:
            nanos = -1
        else:
            millis = _timeout_number(timeout, "timeout must be an integer or None")
            nanos = -1 if millis < 0 else int(millis * 1e6)
        if self._polling:
            raise RuntimeError("concurrent poll() invocation")
        self._polling = True
        try:
            return _poll_ready(list(self._registered.items()), nanos)
        finally:
            self._polling = False


def _poll_ready(entries, nanos):
    """(fd, events) for the entries (fd, mask) with events ready, waiting up to nanos (-1: for ever)."""
    reads = tuple(fd for fd, mask in entries if mask & (POLLIN | POLLPRI | POLLRDNORM))
    writes = tuple(fd for fd, mask in entries if mask & (POLLOUT | POLLWRNORM))
    ready_reads, ready_writes = _k.select(reads, writes, nanos)
    ready_reads, ready_writes = set(ready_reads), set(ready_writes)
    result = []
    for fd, mask in entries:
        events = 0
        if fd in ready_reads:
            events |= mask & (POLLIN | POLLRDNORM)
        if fd in ready_writes:
            events |= mask & (POLLOUT | POLLWRNORM)
        if events:
            result.append((fd, events))
    return result


class epoll:
    """select.epoll(sizehint=-1, flags=0)

Returns an epolling object.

  sizehint
    The expected number of events to be registered.  It must be positive,
    or -1 to use the default.  It is only used on older systems where
    epoll_create1() is not available; otherwise it has no effect (though its
    value is still checked).
  flags
    Deprecated and completely ignored.  However, when supplied, its value
    must be 0 or select.EPOLL_CLOEXEC, otherwise OSError is raised.

(Krait's epoll is level-triggered only: EPOLLET raises NotImplementedError.)"""

    def __init__(self, sizehint=-1, flags=0):
        sizehint = _event_int(sizehint)
        flags = _event_int(flags)
        if sizehint == 0 or sizehint < -1:
            raise ValueError("negative sizehint")
        if flags and flags != EPOLL_CLOEXEC:
            raise OSError("invalid flags")
        self._registered = {}
        self._fd = _k.reserve()

    def __del__(self):
        self.close()

    def _check(self):
        if self._fd < 0:
            raise ValueError("I/O operation on closed epoll object")

    @property
    def closed(self):
        """True if the epoll handler is closed"""
        return self._fd < 0

    def close(self):
        """Close the epoll control file descriptor."""
        if getattr(self, "_fd", -1) >= 0:
            _k.unreserve(self._fd)
            self._fd = -1

    def fileno(self):
        """Return the epoll control file descriptor."""
        self._check()
        return self._fd

    @classmethod
    def fromfd(cls, fd, /):
        raise NotImplementedError("select: Krait cannot make an epoll object from a descriptor")

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        """Registers a new fd or raises an OSError if the fd is already registered."""
        self._check()
        fd = _fileno(fd)
        mask = _epoll_mask(eventmask)
        _k.select((fd,), (), 0)
        if fd in self._registered:
            raise FileExistsError(17, "File exists")
        self._registered[fd] = mask

    def modify(self, fd, eventmask):
        """Modify event mask for a registered file descriptor."""
        self._check()
        fd = _fileno(fd)
        mask = _epoll_mask(eventmask)
        if fd not in self._registered:
            raise FileNotFoundError(2, "No such file or directory")
        self._registered[fd] = mask

    def unregister(self, fd):
        """Remove a registered file descriptor from the epoll object."""
        self._check()
        fd = _fileno(fd)
        if fd not in self._registered:
            raise FileNotFoundError(2, "No such file or directory")
        del self._registered[fd]

    def poll(self, timeout=None, maxevents=-1):
        """Wait for events on the epoll file descriptor: a list of (fd, events); timeout in seconds (None or
        negative: for ever)."""
        self._check()
        if timeout is None:
            nanos = -1
        else:
            seconds = _timeout_number(timeout, "timeout must be an integer or None")
            nanos = -1 if seconds < 0 else int(seconds * 1e9)
        maxevents = _event_int(maxevents)
        if maxevents == -1:
            maxevents = _FD_SETSIZE - 1
        elif maxevents < 1:
            raise ValueError(f"maxevents must be greater than 0, got {maxevents}")
        entries = [(fd, mask) for fd, mask in self._registered.items() if mask & ~(EPOLLONESHOT | EPOLLEXCLUSIVE | EPOLLRDHUP)]
        ready = _poll_ready(entries, nanos)[:maxevents]
        for fd, _ in ready:
            if self._registered.get(fd, 0) & EPOLLONESHOT:
                self._registered[fd] = EPOLLONESHOT
        return ready

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


def _event_int(value):
    if not isinstance(value, int):
        index = getattr(type(value), "__index__", None)
        if index is None:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        value = index(value)
    return int(value)


def _epoll_mask(eventmask):
    mask = _event_int(eventmask)
    if mask < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if mask > 0xFFFFFFFF:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if mask & EPOLLET:
        raise NotImplementedError("select: Krait's epoll is level-triggered (no EPOLLET)")
    return mask


def _event_mask(eventmask):
    if not isinstance(eventmask, int):
        index = getattr(type(eventmask), "__index__", None)
        if index is None:
            raise TypeError(f"'{type(eventmask).__name__}' object cannot be interpreted as an integer")
        eventmask = index(eventmask)
    if eventmask < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if eventmask > 0xFFFF:
        raise OverflowError("Python int too large for C unsigned short")
    return eventmask
