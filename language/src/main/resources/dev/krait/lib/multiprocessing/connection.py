"""multiprocessing's Pipe and Connection (written for Krait).

A pipe is an object of the shared server (multiprocessing._broker) with a box of messages for each end. An end is
held by every process that has it open; reading an empty end whose other end no process holds any more raises
EOFError, as reading a pipe whose writers all closed it does. A Connection that crosses to another process is held
for it from the moment it is pickled until that process takes it over, so a parent may close its copy as soon as the
child has been started."""

import itertools
import os
import time

from multiprocessing import context
from multiprocessing.context import BufferTooShort
from multiprocessing._broker import SharedObject
from multiprocessing.reduction import ForkingPickler

__all__ = ['Pipe', 'Connection', 'wait']

BUFSIZE = 8192
_tokens = itertools.count(1)


class Connection(SharedObject):
    """One end of a Pipe."""

    _typeid = 'Channel'

    def __init__(self, readable=True, writable=True):
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._readable = readable
        self._writable = writable
        self._closed = False

    def __getstate__(self):
        self._check_closed()
        token = "%d-%d" % (os.getpid(), next(_tokens))
        self._call('hold', self._end, token)
        popen = context.get_spawning_popen()
        if popen is not None:
            popen.on_reaped.append(lambda: self._call('drop_token', token))
        state = self._shared_state()
        state.update(_end=self._end, _readable=self._readable, _writable=self._writable, _token=token)
        return state

    def __setstate__(self, state):
        token = state.pop('_token')
        self.__dict__.update(state)
        self._closed = False
        self._call('adopt', self._end, token, os.getpid())

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def close(self):
        if not self._closed:
            self._closed = True
            self._call('drop', self._end, os.getpid())

    def __del__(self):
        if not getattr(self, '_closed', True):
            try:
                self.close()
            except Exception:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        m = memoryview(buf)
        if m.itemsize > 1:
            m = m.cast('B')
        n = m.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._call('send', self._end, bytes(m[offset:offset + size]))

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        self._call('send', self._end, bytes(ForkingPickler.dumps(obj)))

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._call('recv', self._end)
        if maxlength is not None and len(data) > maxlength:
            # as CPython's: the end reads no more
            self._readable = False
            raise OSError("bad message length")
        return data

    def recv_bytes_into(self, buf, offset=0):
        self._check_closed()
        self._check_readable()
        with memoryview(buf) as m:
            itemsize = m.itemsize
            size = itemsize * len(m)
            if offset < 0:
                raise ValueError("negative offset")
            elif offset > size:
                raise ValueError("offset too large")
            data = self._call('recv', self._end)
            if size - offset < len(data):
                raise BufferTooShort(data)
            m.cast('B')[offset:offset + len(data)] = data
            return len(data)

    def recv(self):
        self._check_closed()
        self._check_readable()
        return ForkingPickler.loads(self._call('recv', self._end))

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return self._call('poll', self._end, timeout)


def Pipe(duplex=True):
    """Returns the two ends (c1, c2) of a new pipe; without duplex c1 only reads and c2 only writes."""
    first = Connection(True, duplex)
    first._create(duplex)
    second = Connection(duplex, True)
    second.__dict__.update(_address=first._address, _authkey=first._authkey, _ident=first._ident)
    first._end, second._end = 0, 1
    pid = os.getpid()
    first._call('hold', 0, pid)
    first._call('hold', 1, pid)
    return first, second


def _ready(obj):
    popen = getattr(obj, '_popen', None)
    if popen is not None:
        # a process's sentinel: ready once the process has ended
        return popen.poll() is not None
    return obj.poll()


def wait(object_list, timeout=None):
    """The connections of object_list that have something to read (or are at their end) and the sentinels of
    processes that have ended, waiting up to timeout."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = [obj for obj in object_list if _ready(obj)]
        if ready:
            return ready
        if deadline is not None and time.monotonic() >= deadline:
            return []
        time.sleep(0.01)
