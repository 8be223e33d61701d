"""multiprocessing.util: logging, exit handling and small helpers (written for Krait)."""

import atexit
import sys

from multiprocessing import process

__all__ = ['sub_debug', 'debug', 'info', 'sub_warning', 'get_logger', 'log_to_stderr', 'get_temp_dir',
           'is_exiting', 'SUBDEBUG', 'SUBWARNING']

NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25
WARNING = 30

LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'

_logger = None
_log_to_stderr = False


def sub_debug(msg, *args):
    if _logger:
        _logger.log(SUBDEBUG, msg, *args, stacklevel=2)


def debug(msg, *args):
    if _logger:
        _logger.log(DEBUG, msg, *args, stacklevel=2)


def info(msg, *args):
    if _logger:
        _logger.log(INFO, msg, *args, stacklevel=2)


def sub_warning(msg, *args):
    if _logger:
        _logger.log(SUBWARNING, msg, *args, stacklevel=2)


def get_logger():
    """The 'multiprocessing' logger (made on first use, with the SUBDEBUG and SUBWARNING levels named)."""
    global _logger
    import logging
    if not _logger:
        _logger = logging.getLogger(LOGGER_NAME)
        _logger.propagate = 0
        logging.addLevelName(SUBDEBUG, 'SUBDEBUG')
        logging.addLevelName(SUBWARNING, 'SUBWARNING')
    return _logger


def log_to_stderr(level=None):
    """Sends multiprocessing's log to stderr as '[LEVEL/ProcessName] message'."""
    global _log_to_stderr
    import logging
    logger = get_logger()
    formatter = logging.Formatter(DEFAULT_LOGGING_FORMAT)
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return _logger


_temp_dir = None


def get_temp_dir():
    """A temporary folder of this process, removed at exit."""
    global _temp_dir
    if _temp_dir is None:
        import shutil
        import tempfile
        _temp_dir = tempfile.mkdtemp(prefix='pymp-')
        atexit.register(shutil.rmtree, _temp_dir, True)
    return _temp_dir


_exiting = False


def is_exiting():
    return _exiting or _exiting is None


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


def _exit_function():
    """At exit: ends the daemonic children, then waits for the others (CPython's order)."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    info('process shutting down')
    for p in process.active_children():
        if p.daemon:
            info('calling terminate() for daemon %s', p.name)
            p._popen.terminate()
    for p in process.active_children():
        info('calling join() for process %s', p.name)
        p.join()


def _reset_exit_function():
    global _exiting
    _exiting = False


atexit.register(_exit_function)
