# sum() as CPython 3.12 adds: ints as machine words, then floats with Neumaier's compensation (ints added plainly),
# then plain additions; int() checks its base before its argument's type; float("-nan") keeps its sign
from math import copysign, fsum


class F(float):
    pass


class I(int):
    pass


for items in ([1, 0.1] * 5, [0.1] * 10, [True, 0.1] * 5, [1e100, 1.0, -1e100, 1.0], [0.1, I(1)] * 3, [0.1, F(0.2)] * 3,
              [1, 2, 3], [2**62, 2**62, 1], [1, 2.5, 10**30, 0.5], [0.1, 1j, 0.2], [float("inf"), 1.0, 0.1],
              [1e308, 1e308, -1e308]):
    print(sum(items), sum(iter(items)), sum(items, 0.0))
print(sum([0.1] * 10) == fsum([0.1] * 10), sum([], 5), sum([1.5], True), type(sum([True, True])).__name__)

for x, base in ((2, 37), ("10", 1), (5.0, 0), ("z", 36), (b"11", 2), ([], 10), ("1", 2**70), ("1", -2**70)):
    try:
        print(int(x, base))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(copysign(1.0, float("nan")), copysign(1.0, float("-nan")), copysign(1.0, -float("nan")), float("-nan"))
