"""The server side of the objects processes share: their state and the waits, in the server's threads (written for
Krait). A caller is named by `who`, a (pid, thread ident) pair, where ownership matters (locks); a process by its pid
where holding matters (pipe ends). Queued items and pipe messages are pickled bytes: the server never needs the
classes of what passes through."""

import collections
import queue
import threading
import time


def _deadline(timeout):
    return None if timeout is None else time.monotonic() + max(timeout, 0)


def _wait(cond, deadline):
    """Waits on cond until notified or the deadline; False once the deadline has passed."""
    if deadline is None:
        cond.wait()
        return True
    left = deadline - time.monotonic()
    if left <= 0:
        return False
    cond.wait(left)
    return True


class LockState:
    """multiprocessing's Lock (recursive=False) and RLock (recursive=True)."""

    def __init__(self, recursive):
        self.recursive = recursive
        self.cond = threading.Condition(threading.Lock())
        self.owner = None
        self.count = 0

    def acquire(self, who, block=True, timeout=None):
        with self.cond:
            if self.recursive and self.count and self.owner == who:
                self.count += 1
                return True
            deadline = _deadline(timeout) if block else None
            while self.count:
                if not block or not _wait(self.cond, deadline):
                    return False
            self.owner = who
            self.count = 1
            return True

    def release(self, who):
        with self.cond:
            if self.recursive:
                if not self.count or self.owner != who:
                    raise AssertionError('attempt to release recursive lock not owned by thread')
            elif not self.count:
                raise ValueError('semaphore or lock released too many times')
            self.count -= 1
            if not self.count:
                self.owner = None
                self.cond.notify()

    def is_mine(self, who):
        with self.cond:
            return bool(self.count) and self.owner == who

    def state(self):
        with self.cond:
            return self.owner, self.count

    def release_all(self, who):
        with self.cond:
            count = self.count
            self.count = 0
            self.owner = None
            self.cond.notify()
            return count

    def restore(self, who, count):
        with self.cond:
            while self.count:
                self.cond.wait()
            self.owner = who
            self.count = count


class SemaphoreState:
    """Semaphore and BoundedSemaphore (bound is the initial value) of multiprocessing."""

    def __init__(self, value, bounded):
        self.cond = threading.Condition(threading.Lock())
        self.value = value
        self.bound = value if bounded else None

    def acquire(self, who, block=True, timeout=None):
        with self.cond:
            deadline = _deadline(timeout) if block else None
            while not self.value:
                if not block or not _wait(self.cond, deadline):
                    return False
            self.value -= 1
            return True

    def release(self, who, n=1):
        with self.cond:
            if self.bound is not None and self.value + n > self.bound:
                raise ValueError('semaphore or lock released too many times')
            self.value += n
            self.cond.notify(n)

    def get_value(self):
        return self.value

    def state(self):
        return self.value, self.bound


class ConditionState:
    """A condition over a LockState: wait gives the lock up wholly and takes it back."""

    def __init__(self, lock):
        self.lock = lock
        self.mutex = threading.Lock()
        self.waiters = []

    def wait(self, who, timeout=None):
        if not self.lock.is_mine(who):
            raise AssertionError('must acquire() condition before using wait()')
        waiter = threading.Event()
        with self.mutex:
            self.waiters.append(waiter)
        count = self.lock.release_all(who)
        try:
            return waiter.wait(timeout)
        finally:
            with self.mutex:
                if not waiter.is_set():
                    self.waiters = [w for w in self.waiters if w is not waiter]
            self.lock.restore(who, count)

    def notify(self, who, n=1):
        if not self.lock.is_mine(who):
            raise AssertionError('lock is not owned')
        with self.mutex:
            woken, self.waiters = self.waiters[:n], self.waiters[n:]
        for waiter in woken:
            waiter.set()

    def waiting(self):
        return len(self.waiters)

    def notify_all(self, who):
        self.notify(who, len(self.waiters))


class QueueState:
    """Queue, SimpleQueue and JoinableQueue: a FIFO of pickled items."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.items = collections.deque()
        self.cond = threading.Condition(threading.Lock())
        self.unfinished = 0

    def put(self, data, block=True, timeout=None):
        with self.cond:
            if self.maxsize > 0:
                deadline = _deadline(timeout) if block else None
                while len(self.items) >= self.maxsize:
                    if not block or not _wait(self.cond, deadline):
                        raise queue.Full
            self.items.append(data)
            self.unfinished += 1
            self.cond.notify_all()

    def get(self, block=True, timeout=None):
        with self.cond:
            deadline = _deadline(timeout) if block else None
            while not self.items:
                if not block or not _wait(self.cond, deadline):
                    raise queue.Empty
            data = self.items.popleft()
            self.cond.notify_all()
            return data

    def qsize(self):
        return len(self.items)

    def empty(self):
        return not self.items

    def full(self):
        return self.maxsize > 0 and len(self.items) >= self.maxsize

    def task_done(self):
        with self.cond:
            if self.unfinished <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished -= 1
            if not self.unfinished:
                self.cond.notify_all()

    def join(self):
        with self.cond:
            while self.unfinished:
                self.cond.wait()


class ChannelState:
    """The two ends of a Pipe: box[i] holds the messages end i will read. An end is held by the processes that
    have it open; reading an empty end whose other end nobody holds is the end of the file."""

    def __init__(self, duplex):
        self.duplex = duplex
        self.cond = threading.Condition(threading.Lock())
        self.boxes = (collections.deque(), collections.deque())
        self.holders = ({}, {})

    def hold(self, end, key):
        with self.cond:
            self.holders[end][key] = self.holders[end].get(key, 0) + 1

    def drop(self, end, key):
        with self.cond:
            count = self.holders[end].get(key, 0) - 1
            if count > 0:
                self.holders[end][key] = count
            else:
                self.holders[end].pop(key, None)
            self.cond.notify_all()

    def adopt(self, end, token, pid):
        """A process took over the end pickled for it under token."""
        with self.cond:
            holders = self.holders[end]
            count = holders.pop(token, 0)
            holders[pid] = holders.get(pid, 0) + max(count, 1)

    def drop_token(self, token):
        """A child the end was pickled for ended without taking it over."""
        with self.cond:
            for holders in self.holders:
                holders.pop(token, None)
            self.cond.notify_all()

    def _process_gone(self, pid):
        with self.cond:
            for holders in self.holders:
                holders.pop(pid, None)
            self.cond.notify_all()

    def send(self, end, data):
        with self.cond:
            if not self.holders[1 - end]:
                raise BrokenPipeError(32, 'Broken pipe')
            self.boxes[1 - end].append(data)
            self.cond.notify_all()

    def recv(self, end):
        with self.cond:
            box = self.boxes[end]
            while not box:
                if not self.holders[1 - end]:
                    raise EOFError
                self.cond.wait()
            return box.popleft()

    def poll(self, end, timeout=0.0):
        with self.cond:
            deadline = _deadline(timeout)
            box = self.boxes[end]
            while not box and self.holders[1 - end]:
                if not _wait(self.cond, deadline):
                    return False
            return True


class EventState:
    def __init__(self):
        self.event = threading.Event()

    def is_set(self):
        return self.event.is_set()

    def set(self):
        self.event.set()

    def clear(self):
        self.event.clear()

    def wait(self, timeout=None):
        return self.event.wait(timeout)


class BarrierState:
    def __init__(self, parties, action=None, timeout=None):
        self.barrier = threading.Barrier(parties, action, timeout)

    def wait(self, timeout=None):
        return self.barrier.wait(timeout)

    def reset(self):
        self.barrier.reset()

    def abort(self):
        self.barrier.abort()

    def state(self):
        return self.barrier.parties, self.barrier.n_waiting, self.barrier.broken


class ArrayState:
    """The items of a shared Value (one item) or Array, already converted to their C type's range."""

    def __init__(self, items):
        self.items = list(items)

    def getitem(self, index):
        return self.items[index]

    def setitem(self, index, value):
        if isinstance(index, slice):
            old = self.items[index]
            if len(old) != len(value):
                raise ValueError("Can only assign sequence of same size")
        self.items[index] = value

    def getall(self):
        return self.items

    def __len__(self):
        return len(self.items)


class NamespaceState:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = [(name, value) for name, value in self.__dict__.items() if not name.startswith('_')]
        return 'Namespace(%s)' % ', '.join('%s=%r' % item for item in sorted(items))


REGISTRY = {
    'Lock': lambda: LockState(False),
    'RLock': lambda: LockState(True),
    'Semaphore': lambda value: SemaphoreState(value, False),
    'BoundedSemaphore': lambda value: SemaphoreState(value, True),
    'Queue': QueueState,
    'Channel': ChannelState,
    'Event': EventState,
    'Barrier': BarrierState,
    'Array': ArrayState,
    'Condition': ConditionState,
}
