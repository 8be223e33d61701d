# Errors raised inside functions of modules CPython writes in C show no frame of theirs in a traceback (Krait
# bundles them in Python); a user callback they call still shows its own frame.
import bisect
import itertools
import struct


def bad_key(x):
    return 1 / 0


try:
    bisect.insort([1, 2, 3], 2, key=bad_key)
except ZeroDivisionError as e:
    import traceback
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
print(list(itertools.islice(itertools.count(5), 3)))
struct.pack("i", "not a number")
