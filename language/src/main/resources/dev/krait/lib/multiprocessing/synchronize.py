"""multiprocessing's locks, semaphores, conditions, events and barriers (written for Krait).

Each is an object of the shared server (see multiprocessing._broker): a lock taken in one process is taken for all,
and ownership is a (process, thread) pair as with CPython's semaphores."""

import threading
import time

from multiprocessing import process
from multiprocessing._broker import SharedObject, who

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']


def _owner_name(owner):
    """How CPython's reprs name the holder of a lock held by this thread."""
    name = process.current_process().name
    if threading.current_thread().name != 'MainThread':
        name += '|' + threading.current_thread().name
    return name


class SemLock(SharedObject):
    def __init__(self, *args, ctx=None):
        self._create(*args)

    def acquire(self, block=True, timeout=None):
        return self._call('acquire', who(), block, timeout)

    def release(self):
        self._call('release', who())

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class Semaphore(SemLock):
    _typeid = 'Semaphore'

    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise OSError(22, 'Invalid argument')
        SemLock.__init__(self, value)

    def get_value(self):
        return self._call('get_value')

    def __repr__(self):
        try:
            value = self.get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (self.__class__.__name__, value)


class BoundedSemaphore(Semaphore):
    _typeid = 'BoundedSemaphore'

    def __repr__(self):
        try:
            value, bound = self._call('state')
        except Exception:
            value = bound = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, value, bound)


class Lock(SemLock):
    _typeid = 'Lock'

    def __repr__(self):
        try:
            owner, count = self._call('state')
            if count and owner == who():
                name = _owner_name(owner)
            elif not count:
                name = 'None'
            elif owner[0] == who()[0]:
                name = 'SomeOtherThread'
            else:
                name = 'SomeOtherProcess'
        except Exception:
            name = 'unknown'
        return '<%s(owner=%s)>' % (self.__class__.__name__, name)


class RLock(SemLock):
    _typeid = 'RLock'

    def __repr__(self):
        try:
            owner, count = self._call('state')
            if count and owner == who():
                name = _owner_name(owner)
            elif not count:
                name, count = 'None', 0
            elif owner[0] == who()[0]:
                name, count = 'SomeOtherThread', 'nonzero'
            else:
                name, count = 'SomeOtherProcess', 'nonzero'
        except Exception:
            name, count = 'unknown', 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class Condition(SharedObject):
    _typeid = 'Condition'

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock if lock is not None else RLock()
        self._create(self._lock._reference())

    def _shared_state(self):
        state = SharedObject._shared_state(self)
        state['_lock'] = self._lock
        return state

    def acquire(self, block=True, timeout=None):
        return self._lock.acquire(block, timeout)

    def release(self):
        self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        return self._call('wait', who(), timeout)

    def notify(self, n=1):
        self._call('notify', who(), n)

    def notify_all(self):
        self._call('notify_all', who())

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            deadline = time.monotonic() + timeout
        else:
            deadline = None
        while not result:
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self.wait(left)
            else:
                self.wait()
            result = predicate()
        return result

    def __repr__(self):
        try:
            waiters = self._call('waiting')
        except Exception:
            waiters = 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, waiters)


class Event(SharedObject):
    _typeid = 'Event'

    def __init__(self, *, ctx=None):
        self._create()

    def is_set(self):
        return self._call('is_set')

    def set(self):
        self._call('set')

    def clear(self):
        self._call('clear')

    def wait(self, timeout=None):
        return self._call('wait', timeout)


class Barrier(SharedObject):
    _typeid = 'Barrier'

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        self._create(parties, action, timeout)

    def wait(self, timeout=None):
        return self._call('wait', timeout)

    def reset(self):
        self._call('reset')

    def abort(self):
        self._call('abort')

    @property
    def parties(self):
        return self._call('state')[0]

    @property
    def n_waiting(self):
        return self._call('state')[1]

    @property
    def broken(self):
        return self._call('state')[2]
