"""sched: a general-purpose event scheduler (written for Krait).

A scheduler keeps events (a time, a priority and an action with its arguments) in a heap; run() executes
them in order of time, then priority, then scheduling order, waiting with delayfunc until each is due.
"""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'When the event is due, in the units of the scheduler\'s timefunc.'
Event.priority.__doc__ = 'Among events due at the same time, lower priorities run first.'
Event.sequence.__doc__ = 'The order events were scheduled in, deciding between equal times and priorities.'
Event.action.__doc__ = 'What running the event calls: action(*argument, **kwargs).'
Event.argument.__doc__ = 'The positional arguments of the action (a sequence).'
Event.kwargs.__doc__ = 'The keyword arguments of the action (a dict).'

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        """A scheduler whose clock is timefunc() and which waits with delayfunc(seconds)."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at an absolute time; the event is returned (for cancel())."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an action `delay` time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError when it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Whether no event is waiting."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events as they fall due until none is left.  With blocking false, run only those due now
        and return the time until the next one (None when none is left)."""
        lock = self._lock
        queue = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        while True:
            with lock:
                if not queue:
                    break
                due, priority, sequence, action, argument, kwargs = queue[0]
                now = timefunc()
                if due > now:
                    wait = True
                else:
                    wait = False
                    heapq.heappop(queue)
            if wait:
                if not blocking:
                    return due - now
                delayfunc(due - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)  # other threads may run

    @property
    def queue(self):
        """The events still to run, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        ordered = []
        while events:
            ordered.append(heapq.heappop(events))
        return ordered
