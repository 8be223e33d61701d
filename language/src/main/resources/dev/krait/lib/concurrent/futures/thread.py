"""ThreadPoolExecutor: submitted calls run in up to max_workers threads.

Workers take work items from one queue; a new worker starts when a call is submitted and no worker is idle. A None
item tells a worker to stop (after the items before it). At interpreter exit the pools still open are shut down
and their workers joined, so every submitted call has run.
"""

import itertools
import os
import queue
import threading
import weakref

from concurrent.futures import _base

_open_pools = weakref.WeakSet()
_exiting = False


def _stop_open_pools():
    global _exiting
    _exiting = True
    for pool in list(_open_pools):
        pool.shutdown(wait=True)


threading._register_atexit(_stop_open_pools)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool runs nothing more."""


class ThreadPoolExecutor(_base.Executor):
    _pool_numbers = itertools.count()

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or "ThreadPoolExecutor-%d" % next(self._pool_numbers)
        self._initializer = initializer
        self._initargs = initargs
        self._work = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads = []
        self._idle = 0
        self._shutdown = False
        self._broken = False
        _open_pools.add(self)

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _exiting:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            future = _base.Future()
            self._work.put((future, fn, args, kwargs))
            if self._idle > 0:
                self._idle -= 1
            elif len(self._threads) < self._max_workers:
                name = "%s_%d" % (self._thread_name_prefix, len(self._threads))
                worker = threading.Thread(name=name, target=self._run_worker)
                self._threads.append(worker)
                worker.start()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _run_worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                import logging
                logging.getLogger("concurrent.futures").critical("Exception in initializer:", exc_info=True)
                self._break()
                return
        while True:
            item = self._work.get()
            if item is None:
                self._work.put(None)  # for the next worker
                return
            future, fn, args, kwargs = item
            del item
            if future.set_running_or_notify_cancel():
                try:
                    result = fn(*args, **kwargs)
                except BaseException as exc:
                    future.set_exception(exc)
                else:
                    future.set_result(result)
            del future, fn, args, kwargs
            with self._lock:
                self._idle += 1

    def _break(self):
        with self._lock:
            self._broken = "A thread initializer failed, the thread pool is not usable anymore"
            self._drain(lambda future: future.set_exception(BrokenThreadPool(self._broken)))

    def _drain(self, settle):
        while True:
            try:
                item = self._work.get_nowait()
            except queue.Empty:
                return
            if item is not None:
                settle(item[0])

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            if cancel_futures:
                self._drain(lambda future: future.cancel())
            if not self._shutdown:
                self._shutdown = True
                self._work.put(None)
        _open_pools.discard(self)
        if wait:
            for worker in list(self._threads):
                if worker is not threading.current_thread():
                    worker.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
