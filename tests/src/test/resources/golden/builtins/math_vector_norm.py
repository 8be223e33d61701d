# math.hypot and math.dist: correctly rounded norms (random vectors compared bit for bit), special values
import math
import random

random.seed(5)
for i in range(300):
    n = random.randint(2, 6)
    v = [random.uniform(-10, 10) * 10 ** random.randint(-5, 5) for _ in range(n)]
    w = [random.uniform(-10, 10) for _ in range(n)]
    print(math.hypot(*v).hex(), math.dist(v, w).hex())
print(math.dist([1, 2, 3], [4, 5, 6]), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot())
print(math.hypot(-3), math.hypot(float("nan"), float("inf")), math.hypot(3, float("nan")), math.dist((1.5,), (0.1,)))
try:
    math.dist([1], [1, 2])
except ValueError as e:
    print("ValueError:", e)
