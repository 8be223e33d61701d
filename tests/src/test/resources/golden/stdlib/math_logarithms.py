# math.log/log2/log10 of floats and of ints of any size, as CPython rounds them; math.sumprod takes inputs in step
import itertools
import math

for v in (3, 5, 6, 7, 10, 12, 100, 1000, 1e6, 0.1, 0.3, 2.5, 9.99, 1e-310, 2**0.5, 1e300):
    print(repr(math.log2(v)), repr(math.log(v)))
print(math.log2((1 << 53) + 657889), math.log2(2**1000 + 1), math.log10(10**400), math.log(2**2000))
print(math.log2(2**5000), math.log10(10**5000 + 1), math.log(10**5000), math.log(10**30, 10), math.log(8, 2))
print(math.log10(1000), math.log10(10**22), math.log10(0.001), math.log(math.e), math.log(True))
for bad in (0, -1, 0.0, -2**2000, float("-inf")):
    try:
        math.log2(bad)
    except ValueError as e:
        print("ValueError:", e)
print(math.log2(float("inf")), math.log2(float("nan")))
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

print(math.sumprod(iter([1, 2, 3]), iter([4, 5, 6])), math.sumprod([1.5, 2], [2, 0.25]))
for args in ((itertools.count(), [1, 2, 3]), ([1, 2, 3], itertools.count()), ([1], [])):
    try:
        math.sumprod(*args)
    except ValueError as e:
        print("ValueError:", e)
