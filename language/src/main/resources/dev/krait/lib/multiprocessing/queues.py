"""multiprocessing's Queue, SimpleQueue and JoinableQueue (written for Krait).

A queue is an object of the shared server (multiprocessing._broker) holding pickled items: put pickles in the
putting process, get unpickles in the getting one. There is no feeder thread, so put raises at once what pickling
raises (CPython's feeder thread prints it instead)."""

import queue

from multiprocessing._broker import SharedObject
from multiprocessing.reduction import ForkingPickler

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

_Full = queue.Full
_Empty = queue.Empty


class Queue(SharedObject):
    _typeid = 'Queue'

    def __init__(self, maxsize=0, *, ctx):
        self._maxsize = maxsize
        self._closed = False
        self._create(maxsize)

    def _shared_state(self):
        state = SharedObject._shared_state(self)
        state['_maxsize'] = self._maxsize
        state['_closed'] = False
        return state

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        self._call('put', bytes(ForkingPickler.dumps(obj)), block, timeout)

    def get(self, block=True, timeout=None):
        self._check_closed()
        return ForkingPickler.loads(self._call('get', block, timeout))

    def qsize(self):
        return self._call('qsize')

    def empty(self):
        return self._call('empty')

    def full(self):
        return self._call('full')

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass

    __class_getitem__ = classmethod(type(list[int]))


class JoinableQueue(Queue):
    _typeid = 'Queue'

    def task_done(self):
        self._call('task_done')

    def join(self):
        self._call('join')


class SimpleQueue(SharedObject):
    _typeid = 'Queue'

    def __init__(self, *, ctx):
        self._closed = False
        self._create()

    def _shared_state(self):
        state = SharedObject._shared_state(self)
        state['_closed'] = False
        return state

    def close(self):
        self._closed = True

    def empty(self):
        return self._call('empty')

    def get(self):
        if self._closed:
            raise OSError("handle is closed")
        return ForkingPickler.loads(self._call('get'))

    def put(self, obj):
        if self._closed:
            raise OSError("handle is closed")
        self._call('put', bytes(ForkingPickler.dumps(obj)))

    __class_getitem__ = classmethod(type(list[int]))
