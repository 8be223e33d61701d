"""faulthandler (Krait's implementation): dumps the Python tracebacks of the threads on demand.

dump_traceback() writes what CPython writes ("Stack (most recent call first):", or a "Current thread 0x..." and
"Thread 0x..." section per thread, each frame as '  File "name", line N in function'). enable(), disable() and
is_enabled() keep the setting that -X faulthandler and PYTHONFAULTHANDLER turn on at start-up; Krait runs on the
JVM, whose own handlers report a crash (SIGSEGV and the like), so enabling installs no signal handlers of its own.
dump_traceback_later() and register() are not provided yet.
"""

import sys as _sys  # not exported: dir(faulthandler) is its functions

_enabled = False
_file = None
_all_threads = True


def _fileno(file):
    """The file descriptor of file (sys.stderr for None), flushed first when it is a file object."""
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file
    fd = file.fileno()
    if not isinstance(fd, int) or fd < 0:
        raise RuntimeError("file.fileno() is not a valid file descriptor")
    try:
        file.flush()
    except Exception:
        pass  # as CPython: a file that cannot flush still gets the traceback
    return fd


def _frame_lines(frame):
    lines = []
    while frame is not None:
        code = frame.f_code
        lines.append('  File "%s", line %s in %s\n' % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
    return lines


def _dump(fd, all_threads, frame):
    if all_threads:
        import threading
        current = threading.get_ident()
        text = ["Current thread 0x%016x (most recent call first):\n" % current]
        text += _frame_lines(frame)
        for ident, other in _sys._current_frames().items():
            if ident != current:
                text.append("\nThread 0x%016x (most recent call first):\n" % ident)
                text += _frame_lines(other)
    else:
        text = ["Stack (most recent call first):\n"] + _frame_lines(frame)
    import os
    os.write(fd, "".join(text).encode("utf-8", "backslashreplace"))


def dump_traceback(file=None, all_threads=True):
    """Dump the traceback of the current thread, or of all threads if all_threads is True, into file."""
    fd = _fileno(file)
    _dump(fd, bool(all_threads), _sys._getframe(1))


def enable(file=None, all_threads=True):
    """Enable the fault handler."""
    global _enabled, _file, _all_threads
    _fileno(file)
    _file = _sys.stderr if file is None else file
    _all_threads = bool(all_threads)
    _enabled = True


def disable():
    """Disable the fault handler; returns whether it was enabled."""
    global _enabled, _file
    was = _enabled
    _enabled = False
    _file = None
    return was


def is_enabled():
    """Check if the handler is enabled."""
    return _enabled


def _enabled_at_startup():
    if "faulthandler" in _sys._xoptions:
        return True
    if _sys.flags.ignore_environment:
        return False
    import os
    return bool(os.environ.get("PYTHONFAULTHANDLER"))


if _enabled_at_startup():
    enable()
