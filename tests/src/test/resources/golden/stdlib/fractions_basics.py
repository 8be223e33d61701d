# fractions: construction (ints, strings, floats), exact arithmetic, comparisons, hashing, limit_denominator,
# rounding and float-style formatting.
from fractions import Fraction
import math

print(Fraction(3, 4), Fraction(6, -8), Fraction(0, 5), Fraction(7), Fraction(), repr(Fraction(-10, 4)))
for text in ["3/4", " -12/8 ", "1.25", "-.5", "2e3", "1.5e-2", "7", "+3", "1_000/3", "0.000", "5.", "3E+2"]:
    print(repr(text), Fraction(text))
for bad in ["", "1/", "/2", "1.2.3", "abc", "1/-2", "1__0", "e5", ".", "1/2.0", "_1"]:
    try:
        Fraction(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("3/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for bad in ([1], None):
    try:
        Fraction(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
print(Fraction(0.1), Fraction(-2.5), Fraction.from_float(0.75), Fraction.from_float(3), Fraction(True), Fraction(Fraction(1, 3), Fraction(2, 3)))
for bad in (float("inf"), float("nan")):
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    Fraction.from_float("1")
except TypeError as e:
    print("TypeError:", e)

a, b = Fraction(1, 3), Fraction(3, 4)
print(a + b, a - b, a * b, a / b, a // b, b // a, a % b, b % a, divmod(b, a), -a, +a, abs(-b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // b, 7 % b, divmod(7, b))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, b ** 2, b ** -2, (-b) ** 3, (-b) ** -3, b ** 0, 4 ** Fraction(1, 2), 2 ** Fraction(3), Fraction(4) ** 0.5)
print(Fraction(9, 4) ** Fraction(1, 2), 2.0 ** Fraction(2), Fraction(2, 3) ** Fraction(2))
try:
    Fraction(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
print(a < b, a > b, a <= a, a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2, 2 == Fraction(2),
      a < 0.5, a > float("-inf"), a == float("nan"), a != b, Fraction(5, 2) > 2, sorted([b, a, Fraction(-1), 0.5, 1]))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(-7, 3)), hash(Fraction(1, 3)))
print(len({Fraction(1, 2), 0.5, Fraction(2, 4)}), bool(Fraction(0)), bool(a))
print(float(a), int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(1234567, 1000), 2), round(Fraction(1234567, 1000), -2), round(a, 3))
print(a.numerator, a.denominator, b.as_integer_ratio(), Fraction(4, 2).is_integer(), a.is_integer())
pi = Fraction(math.pi)
print(pi, pi.limit_denominator(), pi.limit_denominator(100), pi.limit_denominator(7), Fraction(1, 3).limit_denominator(2), Fraction(3, 10).limit_denominator(1))
print(Fraction("3.1415926535897932").limit_denominator(1000), Fraction(-127, 33).limit_denominator(10))
try:
    a.limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
for spec in ["", ".3f", "f", ".2e", "e", ".5g", "g", ".0f", "10.2f", "<10.2f", "^12.3f", "+.2f", "%", ".1%", ",.2f", "010.3f", ".3E", ".10g", "#.3g", "_.1f"]:
    print(repr(spec), format(Fraction(-12345678, 7), spec), format(Fraction(1, 3), spec))
print(f"{Fraction(2, 3):.4f} {Fraction(0):.2e} {Fraction(1, 10**8):g} {Fraction(123456789):.3g} {Fraction(0):g} {Fraction(0):.3g} {Fraction(-0):.2f} {Fraction(1, 1000):%} {Fraction(1, 1000):.2f} {Fraction(-1, 1000):.2f} {Fraction(-1, 1000):z.2f} {Fraction(1, 200):.2f} {Fraction(3, 200):.2f}")
for spec in ("d", ">8", ".f", "5x"):
    try:
        format(a, spec)
    except ValueError as e:
        print("ValueError:", e)
print(sum([Fraction(1, n) for n in range(1, 11)]), Fraction(10**30 + 1, 10**30).limit_denominator(10**6))

# the numeric tower
import numbers
print([isinstance(v, numbers.Rational) for v in (1, True, 1.5, Fraction(1, 2), "1")],
      [isinstance(v, numbers.Real) for v in (1, 1.5, Fraction(1, 2), None)],
      isinstance(Fraction(1, 3), numbers.Number), issubclass(int, numbers.Integral), issubclass(float, numbers.Integral),
      issubclass(Fraction, numbers.Complex), numbers.Number.__hash__)


class Ratio(numbers.Rational):
    """A user Rational that only knows its numerator and denominator."""

    def __init__(self, n, d):
        self._n, self._d = n, d

    numerator = property(lambda self: self._n)
    denominator = property(lambda self: self._d)
    __add__ = __radd__ = __neg__ = __pos__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = None
    __pow__ = __rpow__ = __abs__ = __eq__ = __trunc__ = __floor__ = __ceil__ = __round__ = None
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __lt__ = __le__ = None


r = Ratio(3, 2)
print(Fraction(r), float(r), Fraction(r, Fraction(1, 2)), Fraction(2, r), r.imag, Fraction(3, 2) == r, Fraction(1, 2) < r)
try:
    numbers.Integral()
except TypeError as e:
    print("TypeError:", str(e).split(" without")[0])
