# Decimal's mathematical functions (sqrt, exp, ln, log10, power) and the other methods of the specification,
# plus a seeded run of random operations in random contexts checked against CPython's results.
import random
from decimal import *


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for v in ["2", "0.0400", "-0.00", "1E-3", "100", "1E+3", "4E+2", "0", "Inf", "1.44", "0.5", "123456789"]:
    show(lambda: Decimal(v).sqrt())
show(lambda: Decimal(-1).sqrt())
for v in ["0", "1", "1.00", "-1", "10", "100", "-100", "0.5", "1E-100", "-1E-100", "2.302585092994045684017991455",
          "1E+20", "-1E+20", "Inf", "-Inf", "NaN"]:
    show(lambda: Decimal(v).exp())
for v in ["1", "2", "10", "0.5", "1.0000000001", "1E+100", "1E-100", "123.456", "0", "Inf", "NaN"]:
    show(lambda: Decimal(v).ln())
    show(lambda: Decimal(v).log10())
show(lambda: Decimal(-1).ln())
show(lambda: Decimal(-1).log10())
for v in ["100", "0.01", "1.000", "1E+10", "20"]:
    show(lambda: Decimal(v).log10())
for a, b in [("2", "0.5"), ("1", "0.5"), ("3", "1.5"), ("0.5", "-2"), ("10", "-3"), ("2", "1E+1"), ("-2", "3"),
             ("-2", "-3"), ("0", "-1"), ("-0", "-3"), ("-0", "3"), ("Inf", "-1"), ("-Inf", "3"), ("-Inf", "2"),
             ("1", "Inf"), ("0.5", "Inf"), ("2", "-Inf"), ("1.0000001", "1000000"), ("9", "0.5")]:
    show(lambda: Decimal(a) ** Decimal(b))
with localcontext(prec=50):
    print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(2).ln(), Decimal(3) ** Decimal("0.5"))
with localcontext(prec=5, rounding=ROUND_DOWN):
    print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(2).ln(), Decimal(2) ** Decimal("0.5"))

print("-- other methods --")
x, y = Decimal("-12.5"), Decimal("3")
print(x.fma(y, 1), x.remainder_near(y), Decimal(7).remainder_near(4), Decimal("1.5").remainder_near(1))
print(x.max(y), x.min(y), x.max_mag(y), x.min_mag(y), x.compare(y), y.compare(x), x.compare(x))
print(Decimal(1).compare(Decimal("NaN")), Decimal(1).max(Decimal("NaN")), Decimal("NaN").min(Decimal(2)))
show(lambda: Decimal(1).compare_signal(Decimal("NaN")))
print(Decimal("12.3").compare_total(Decimal("12.30")), Decimal("-Inf").compare_total(Decimal("NaN")),
      Decimal("-NaN").compare_total(Decimal(1)), Decimal("sNaN").compare_total(Decimal("NaN")),
      Decimal(-3).compare_total_mag(Decimal(2)))
print(Decimal("1.5").scaleb(3), Decimal("1.5").scaleb(-3), Decimal("Inf").scaleb(2))
show(lambda: Decimal("1.5").scaleb(Decimal("1.5")))
print(x.adjusted(), Decimal("0.001").adjusted(), Decimal("Inf").adjusted(), x.logb(), Decimal("0.001").logb())
show(lambda: Decimal(0).logb())
print(x.copy_abs(), x.copy_negate(), y.copy_sign(x), Decimal("NaN").copy_sign(-1), x.conjugate(), x.real, x.imag)
print(Decimal(1).next_plus(), Decimal(1).next_minus(), Decimal(0).next_plus(), Decimal("-Inf").next_plus(),
      Decimal("Inf").next_minus(), Decimal(1).next_toward(0), Decimal(1).next_toward(1), Decimal(5).next_toward(9))
print(Decimal("1.0").same_quantum(Decimal("2.0")), Decimal("1.0").same_quantum(Decimal("2")),
      Decimal("NaN").same_quantum(Decimal("NaN")), Decimal("Inf").same_quantum(Decimal("-Inf")))
for v in ["0", "-0", "1", "-1E-999999", "1E-1000000", "Inf", "-Inf", "NaN", "sNaN"]:
    d = Decimal(v)
    print(v, d.number_class(), d.is_normal(), d.is_subnormal(), d.is_zero(), d.is_signed(), d.is_finite(),
          d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_canonical(), d.radix())
print(Decimal(1234).rotate(2), Decimal(1234).rotate(-2), Decimal(1234).shift(2), Decimal(1234).shift(-2))
print(Decimal(1100).logical_and(Decimal(1010)), Decimal(1100).logical_or(Decimal(1010)),
      Decimal(1100).logical_xor(Decimal(1010)), Decimal(101).logical_invert(Context(prec=5)))
show(lambda: Decimal(12).logical_and(Decimal(1)))
show(lambda: Decimal(1).rotate(Decimal("0.5")))

print("-- random operations in random contexts --")
random.seed(12345)


def random_operand():
    r = random.random()
    if r < 0.04:
        return random.choice(["NaN", "-NaN", "sNaN", "Inf", "-Inf", "NaN123", "-0", "0E+5", "0.000"])
    digits = "".join(random.choice("0123456789") for _ in range(random.randint(1, 12)))
    exp = random.randint(-15, 15) if random.random() < 0.95 else random.randint(-30, 30)
    return ("-" if random.random() < 0.4 else "") + digits + "E" + str(exp)


unary = ["sqrt", "normalize", "to_integral_exact", "to_integral_value", "plus", "minus", "abs", "next_plus",
         "next_minus", "exp", "ln", "log10", "logb", "to_sci_string", "to_eng_string", "number_class"]
binary = ["add", "subtract", "multiply", "divide", "divide_int", "remainder", "remainder_near", "compare", "max",
          "min", "max_mag", "min_mag", "quantize", "next_toward", "scaleb", "power", "compare_total",
          "same_quantum", "divmod"]
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
for i in range(700):
    ctx = Context(prec=random.choice([1, 2, 3, 5, 9, 16, 28]), rounding=random.choice(modes),
                  Emin=random.choice([-99, -999999, -20]), Emax=random.choice([99, 999999, 20]),
                  clamp=random.choice([0, 0, 1]), traps=[])
    op = random.choice(unary + binary + ["fma"])
    a, b, c = Decimal(random_operand()), Decimal(random_operand()), Decimal(random_operand())
    if op == "scaleb":
        b = Decimal(random.randint(-30, 30))
    if op == "exp" and a.is_finite():
        a = a.scaleb(-a.adjusted() + random.randint(-3, 2))
    if op == "power":
        if random.random() < 0.5:
            b = Decimal(random.randint(-12, 12))
        elif b.is_finite():
            b = b.scaleb(-b.adjusted() + random.randint(-2, 1))
        if a.is_finite() and random.random() < 0.7:
            a = a.scaleb(-a.adjusted() + random.randint(-2, 2))
    args = (a,) if op in unary else (a, b, c) if op == "fma" else (a, b)
    try:
        result = repr(getattr(ctx, op)(*args))
    except Exception as e:
        result = type(e).__name__
    flags = [s.__name__ for s, v in ctx.flags.items() if v]
    print(i, op, ctx.prec, ctx.rounding[6:], ctx.Emin, ctx.Emax, ctx.clamp, [str(x) for x in args], result, flags)
