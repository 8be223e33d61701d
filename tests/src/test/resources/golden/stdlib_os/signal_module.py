# The signal module: enums, handler table, errors, and real signals delivered to Python handlers.
import os
import signal
import threading
import time

print(repr(signal.SIGINT), str(signal.SIGINT), int(signal.SIGTERM), signal.SIGINT == 2)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.Handlers.SIG_IGN == 1)
print(signal.Signals(15), repr(signal.Signals(6)), repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL))
print(signal.Signals.__mro__[:3], signal.Signals.__module__, list(signal.Handlers))
print(len(signal.Signals), [s.name for s in signal.Signals][:8])
print(signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX, signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.ItimerError, signal.ItimerError.__mro__[1])
valid = signal.valid_signals()
print(len(valid), sorted(valid)[:3], 32 in valid, 34 in valid, signal.SIGKILL in valid)
print([signal.strsignal(n) for n in (1, 2, 9, 14, 15, 17, 31, 32, 34, 64)])

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGUSR1))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("default_int_handler:", repr(e))


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("handler 2:", signal.signal, signal.SIGINT, 2)
attempt("handler str:", signal.signal, signal.SIGINT, "ignore")
attempt("handler None:", signal.signal, signal.SIGINT, None)
attempt("signal 0:", signal.signal, 0, signal.SIG_IGN)
attempt("signal 65:", signal.signal, 65, signal.SIG_IGN)
attempt("signal -3:", signal.signal, -3, signal.SIG_IGN)
attempt("signal str:", signal.signal, "INT", signal.SIG_IGN)
attempt("signal float:", signal.signal, 2.0, signal.SIG_IGN)
attempt("SIGKILL:", signal.signal, signal.SIGKILL, signal.SIG_IGN)
attempt("SIGSTOP:", signal.signal, signal.SIGSTOP, lambda *a: None)
attempt("getsignal 0:", signal.getsignal, 0)
attempt("getsignal 99:", signal.getsignal, 99)
attempt("strsignal 0:", signal.strsignal, 0)
attempt("strsignal 65:", signal.strsignal, 65)
attempt("raise_signal 0:", signal.raise_signal, 0)
attempt("alarm str:", signal.alarm, "1")
attempt("setitimer which:", signal.setitimer, 7, 1.0)
attempt("setitimer negative:", signal.setitimer, signal.ITIMER_REAL, -1)
attempt("getitimer which:", signal.getitimer, 9)

# the table of handlers
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN))
print(signal.getsignal(signal.SIGUSR1))
print(signal.signal(signal.SIGUSR1, 0))
print(signal.signal(signal.SIGUSR1, True), signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

received = []


def handler(signum, frame):
    received.append((signal.Signals(signum).name, type(frame).__name__, frame.f_code.co_name))


def deliver_here():
    signal.raise_signal(signal.SIGUSR1)
    return "after raise"


print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)
# the handler runs before raise_signal returns, in the frame that raised it
print(deliver_here(), received)
os.kill(os.getpid(), signal.SIGUSR1)
print(received[-1])

# an ignored signal does nothing
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
os.kill(os.getpid(), signal.SIGUSR2)
print("still here")


# a handler that raises: the exception comes out where the program was
def raising(signum, frame):
    raise RuntimeError(f"got signal {signum}")


signal.signal(signal.SIGUSR2, raising)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not reached")
except RuntimeError as e:
    print("raised:", e)

# SIGINT's default handler raises KeyboardInterrupt
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from SIGINT")

# setting handlers only works in the main thread
errors = []
t = threading.Thread(target=lambda: attempt("from a thread:", signal.signal, signal.SIGUSR1, signal.SIG_IGN))
t.start()
t.join()
print(signal.getsignal(signal.SIGUSR1) is handler)

# alarm(): the handler runs during time.sleep, and the sleep then goes on for the rest of its time (PEP 475)
alarms = []
signal.signal(signal.SIGALRM, lambda signum, frame: alarms.append(time.monotonic()))
print("alarm:", signal.alarm(1))
print("pending alarm:", signal.alarm(1))
start = time.monotonic()
time.sleep(2.5)
slept = time.monotonic() - start
print("alarms:", len(alarms), "slept whole time:", slept >= 2.45, "handled during sleep:", alarms[0] - start < 2.0)

# a handler that raises ends the sleep
def timeout(signum, frame):
    raise TimeoutError("too slow")


signal.signal(signal.SIGALRM, timeout)
signal.setitimer(signal.ITIMER_REAL, 0.2)
start = time.monotonic()
try:
    time.sleep(5)
except TimeoutError as e:
    print("sleep interrupted:", e, time.monotonic() - start < 2)

# setitimer with an interval fires repeatedly; getitimer shows the timer
ticks = []
signal.signal(signal.SIGALRM, lambda signum, frame: ticks.append(signum))
print(signal.setitimer(signal.ITIMER_REAL, 0.1, 0.1))
value, interval = signal.getitimer(signal.ITIMER_REAL)
print(0 < value <= 0.1, interval)
while len(ticks) < 3:
    time.sleep(0.05)
old_value, old_interval = signal.setitimer(signal.ITIMER_REAL, 0)
print(ticks[:3], old_interval, signal.getitimer(signal.ITIMER_REAL))

# pause() returns once a handler has run
signal.setitimer(signal.ITIMER_REAL, 0.2)
print("pause:", signal.pause(), len(ticks) >= 4)

# a signal caught while a lock wait blocks is handled during the wait
lock = threading.Lock()
lock.acquire()
signal.signal(signal.SIGALRM, lambda signum, frame: received.append("during acquire"))
threading.Timer(1.5, lock.release).start()
signal.setitimer(signal.ITIMER_REAL, 0.2)
print(lock.acquire(timeout=5), received[-1])
signal.signal(signal.SIGALRM, signal.SIG_DFL)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
print("done")
