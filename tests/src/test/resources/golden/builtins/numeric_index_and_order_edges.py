# Edge cases of numbers, indexes and string order, each as CPython 3.12 gives them.
import itertools
import math
import operator
import time

print(math.frexp(2 ** 1023), math.frexp(2.0 ** 1023), math.frexp(-1e308), math.frexp(1e-310), math.frexp(5e-324))
for values in ([float("inf"), float("-inf")], [1e308, 1e308], [float("nan"), 1.0], [float("inf"), 1e308],
               iter([float("inf"), 1.0]), [1e308, 1e308, -1e308], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100]):
    try:
        print(math.fsum(values))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

class Index:
    def __index__(self):
        return 3

class SecondIndex(int):
    def __index__(self):
        return self + 3  # not asked: an int subclass is an int already

print(list(itertools.product("ab", repeat=Index()))[:3], list(itertools.islice("abcdef", Index())))
a = [0, 0, 0, 0, 0]
a.insert(SecondIndex(1), 1)
print(a, [1, 2, 3, 4, 5][SecondIndex(1)], operator.index(SecondIndex(1)), list(range(SecondIndex(1))), "abcdef"[SecondIndex(1)])
try:
    list(itertools.repeat(1, 2.5))
except TypeError as e:
    print("TypeError:", e)

class Complex2(complex):
    def __complex__(self):
        return 42j
print(complex(2.5, complex(2 + 2j)), complex(2.5, Complex2(2 + 2j)), complex(Complex2(2 + 2j), 1))

# strings order by code point, not by UTF-16 unit
bmp, astral = "\uffff", "\U00010000"
print(bmp < astral, astral > bmp, sorted([astral, bmp, "a"]) == ["a", bmp, astral], max(bmp, astral) == astral)
print(sorted(["\ue000", "\U0001f600", "\ud7ff"]) == ["\ud7ff", "\ue000", "\U0001f600"], [astral + "a"] < [bmp + "b"])

for clock in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(clock)
    print(clock, info.monotonic, info.adjustable, type(info.resolution).__name__, type(info.implementation).__name__)
try:
    time.get_clock_info("sundial")
except ValueError as e:
    print("ValueError:", e)
import itertools
for args in ((2,), (1, 5), (None, 3), (1, None, 2), (-1,), (1, -2), (0, 5, 0), (0, 5, -1), (1.5,), ("a",), (0, 5, 1.0)):
    try: print(list(itertools.islice("abcdefgh", *args)))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
