# The cmath module: values (to 12 significant digits, the math functions under them may differ by an ulp),
# branch cuts and signed zeros, special values, errors and argument conversion.
import cmath
import math

print("%.12g %.12g %.12g" % (cmath.pi, cmath.e, cmath.tau), cmath.inf, cmath.nan, cmath.infj, cmath.nanj)


def fmt(value):
    if isinstance(value, tuple):
        return "(" + ", ".join(fmt(v) for v in value) + ")"
    if isinstance(value, complex):
        return "complex(%s, %s)" % (fmt(value.real), fmt(value.imag))
    if isinstance(value, float):
        if value == 0.0 or not math.isfinite(value):
            return repr(value)
        return "%.12g" % value
    return repr(value)


names = ["exp", "log", "log10", "sqrt", "cos", "sin", "tan", "cosh", "sinh", "tanh", "acos", "asin", "atan",
         "acosh", "asinh", "atanh", "phase", "polar"]
finite = [0.0, -0.0, 0.5, -1.0, 1.2345, -3.7, 10.0, 1e-310, 1e300, -1e300, 800.0]
special = [0.0, -0.0, 1.0, -2.0, math.inf, -math.inf, math.nan]
for values in (finite, special):
    for name in names:
        function = getattr(cmath, name)
        row = []
        for x in values:
            for y in values:
                try:
                    row.append(fmt(function(complex(x, y))))
                except (ValueError, OverflowError) as e:
                    row.append(type(e).__name__)
        print(name, " ".join(row))

for r in special:
    print("rect", r, end=":")
    for phi in special:
        try:
            print("", fmt(cmath.rect(r, phi)), end="")
        except ValueError as e:
            print("", e, end="")
    print()

print(fmt(cmath.log(8, 2)), fmt(cmath.log(1j, 1j)), fmt(cmath.log(100, 10.0)))
for args in [(1, 1), (0,), (0j, 2)]:
    try:
        cmath.log(*args)
    except ValueError as e:
        print("log", args, e)
for name, arg in [("exp", 1000), ("cosh", 1000), ("sinh", complex(1000, 1)), ("polar", complex(1e308, 1e308)),
                  ("atanh", 1), ("atanh", -1.0), ("acosh", 0)]:
    try:
        print(name, fmt(getattr(cmath, name)(arg)))
    except (ValueError, OverflowError) as e:
        print(name, arg, type(e).__name__, e)

# the sign of zero chooses the side of a branch cut
for name in ["sqrt", "log", "asin", "acos", "atanh", "asinh", "atan", "acosh"]:
    f = getattr(cmath, name)
    print(name, fmt(f(complex(-2.0, 0.0))), fmt(f(complex(-2.0, -0.0))), fmt(f(complex(0.0, 2.0))), fmt(f(complex(-0.0, 2.0))))

print(cmath.isfinite(1 + 2j), cmath.isfinite(complex(math.inf, 0)), cmath.isinf(complex(0, -math.inf)),
      cmath.isnan(complex(math.nan, 0)), cmath.isnan(1j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(1j, 2j, abs_tol=1.5),
      cmath.isclose(1j, 1.1j, rel_tol=0.1), cmath.isclose(complex(math.inf, 0), complex(math.inf, 0)),
      cmath.isclose(complex(math.nan, 0), complex(math.nan, 0)))
try:
    cmath.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(e)


class AsFloat:
    def __float__(self):
        return 1.0


class AsComplex:
    def __complex__(self):
        return complex(10, 1)


class AsIndex:
    def __index__(self):
        return 4


class BadComplex:
    def __complex__(self):
        return 1.5


print(fmt(cmath.phase(AsFloat())), fmt(cmath.phase(AsComplex())), fmt(cmath.sqrt(AsIndex())), fmt(cmath.sqrt(-4)),
      fmt(cmath.exp(True)))
for bad in ["x", [], None, BadComplex()]:
    try:
        cmath.sqrt(bad)
    except TypeError as e:
        print(e)
try:
    cmath.rect(1j, 0)
except TypeError as e:
    print(e)
