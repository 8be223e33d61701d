"""multiprocessing: processes started with the 'spawn' method, and the queues, pipes, locks, shared values, pools
and managers they share (written for Krait; see multiprocessing._broker for how the sharing works)."""

import sys

from multiprocessing import context

__all__ = [x for x in dir(context._default_context) if not x.startswith('_')]
globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25

# pickles a child makes of its main module's functions name '__mp_main__': the same module here
if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
