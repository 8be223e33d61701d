# _thread: start_new_thread, locks (acquire/release/timeouts/errors), RLock, identities
import _thread
import time

done = _thread.allocate_lock()
done.acquire()
out = []


def work(a, b, *, c):
    out.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(work, (1, 2), {"c": 3})
print(isinstance(ident, int))
done.acquire()
print(out)
time.sleep(0.05)

for args in ((42, ()), (work, [1]), (work, (), [])):
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, type(lock).__name__, type(lock).__module__)
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
lock.release()
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
for call, args in ((lock.release, ()), (lock.acquire, (False, 1)), (lock.acquire, (True, -2)), (lock.acquire, (True, 1e300))):
    try:
        call(*args)
    except (RuntimeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
with lock:
    print(lock.locked())
print(lock.locked())
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock())

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
print(repr(r).split(" owner=")[0], repr(r).split(" count=")[1].split(" ")[0])
r.release()
r.release()
print(r._is_owned(), repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print(r._recursion_count())
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError, _thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
