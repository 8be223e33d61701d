# threading.settrace / setprofile: the function is installed in every thread started afterwards; sys.settrace is
# per thread.
import sys
import threading

events = []
lock = threading.Lock()


def tracer(frame, event, arg):
    if frame.f_code.co_name == "work":
        with lock:
            events.append((threading.current_thread().name, event, frame.f_lineno))
    return tracer


def work(n):
    total = 0
    for i in range(n):
        total += i
    return total


threading.settrace(tracer)
print("gettrace:", threading.gettrace() is tracer, sys.gettrace())
t = threading.Thread(target=work, args=(2,), name="worker")
t.start()
t.join()
threading.settrace(None)
for entry in events:
    print(entry)

work(1)
print("main thread untraced:", len(events))

profiled = []


def profiler(frame, event, arg):
    if event == "call":
        profiled.append(frame.f_code.co_name)


threading.setprofile(profiler)
print("getprofile:", threading.getprofile() is profiler)
t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
threading.setprofile(None)
print("work" in profiled)

sys.settrace(tracer)
other = threading.Thread(target=work, args=(1,), name="plain")
other.start()
other.join()
work(1)
sys.settrace(None)
print([e for e in events if e[0] == "plain"], events[-1][0])
