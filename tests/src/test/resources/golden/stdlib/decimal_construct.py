# Decimal construction from every kind of value, str/repr, as_tuple and the conversions back to Python numbers.
from decimal import Decimal, DecimalTuple, InvalidOperation, getcontext, Context, FloatOperation
import decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for text in ["0", "-0", "1", "-1.50", "  3.14159\n", "1_000_000.000_1", "+.5", "5.", "1e3", "1E+3", "-1.23e-7",
             "123456789012345678901234567890.5", "0.000001", "0.0000001", "1e-6", "12E+1", "0E-10", "0E+2", "-0.00",
             "Inf", "-infinity", "nan", "NaN123", "-sNaN", "snan07", "\u0661\u0662\u0663", "\u00a07\u2003",
             "1E999999999999999999"]:
    show(lambda: Decimal(text))
for bad in ["", " ", "abc", "1.2.3", "1e", "e5", "--1", "1 2", "0x10", "nan-1", "Infinit", "_", "1e-9999999999999999999"]:
    show(lambda: Decimal(bad))
for value in [0, 7, -42, 2 ** 100, -(10 ** 30), True, False]:
    show(lambda: Decimal(value))
for f in [0.1, -0.0, 1.5, 1e300, 2.5e-10, float("inf"), float("-inf"), float("nan")]:
    show(lambda: Decimal(f))
    show(lambda: Decimal.from_float(f))
show(lambda: Decimal.from_float(10))
show(lambda: Decimal.from_float("1"))
for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (1, [4, 5], 3), (0, (), "F"), (1, (1, 2), "n"), (0, (9,), "N"),
          (0, (1,), "x"), (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5), (0, (1,)), [0, (1,), 0]]:
    show(lambda: Decimal(t))
for bad in [None, 1j, b"1", [1], {}, object()]:
    show(lambda: Decimal(bad))
d = Decimal("3.25")
print(Decimal(d) is d, Decimal(d) == d)

print("-- str and repr --")
for text in ["123.456", "-0.000123", "1.23E+10", "1.23E-10", "100E-2", "0.00E+5", "5E+3", "-5E-7", "123E+2",
             "1234567E-20", "Infinity", "-NaN45", "sNaN"]:
    d = Decimal(text)
    print(text, str(d), repr(d), d.to_eng_string(), getcontext().to_sci_string(d))
c = Context(capitals=0)
print(c.to_sci_string(Decimal("1.5E+20")), c.to_eng_string(Decimal("1.5E+20")))
for text in ["0E+4", "0E-8", "-0E+1", "12345E+5", "1E-9", "0E+3", "0E-5"]:
    print(text, Decimal(text).to_eng_string())

print("-- tuples and ratios --")
for text in ["-12.340", "0", "1E+5", "-Inf", "NaN9", "-sNaN"]:
    t = Decimal(text).as_tuple()
    print(t, type(t).__name__, isinstance(t, DecimalTuple), Decimal(t) if "NaN" not in text else "")
for text in ["1.25", "-0.75", "100", "0", "1E+3", "3.3333"]:
    print(text, Decimal(text).as_integer_ratio())
show(lambda: Decimal("inf").as_integer_ratio())
show(lambda: Decimal("nan").as_integer_ratio())

print("-- int, float, bool, round --")
for text in ["3.7", "-3.7", "0.5", "-0.5", "2.5", "1E+3", "123456789.99", "-0"]:
    d = Decimal(text)
    print(text, int(d), float(d), bool(d), round(d), round(d, 1), round(d, -1), d.__floor__(), d.__ceil__(),
          d.__trunc__())
import math
print(math.floor(Decimal("-2.5")), math.ceil(Decimal("-2.5")), math.trunc(Decimal("-2.5")))
print(float(Decimal("NaN")), float(Decimal("-Infinity")), complex(Decimal("1.5")))
show(lambda: int(Decimal("NaN")))
show(lambda: int(Decimal("-Inf")))
show(lambda: float(Decimal("sNaN")))
show(lambda: round(Decimal("NaN")))
show(lambda: round(Decimal("Inf")))
show(lambda: round(Decimal("NaN"), 2))
show(lambda: round(Decimal("1.5"), "x"))
show(lambda: round(Decimal("1.5"), 40))
print(type(round(Decimal("1.5"))).__name__, type(round(Decimal("1.5"), 0)).__name__)

print("-- flags from construction --")
ctx = getcontext()
ctx.clear_flags()
Decimal(0.5)
print(ctx.flags[FloatOperation])
ctx.clear_flags()
Decimal.from_float(0.5)
print(ctx.flags[FloatOperation])
ctx.traps[FloatOperation] = True
show(lambda: Decimal(0.5))
show(lambda: Decimal("1.5") < 2.0)
show(lambda: Decimal("1.5") == 1.5)
ctx.traps[FloatOperation] = False
quiet = Context(traps=[])
print(repr(Decimal("garbage", quiet)), quiet.flags[InvalidOperation], repr(quiet))
show(lambda: Decimal("1", "not a context"))


class Money(Decimal):
    def __repr__(self):
        return f"Money({str(self)!r})"


m = Money("12.50")
print(m, repr(m), type(m).__name__, isinstance(m, Decimal), type(m + 1).__name__, repr(Money.from_float(0.25)))
print(Decimal.__name__, Decimal.__module__, decimal.__name__, repr(Decimal))
print(issubclass(Decimal, object), isinstance(Decimal(1), __import__("numbers").Number))
print(isinstance(Decimal(1), __import__("numbers").Real))
