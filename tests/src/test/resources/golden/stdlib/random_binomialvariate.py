# random.binomialvariate (3.12): a seeded generator gives CPython's values on each of its three methods.
import random

r = random.Random(12345)
print([r.binomialvariate(1, 0.3) for _ in range(10)])
print([r.binomialvariate(20, 0.2) for _ in range(10)])
print([r.binomialvariate(100, 0.4) for _ in range(10)])
print([r.binomialvariate(1000, 0.9) for _ in range(5)])
print(r.binomialvariate(5, 0.0), r.binomialvariate(5, 1.0), r.binomialvariate())
for args in [(-1, 0.5), (5, 1.5), (5, -0.1)]:
    try:
        r.binomialvariate(*args)
    except ValueError as e:
        print("ValueError", e)
random.seed(7)
print(random.binomialvariate(50, 0.5), "binomialvariate" in random.__all__)
