import math
from math import nextafter, inf, nan
print(nextafter(23.53, 30, steps=4000000000), nextafter(23.53, 20, steps=5000000000), nextafter(4, 3.999999, steps=5000000000000))
print(nextafter(-0.0, 1, steps=0), nextafter(0.0, -0.0), nextafter(-1e-320, 1e-320, steps=3), nextafter(-5e-324, 5e-324, steps=2))
print(nextafter(inf, 0, steps=2), nextafter(1.0, inf, steps=10**30), nextafter(1, nan, steps=3), nextafter(nan, 1, steps=3))
print(nextafter(math.ulp(0.0), -1, steps=1), nextafter(-inf, inf, steps=1), nextafter(1.5, 1.5, steps=0))
for bad in (-1, 1.5, None):
    try: print(nextafter(1, 2, steps=bad))
    except Exception as e: print(type(e).__name__, e)
