# Decimal arithmetic: the operators with Decimals and ints, every rounding mode, quantize, and money calculations.
from decimal import *


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


a, b = Decimal("7.25"), Decimal("-2.5")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b), a ** 2, b ** 3)
print(a + 1, 1 + a, a - 10, 10 - a, a * 3, 3 * a, a / 4, 4 / a, a // 2, 2 // a, a % 3, 30 % a, 2 ** Decimal(3))
print(Decimal(1) / 3, Decimal(2) / 3, Decimal(1) / 8, Decimal(10) / 4, Decimal("1.00") / 2, Decimal(100) / Decimal("1E+2"))
print(Decimal("0.1") + Decimal("0.2"), Decimal("0.1") * 3, sum([Decimal("0.1")] * 10), Decimal("1.30") + Decimal("1.20"))
print(Decimal("1.1") * Decimal("1.1"), Decimal("1.10") * Decimal("1.10"), Decimal("12E+3") * Decimal("2E-1"))
print(Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(-7), 2), Decimal(7) // -2, Decimal("7.5") % Decimal("-2"))
print(-Decimal(0), +Decimal("-0"), abs(Decimal("-0.0")), Decimal(1) - Decimal(1), Decimal("-0") + Decimal("-0"))
print(Decimal("1E+2") + Decimal("1E-2"), Decimal("5E+3") - Decimal("5E+3"), Decimal("1E+30") + 1)
print(Decimal(2) ** 100, Decimal(2) ** -2, Decimal("1.5") ** 100, Decimal(7) ** -3, Decimal(10) ** -2)
print(Decimal(4) ** Decimal("0.5"), Decimal(2) ** Decimal("0.5"), Decimal("1.21") ** Decimal("0.5"))
print(pow(Decimal(3), 4, 5), pow(Decimal(-3), 3, 7), pow(Decimal(2), 100, 1000000007))
x = Decimal("1.5")
x += 1
x *= 2
x -= Decimal("0.25")
x /= 4
print(x)

print("-- errors --")
show(lambda: Decimal(1) / 0)
show(lambda: Decimal(0) / 0)
show(lambda: Decimal(1) // 0)
show(lambda: Decimal(1) % 0)
show(lambda: Decimal(0) % 0)
show(lambda: divmod(Decimal(1), 0))
show(lambda: Decimal("1E+30") // Decimal("1E-3"))
show(lambda: Decimal("Inf") - Decimal("Inf"))
show(lambda: Decimal("Inf") * 0)
show(lambda: Decimal("sNaN") + 1)
show(lambda: Decimal(0) ** 0)
show(lambda: Decimal(-2) ** Decimal("0.5"))
show(lambda: pow(Decimal(2), Decimal("0.5"), 3))
show(lambda: Decimal(1) + 1.5)
show(lambda: 1.5 * Decimal(1))
show(lambda: Decimal(1) / 2.0)
show(lambda: divmod(2.0, Decimal(1)))
show(lambda: Decimal(1) ** 0.5)
show(lambda: Decimal(1) + "1")
show(lambda: Decimal(1) + None)
show(lambda: None - Decimal(1))
print(isinstance(Decimal(1) / 0 if False else DivisionByZero(), ZeroDivisionError))
try:
    Decimal(5) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__, e.args)
try:
    Decimal("x")
except InvalidOperation as e:
    print("caught:", type(e).__name__, e.args, e.args[0][0].__name__)
print(Decimal("NaN") + 1, Decimal("-Inf") + 5, Decimal("Inf") * -2, Decimal(3) / Decimal("Inf"), Decimal("NaN7") * 2)

print("-- rounding modes --")
values = ["2.5", "-2.5", "3.5", "2.51", "-2.49", "2.05", "2.15", "-0.5", "1.0", "2.50001", "7.45", "0.05"]
for mode in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
             ROUND_05UP]:
    row = [str(Decimal(v).quantize(Decimal("1"), rounding=mode)) for v in values]
    row += [str(Decimal(v).quantize(Decimal("0.1"), rounding=mode)) for v in values]
    with localcontext(prec=2, rounding=mode):
        row += [str(+Decimal(v) * 1) for v in ["1.25", "-1.25", "1.35", "9.99", "-9.95", "100.1"]]
        row += [str(Decimal(2) / 3), str(Decimal(-2) / 3)]
    print(mode, " ".join(row))

print("-- quantize --")
for v, q in [("1.41421356", "0.01"), ("1.41421356", "1E+1"), ("-1.005", "0.01"), ("123", "0.001"), ("0", "1E-5"),
             ("1E+5", "1"), ("Inf", "Inf"), ("1.5", "NaN")]:
    show(lambda: Decimal(v).quantize(Decimal(q)))
show(lambda: Decimal("1.5").quantize(Decimal("1E-30")))
show(lambda: Decimal("Inf").quantize(Decimal("1")))
show(lambda: Decimal("1.5").quantize(Decimal("1"), rounding="bogus"))
show(lambda: Decimal("1.5").quantize(Decimal("1"), ROUND_UP, "ctx"))
show(lambda: Decimal("1.5").quantize(1))
show(lambda: Decimal("1.5").quantize(1.0))

print("-- money --")
prices = [Decimal("19.99"), Decimal("5.49"), Decimal("0.99"), Decimal("100.00")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
total = subtotal + tax
print(subtotal, tax, total, f"${total:,.2f}", total / 3, (total / 3).quantize(Decimal("0.01")))
balance = Decimal("1000.00")
for month in range(12):
    balance += (balance * Decimal("0.05") / 12).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
print("balance after a year:", balance)
cents = Decimal("0.01")
split = [(Decimal(100) / 3).quantize(cents)] * 3
print(split, sum(split), Decimal(100) - sum(split))
print(sorted([Decimal("1.10"), Decimal("-3"), Decimal("2.5"), Decimal("0.333")]), max(prices), min(prices))

print("-- integral values and normalize --")
for v in ["2.5", "3.5", "-2.5", "123.456", "1E+3", "-0.4", "0.000", "Inf", "NaN"]:
    d = Decimal(v)
    print(v, d.to_integral_value(), d.to_integral(ROUND_UP), d.to_integral_exact(ROUND_FLOOR), d.normalize())
for v in ["120.00", "0.000", "-0E+5", "1E+3", "100", "1.2300E-5"]:
    print(v, Decimal(v).normalize(), Decimal(v).normalize(Context(prec=2)))
