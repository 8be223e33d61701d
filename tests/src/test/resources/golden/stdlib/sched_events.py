# sched: events run in order of time, priority and scheduling, with a fake clock; cancel, queue, empty,
# non-blocking run, kwargs, errors.
import sched


class Clock:
    def __init__(self):
        self.now = 100.0
        self.sleeps = []

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []


def act(name, *rest, **kw):
    log.append((name, clock.now) + rest + tuple(sorted(kw.items())))


print(s.empty(), s.queue, s.run(), s.run(blocking=False))
e1 = s.enter(5, 1, act, ('five',))
e2 = s.enterabs(102, 2, act, ('abs-102-p2',))
e3 = s.enterabs(102, 1, act, ('abs-102-p1',))
e4 = s.enter(2, 1, act, ('two-same',), {'k': 1})
e5 = s.enter(10, 0, act, argument=('ten',))
e6 = s.enter(3, 0, act, ('three',))
print(e1._replace(action=None))
print(e4.time, e4.priority, e4.action is act, e4.argument, e4.kwargs, e1.kwargs)
print([(e.time, e.priority, e.argument) for e in s.queue])
print(s.empty(), e3 < e2, e2 < e1, e4 > e3, e4.sequence - e1.sequence)
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
print(s.run(blocking=False))
s.run()
print(log)
print(clock.sleeps, s.empty(), s.queue)

# an action that schedules another; an action that raises leaves the rest queued
def chain(n):
    log.append(('chain', n, clock.now))
    if n:
        s.enter(1, 0, chain, (n - 1,))


log.clear()
s.enter(0, 0, chain, (3,))
s.run()
print(log)


def boom():
    raise RuntimeError('boom')


s.enter(1, 0, boom)
s.enter(2, 0, act, ('after',))
try:
    s.run()
except RuntimeError as e:
    print('RuntimeError', e, len(s.queue))
s.run()
print(log[-1][0], s.empty())
print(sched.__all__, sched.Event._fields)

# the real clock
real = sched.scheduler()
order = []
import time
base = time.monotonic()
real.enterabs(base + 0.02, 1, order.append, ('b',))
real.enterabs(base + 0.01, 1, order.append, ('a',))
real.enterabs(base + 0.01, 0, order.append, ('first',))
real.run()
print(order)
