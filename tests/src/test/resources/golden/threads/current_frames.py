# sys._current_frames(): each thread's innermost frame, by thread identity, with its callers through f_back
import sys
import threading

me = sys._current_frames()[threading.get_ident()]
print(type(me).__name__, me.f_code is sys._getframe().f_code, me.f_code.co_name)

entered = threading.Event()
leave = threading.Event()
seen = []


def g456():
    seen.append(threading.get_ident())
    entered.set()
    leave.wait()


def f123():
    g456()


t = threading.Thread(target=f123)
t.start()
entered.wait()
try:
    frames = sys._current_frames()
    print(sorted(frames) == sorted([threading.get_ident(), seen[0]]))
    chain = []
    frame = frames[seen[0]]
    while frame is not None:
        chain.append(frame.f_code.co_name)
        frame = frame.f_back
    print(chain[chain.index("g456"):chain.index("f123") + 1])
    print(all(isinstance(tid, int) and type(f).__name__ == "frame" for tid, f in frames.items()))
finally:
    leave.set()
    t.join()
print(list(sys._current_frames()) == [threading.get_ident()])
