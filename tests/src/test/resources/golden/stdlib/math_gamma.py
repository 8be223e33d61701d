# math.gamma and lgamma computed as CPython does (Lanczos, g = 6.0246..., 13 terms), to the last digit
import math

for v in (0.75, 0.5, 1.5, 2.5, 3.3, 10.1, 0.1, -1.5, -2.5, 171.5, 1e-5, 1e-25, -1e-25, 20.0, 5.0, 23.0, 24.0, 150.5, -150.5,
          -200.5, 0.99, 1.01):
    print(v, repr(math.gamma(v)), repr(math.lgamma(v)))
for bad in (0, -1, -2.0, float("-inf")):
    try:
        math.gamma(bad)
    except ValueError as e:
        print("ValueError:", bad, e)
for big in (171.7, 1e300):
    try:
        math.gamma(big)
    except OverflowError as e:
        print("OverflowError:", e)
print(math.gamma(float("inf")), math.lgamma(float("-inf")), math.lgamma(1e300), math.isnan(math.gamma(float("nan"))))
