"""multiprocessing.dummy: multiprocessing's API over threads of this process (written for Krait)."""

import array
import queue
import sys
import threading
import weakref

from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier
from threading import current_thread as current_process
from queue import Queue

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Queue', 'Manager', 'Pipe', 'Pool', 'JoinableQueue']


class DummyProcess(threading.Thread):
    """A thread that looks like a process."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._children = weakref.WeakKeyDictionary()
        self._start_called = False
        self._parent = current_process()

    def start(self):
        if self._parent is not current_process():
            raise RuntimeError("Parent is {0!r} but current_process is {1!r}".format(self._parent, current_process()))
        self._start_called = True
        if hasattr(self._parent, '_children'):
            self._parent._children[self] = None
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None


Process = DummyProcess
current_process()._children = weakref.WeakKeyDictionary()


def active_children():
    children = current_process()._children
    for p in list(children):
        if not p.is_alive():
            children.pop(p, None)
    return list(children)


def freeze_support():
    pass


class Namespace:
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Manager():
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)


JoinableQueue = Queue


def Pipe(duplex=True):
    a, b = queue.Queue(), queue.Queue()
    if duplex:
        return _Connection(a, b), _Connection(b, a)
    return _Connection(a, None), _Connection(None, a)


class _Connection:
    def __init__(self, inbox, outbox):
        self._inbox = inbox
        self._outbox = outbox

    def send(self, obj):
        self._outbox.put(obj)

    send_bytes = send

    def recv(self):
        return self._inbox.get()

    recv_bytes = recv

    def poll(self, timeout=0.0):
        if self._inbox.qsize() > 0:
            return True
        if timeout <= 0.0:
            return False
        with self._inbox.not_empty:
            self._inbox.not_empty.wait(timeout)
        return self._inbox.qsize() > 0

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass
