"""What every executor shares: Future, Executor, wait() and as_completed().

A future keeps its state under a Condition. Besides the user's done-callbacks it has watchers: functions wait() and
as_completed() attach to learn, from the finishing thread, that a future is done.
"""

import collections
import queue
import threading
import time
import types

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING, _RUNNING, _CANCELLED, _FINISHED = "pending", "running", "cancelled", "finished"


class Error(Exception):
    """Base class of this module's exceptions."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future is not in a state that allows the operation."""


class BrokenExecutor(RuntimeError):
    """The executor cannot run calls any more."""


class Future:
    """The outcome of a call running elsewhere."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._watchers = []
        # set_running_or_notify_cancel() has seen the cancellation (wait() counts the future as done from then on)
        self._cancel_noticed = False

    def __repr__(self):
        with self._condition:
            text = "<%s at %#x state=%s" % (type(self).__name__, id(self), self._state)
            if self._state == _FINISHED:
                if self._exception is not None:
                    text += " raised " + type(self._exception).__name__
                else:
                    text += " returned " + type(self._result).__name__
            return text + ">"

    def cancel(self):
        """Cancels the call unless it is running or done; returns whether the future is cancelled."""
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state == _CANCELLED:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state == _CANCELLED

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in (_CANCELLED, _FINISHED)

    def _outcome(self, timeout, want_exception):
        with self._condition:
            if self._state not in (_CANCELLED, _FINISHED):
                self._condition.wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state != _FINISHED:
                raise TimeoutError()
            if want_exception:
                return self._exception
            if self._exception is not None:
                raise self._exception
            return self._result

    def result(self, timeout=None):
        """The call's value (its exception is raised), waiting at most timeout seconds."""
        return self._outcome(timeout, False)

    def exception(self, timeout=None):
        """The exception the call raised, or None, waiting at most timeout seconds."""
        return self._outcome(timeout, True)

    def add_done_callback(self, fn):
        """Calls fn(future) once the future is done — now, if it is."""
        with self._condition:
            if self._state not in (_CANCELLED, _FINISHED):
                self._callbacks.append(fn)
                return
        self._call(fn)

    def _call(self, fn):
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger("concurrent.futures").exception("exception calling callback for %r", self)

    def _run_callbacks(self):
        for watcher in list(self._watchers):
            watcher(self)
        for fn in self._callbacks:
            self._call(fn)

    def set_running_or_notify_cancel(self):
        """For executors, before running the call: False if it was cancelled (do not run it)."""
        with self._condition:
            if self._state == _CANCELLED:
                self._cancel_noticed = True
                return False
            if self._state != _PENDING:
                raise RuntimeError("Future in unexpected state")
            self._state = _RUNNING
            return True

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (_CANCELLED, _FINISHED):
                state = "CANCELLED" if self._state == _CANCELLED else "FINISHED"
                raise InvalidStateError("{}: {!r}".format(state, self))
            self._result = result
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    __class_getitem__ = classmethod(types.GenericAlias)


def _watch(futures, watcher):
    """Attaches watcher to the futures not done yet; returns those."""
    pending = set()
    for future in futures:
        with future._condition:
            if future._state not in (_CANCELLED, _FINISHED):
                future._watchers.append(watcher)
                pending.add(future)
    return pending


def _unwatch(futures, watcher):
    for future in futures:
        with future._condition:
            if watcher in future._watchers:
                future._watchers.remove(watcher)


DoneAndNotDoneFutures = collections.namedtuple("DoneAndNotDoneFutures", "done not_done")


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until return_when holds for the futures fs (or timeout passes); returns (done, not_done) sets."""
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % return_when)
    fs = set(fs)
    changed = threading.Condition()

    def watcher(future):
        with changed:
            changed.notify_all()

    def satisfied(done):
        if len(done) == len(fs):
            return True
        if return_when == FIRST_COMPLETED:
            return bool(done)
        if return_when == FIRST_EXCEPTION:
            return any(not f.cancelled() and f.exception(0) is not None for f in done)
        return False

    def finished():
        return {f for f in fs if f.done()}

    deadline = None if timeout is None else time.monotonic() + timeout
    with changed:
        _watch(fs, watcher)
        try:
            while not satisfied(done := finished()):
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    break
                changed.wait(remaining)
        finally:
            _unwatch(fs, watcher)
    done = finished()
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yields the futures of fs as they finish; TimeoutError if some are still running after timeout seconds."""
    fs = set(fs)
    total = len(fs)
    arrivals = queue.SimpleQueue()
    deadline = None if timeout is None else time.monotonic() + timeout
    pending = _watch(fs, arrivals.put)
    try:
        for future in fs - pending:
            yield future
        while pending:
            remaining = None if deadline is None else deadline - time.monotonic()
            try:
                if remaining is not None and remaining < 0:
                    raise queue.Empty
                future = arrivals.get(timeout=remaining)
            except queue.Empty:
                raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total)) from None
            if future in pending:
                pending.discard(future)
                yield future
    finally:
        _unwatch(fs, arrivals.put)


class Executor:
    """Runs calls asynchronously; subclasses decide where."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns a Future for its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """map(fn, *iterables) with the calls running concurrently; the results come in order."""
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                for index, future in enumerate(futures):
                    remaining = None if deadline is None else deadline - time.monotonic()
                    futures[index] = None
                    try:
                        yield future.result(remaining)
                    finally:
                        future.cancel()
            finally:
                for future in futures:
                    if future is not None:
                        future.cancel()

        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources; with wait, once the pending calls have run."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
