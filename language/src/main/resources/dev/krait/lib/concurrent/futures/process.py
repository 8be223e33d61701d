"""ProcessPoolExecutor: submitted calls run in worker processes (written for Krait, on multiprocessing.Pool).

The workers are a multiprocessing Pool's, started with the first submission and reused. At most max_workers + 1
calls are handed to the pool at a time; the others wait here, PENDING, so they can still be cancelled. A worker
that ends abruptly breaks the executor: every call not finished fails with BrokenProcessPool, as in CPython."""

import collections
import os
import threading
import weakref

from concurrent.futures import _base

_open_executors = weakref.WeakSet()
_exiting = False


def _shutdown_open_executors():
    global _exiting
    _exiting = True
    for executor in list(_open_executors):
        executor.shutdown(wait=True)


threading._register_atexit(_shutdown_open_executors)


class _RemoteTraceback(Exception):
    """The traceback of an exception a call raised in a worker (its text)."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly: the executor cannot be used any more."""


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if mp_context is None:
            import multiprocessing
            mp_context = multiprocessing.get_context()
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._mp_context = mp_context
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._pool = None
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending = collections.deque()
        self._running = set()
        self._shutdown_thread = False
        self._broken = False
        _open_executors.add(self)

    def _start_pool(self):
        from multiprocessing.pool import Pool
        self._pool = Pool(self._max_workers, self._initializer, self._initargs, self._max_tasks_per_child,
                          context=self._mp_context)
        self._pool._on_worker_lost = self._worker_lost

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            self._pending.append((future, fn, args, kwargs))
            if self._pool is None:
                self._start_pool()
            self._dispatch()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _dispatch(self):
        """Hands waiting calls to the pool while fewer than max_workers + 1 are there (the lock is held)."""
        while self._pending and len(self._running) < self._max_workers + 1:
            future, fn, args, kwargs = self._pending.popleft()
            if not future.set_running_or_notify_cancel():
                continue
            self._running.add(future)
            try:
                self._pool.apply_async(fn, args, kwargs, callback=self._finisher(future, True),
                                       error_callback=self._finisher(future, False))
            except Exception as e:
                self._running.discard(future)
                future.set_exception(e)

    def _finisher(self, future, success):
        def finish(value):
            with self._lock:
                self._running.discard(future)
                if not future.done():
                    if success:
                        future.set_result(value)
                    else:
                        from multiprocessing.pool import RemoteTraceback
                        if isinstance(value.__cause__, RemoteTraceback):
                            value.__cause__ = _RemoteTraceback(value.__cause__.tb)
                        future.set_exception(value)
                if not self._broken:
                    self._dispatch()
                self._idle.notify_all()
        return finish

    def _worker_lost(self):
        with self._lock:
            self._broken = ('A child process terminated abruptly, the process pool is not usable anymore')
            lost = list(self._running) + [item[0] for item in self._pending]
            self._running.clear()
            self._pending.clear()
            self._idle.notify_all()
        error = BrokenProcessPool('A process in the process pool was terminated abruptly while the future was '
                                  'running or pending.')
        for future in lost:
            if not future.done():
                future.set_exception(error)
        return True

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown_thread = True
            if cancel_futures:
                while self._pending:
                    future = self._pending.popleft()[0]
                    future.cancel()
            pool = self._pool
        if pool is None:
            return
        if wait:
            with self._lock:
                while self._running or self._pending:
                    self._idle.wait()
            if self._broken:
                pool.terminate()
            else:
                pool.close()
                pool.join()
            _open_executors.discard(self)
            self._pool = None

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
