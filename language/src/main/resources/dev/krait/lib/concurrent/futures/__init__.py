"""concurrent.futures: run calls asynchronously in a pool of threads or processes and wait for their results
(written for Krait)."""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
                                      InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool

__all__ = ("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
           "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
           "ThreadPoolExecutor", "ProcessPoolExecutor")


def __getattr__(name):
    # the process pool loads multiprocessing: only when asked for
    if name == "ProcessPoolExecutor":
        from concurrent.futures import process
        return getattr(process, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
