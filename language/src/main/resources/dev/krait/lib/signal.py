"""The signal module (Krait's): the functions of _signal (Java), with the signal numbers and the two special
handlers as IntEnums (Signals, Handlers), as CPython's module presents them."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()


def _members(accept):
    """The (name, value) pairs of _signal's constants that accept(name) picks, in value order (the first name of a
    value is the member, the others its aliases, as enum's _convert_ orders them)."""
    pairs = [(name, value) for name, value in vars(_signal).items() if accept(name)]
    pairs.sort(key=lambda pair: (pair[1], pair[0]))
    return pairs


Signals = _IntEnum("Signals", _members(lambda name: name.isupper() and
                                       (name.startswith("SIG") and not name.startswith("SIG_") or name.startswith("CTRL_"))),
                   module=__name__)
Handlers = _IntEnum("Handlers", _members(lambda name: name in ("SIG_DFL", "SIG_IGN")), module=__name__)
_globals.update(Signals.__members__)
_globals.update(Handlers.__members__)


def _int_to_enum(value, enum_klass):
    """The enum member an int stands for, or the value itself (a handler function, an unnamed signal number)."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """The int an enum member (or any int-like value) stands for; other values unchanged."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(number, Signals) for number in range(1, NSIG) if not 32 <= number < SIGRTMIN}


signal.__doc__ = """Set the action for the given signal.

The action can be SIG_DFL, SIG_IGN, or a callable Python object.
The previous action is returned.  See getsignal() for possible return values.

*** IMPORTANT NOTICE ***
A signal handler function is called with two arguments:
the first is the signal number, the second is the interrupted stack frame."""
getsignal.__doc__ = """Return the current action for the given signal.

The return value can be:
  SIG_IGN -- if the signal is being ignored
  SIG_DFL -- if the default action for the signal is in effect
  None    -- if an unknown handler is in effect
  anything else -- the callable Python object used as a handler"""
valid_signals.__doc__ = """Return a set of valid signal numbers on this platform.

The signal numbers returned by this function can be safely passed to
functions like `pthread_sigmask`."""

del _globals, _members
