# Decimal comparisons with Decimal/int/float/Fraction (NaN rules), hashing consistent with the other numbers,
# and Decimals as dict keys, set members and sort keys.
from decimal import *
from fractions import Fraction


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


d = Decimal("1.5")
print(d == Decimal("1.50"), d == 1.5, d == Fraction(3, 2), d != 2, d < 2, d <= Decimal("1.5"), d > 1, d >= 1.6)
print(Decimal(2) == 2, Decimal("2.0") == 2, 2 == Decimal("2.00"), Decimal("0.1") == 0.1, Decimal(0.1) == 0.1)
print(Decimal("-0") == 0, Decimal("0E+5") == Decimal("0E-5"), Decimal("1E+2") == 100, Decimal("Inf") > 10 ** 100)
print(Decimal("-Inf") < -(10 ** 100), Decimal("Inf") == float("inf"), Decimal(1) < Fraction(4, 3), Fraction(1, 3) < Decimal("0.34"))
print(Decimal("1.5") == complex(1.5, 0), Decimal("1.5") == complex(1.5, 1), Decimal(1) == "1", Decimal(1) != None)
print(Decimal("NaN") == Decimal("NaN"), Decimal("NaN") != 1, Decimal("NaN") == float("nan"))
show(lambda: Decimal("NaN") < 1)
show(lambda: Decimal("NaN") >= Decimal(1))
show(lambda: 1 > Decimal("NaN"))
show(lambda: Decimal("sNaN") == 1)
show(lambda: Decimal(1) < "2")
show(lambda: Decimal(1) >= None)
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(Decimal("NaN") < 1, Decimal("NaN") > 1, Decimal("sNaN") == 1, ctx.flags[InvalidOperation])
    ctx.clear_flags()
    print(Decimal(1) < 1.5, ctx.flags[FloatOperation])
print(sorted([Decimal("3"), 2, 1.5, Fraction(5, 2), Decimal("-1E+1")]))
print(max(Decimal("1.10"), Decimal("1.1")), min(Decimal("1.1"), Decimal("1.10")))

print("-- hashing --")
for v in ["0", "-0", "1", "1.0", "-1", "0.5", "1.25", "100", "1E+2", "12345678901234567890", "1E-20", "-7.5",
          "Inf", "-Inf", "1E+1000", "3.3333333333"]:
    dv = Decimal(v)
    print(v, hash(dv), hash(dv) == hash(float(dv)) if dv == float(dv) else "inexact",
          hash(dv) == hash(Fraction(dv)) if dv.is_finite() else "")
print(hash(Decimal(10 ** 30)) == hash(10 ** 30), hash(Decimal("-1")), hash(Decimal(-2)))
show(lambda: hash(Decimal("sNaN")))
n = Decimal("NaN")
print(hash(n) == hash(n), type(hash(n)).__name__)
table = {Decimal("1.0"): "one", 2: "two", Decimal("0.5"): "half"}
print(table[1], table[Decimal("2.00")], table[0.5], table[Fraction(1, 2)])
print({Decimal(1), Decimal("1.00"), 1, 1.0, Decimal("1E+0")}, len({Decimal("0"), Decimal("-0.0"), 0}))
print(Decimal(1) in [1.0], 2 in {Decimal("2.0")})

print("-- predicates --")
for v in ["1.5", "-0", "Inf", "NaN", "sNaN", "1E-999999", "1E-1000000"]:
    dv = Decimal(v)
    print(v, dv.is_finite(), dv.is_infinite(), dv.is_nan(), dv.is_qnan(), dv.is_snan(), dv.is_signed(),
          dv.is_zero(), dv.is_normal(), dv.is_subnormal(), dv.adjusted())
