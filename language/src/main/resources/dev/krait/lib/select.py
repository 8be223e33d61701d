"""The select module (Krait's implementation): select() and poll objects over sockets (Java NIO selectors in
_krait_socket); files and the standard streams are always ready, as poll() reports regular files."""

import _krait_socket as _k

error = OSError

POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL = 1, 2, 4, 8, 16, 32
POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG, POLLRDHUP = 64, 128, 256, 512, 1024, 8192
PIPE_BUF = 4096

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
            entries = list(self._registered.items())
            reads = tuple(fd for fd, mask in entries if mask & (POLLIN | POLLPRI | POLLRDNORM))
            writes = tuple(fd for fd, mask in entries if mask & (POLLOUT | POLLWRNORM))
            if not reads and not writes:
                _k.select((), (), nanos)
                return []
            ready_reads, ready_writes = _k.select(reads, writes, nanos)
        finally:
            self._polling = False
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
