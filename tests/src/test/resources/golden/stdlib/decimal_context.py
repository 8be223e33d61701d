# Decimal contexts: getcontext/setcontext/localcontext, Context attributes and their checks, flags and traps,
# the signals and their hierarchy, context methods, and a context per thread.
import decimal
import threading
from decimal import *


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(Context())
print(Context(prec=5, rounding=ROUND_UP, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact], traps=[]))
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
print(ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)
c = getcontext()
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags)
print(c.traps)

print("-- attribute checks --")
for name, value in [("prec", 0), ("prec", "5"), ("prec", MAX_PREC + 1), ("Emin", 1), ("Emax", -1), ("rounding", "up"),
                    ("rounding", 3), ("capitals", 2), ("clamp", -1), ("unknown", 1)]:
    show(lambda: setattr(Context(), name, value))
show(lambda: delattr(Context(), "prec"))
show(lambda: Context(prec=3, bogus=1))
show(lambda: Context(flags=["x"]))
show(lambda: Context().flags["x"])
show(lambda: localcontext(precision=3))
show(lambda: localcontext(prec=0))
show(lambda: localcontext("ctx"))
show(lambda: setcontext("ctx"))
show(lambda: Decimal(1).sqrt(context="x"))

print("-- flags --")
c.clear_flags()
print(Decimal(1) / 3, c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
print(c)
c.clear_flags()
print(Decimal("1.5") + Decimal("2.5"), c.flags[Inexact], c.flags[Rounded])
print([k.__name__ for k, v in c.flags.items() if v])
c.flags[Clamped] = True
c.flags[InvalidOperation] = True
print(c)
print(len(c.flags), Inexact in c.flags, list(c.traps.values()))
c.clear_flags()

print("-- traps --")
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print(Decimal(1) / 0, Decimal(-1) / 0, ctx.flags[DivisionByZero])
    ctx.traps[InvalidOperation] = False
    print(Decimal(0) / 0, Decimal("Inf") - Decimal("Inf"), Decimal("x"), Decimal("NaN") < 1, ctx)
    ctx.traps[Inexact] = True
    show(lambda: Decimal(1) / 3)
    ctx.traps = {s: False for s in ctx.traps}
    ctx.traps[Rounded] = True
    show(lambda: Decimal("1.23456789E+30") + 0)
    ctx.clear_traps()
    print(ctx)
print(getcontext())

print("-- overflow, underflow, subnormal, clamped --")
ctx = Context(prec=3, Emax=5, Emin=-5, traps=[])
for v in ["1E+6", "999999", "12345", "1E-6", "1.23E-8", "1E-9", "0E+10", "0E-10"]:
    ctx.clear_flags()
    r = ctx.create_decimal(v)
    print(v, repr(r), [k.__name__ for k, f in ctx.flags.items() if f])
ctx = Context(prec=3, Emax=5, Emin=-5, clamp=1, traps=[])
print(ctx.create_decimal("1E+5"), ctx.create_decimal("1.2E+4"), ctx.flags[Clamped])
for mode in [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR]:
    ctx = Context(prec=3, Emax=5, rounding=mode, traps=[])
    print(mode, ctx.multiply(Decimal("999"), Decimal("1E+4")), ctx.multiply(Decimal("-999"), Decimal("1E+4")))
show(lambda: Context(Emax=5).create_decimal("1E+9"))
show(lambda: BasicContext.create_decimal("1E-1000000"))
show(lambda: Context(traps=[Overflow, Inexact]).power(Decimal(10), 10 ** 7))

print("-- signals --")
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible,
            DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(DivisionUndefined, ZeroDivisionError), repr(Inexact))

print("-- localcontext --")
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, getcontext().prec, ctx is getcontext())
print(Decimal(1) / 7, getcontext().prec)
with localcontext(prec=10, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) / 3, ctx.prec, ctx.rounding)
    with localcontext(Context(prec=3)):
        print(Decimal(2) / 3)
    print(Decimal(2) / 3)
with localcontext(ExtendedContext):
    print(Decimal(1) / 0, Decimal(1) / 7)
try:
    with localcontext(prec=2):
        print(Decimal(10) / 3)
        raise KeyError("inside")
except KeyError:
    pass
print(getcontext().prec)
saved = getcontext()
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext() == ExtendedContext, getcontext().prec, Decimal(1) / 0)
new = Context(prec=4)
setcontext(new)
print(getcontext() is new, Decimal(1) / 7)
setcontext(saved)
print(getcontext() is saved)
copy = getcontext().copy()
copy.prec = 3
print(copy.prec, getcontext().prec, repr(copy))

print("-- context methods --")
c = Context(prec=6, traps=[])
print(c.create_decimal("3.14159265"), c.create_decimal(10 ** 10 + 1), c.create_decimal(0.1), c.create_decimal())
print(c.create_decimal_from_float(0.1), c.create_decimal("NaN1234567"), c.flags[InvalidOperation])
print(c.add(1, 2), c.subtract(Decimal("1.1"), 3), c.multiply(7, Decimal("0.3")), c.divide(1, 7), c.divide_int(17, 5),
      c.remainder(17, 5), c.divmod(17, 5), c.remainder_near(17, 5), c.power(2, 10), c.power(3, 4, 5))
print(c.abs(-3), c.minus(3), c.plus(Decimal("-0")), c.sqrt(2), c.exp(1), c.ln(10), c.log10(2), c.logb(250))
print(c.quantize(Decimal("1.23456"), Decimal("0.01")), c.normalize(Decimal("1.500")), c.fma(2, 3, 4), c.scaleb(1, 5))
print(c.compare(1, 2), c.compare_signal(2, 1), c.compare_total(1, Decimal("1.0")), c.max(1, 2), c.min(1, 2),
      c.max_mag(-3, 2), c.min_mag(-3, 2), c.next_plus(1), c.next_minus(1), c.next_toward(1, 2))
print(c.to_integral_value(Decimal("2.5")), c.to_integral_exact(Decimal("2.5")), c.to_sci_string(Decimal("1E+7")),
      c.to_eng_string(Decimal("1E+7")), c.number_class(Decimal("-0")), c.is_normal(Decimal("1E-999999")),
      c.is_subnormal(Decimal("1E-999999")), c.radix(), c.same_quantum(Decimal("1.0"), Decimal("2.0")))
print(c.copy_abs(-2), c.copy_negate(2), c.copy_sign(2, -1), c.copy_decimal(5), c.canonical(Decimal(1)),
      c.is_zero(0), c.is_signed(-1), c.is_nan(Decimal("NaN")), c.is_finite(1), c.is_infinite(1), c.is_qnan(1),
      c.is_snan(Decimal("sNaN")), c.is_canonical(Decimal(2)))
show(lambda: c.add(1, 1.5))
show(lambda: c.add("1", 1))

print("-- a context per thread --")
results = {}


def worker(name, prec):
    with localcontext(prec=prec):
        results[name] = (str(Decimal(1) / 7), getcontext().prec)
    results[name + " after"] = getcontext().prec


def fresh():
    results["fresh"] = (getcontext().prec, getcontext() is not saved, repr(getcontext().flags[Inexact]))


getcontext().prec = 12
threads = [threading.Thread(target=worker, args=(f"t{p}", p)) for p in (3, 8, 20)]
threads.append(threading.Thread(target=fresh))
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(results):
    print(key, results[key])
print(getcontext().prec)
getcontext().prec = 28
