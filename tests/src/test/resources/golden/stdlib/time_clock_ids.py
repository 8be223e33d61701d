# time.clock_gettime and friends with Linux's clock ids, and their argument errors
import time

for name in sorted(n for n in dir(time) if n.startswith("CLOCK_")):
    clk = getattr(time, name)
    value = time.clock_gettime(clk)
    ns = time.clock_gettime_ns(clk)
    print(name, clk, type(value).__name__, type(ns).__name__, time.clock_getres(clk))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1.0)
print(abs(time.clock_gettime(time.CLOCK_MONOTONIC) - time.monotonic()) < 1.0)
a = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
b = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
print(b >= a)
print(time._STRUCT_TM_ITEMS, len(time.localtime()) + 2)
for bad in (99, -5, "a", 2.5, 2 ** 70):
    for f in (time.clock_gettime, time.clock_gettime_ns, time.clock_getres):
        try:
            f(bad)
        except Exception as e:
            print(f.__name__, repr(bad)[:10], type(e).__name__, e)
print(time.clock_gettime.__doc__.splitlines()[0])
