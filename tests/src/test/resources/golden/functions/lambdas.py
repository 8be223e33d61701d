add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
print(list(map(lambda x: x ** 2, [1, 2, 3])), list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(7, sym, 3, "=", ops[sym](7, 3))
print(add.__name__, (lambda: 0).__name__)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
from functools import reduce, partial
print(reduce(lambda acc, x: acc * x, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
base2 = partial(int, base=2)
print(base2("1011"))
