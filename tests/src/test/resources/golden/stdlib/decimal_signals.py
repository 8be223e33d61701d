# Several decimal signals trapped at once: which one is raised, the list of conditions it carries, and the
# flags left in the context (their names in the order CPython prints them).
from decimal import *
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e, type(e).__mro__[1].__name__)
show(lambda: Context(traps=[Inexact, Rounded]).divide(1, 3))
show(lambda: Context(traps=[Rounded, Inexact, Subnormal, Underflow, Clamped], Emin=-5, prec=3).create_decimal("1.234E-7"))
show(lambda: Context(traps=[Clamped, Subnormal], Emin=-5, prec=3).create_decimal("1E-7"))
show(lambda: Context(traps=[Subnormal], Emin=-5, prec=3).create_decimal("1E-7"))
show(lambda: Context(traps=list(getcontext().traps), Emax=5, prec=3).create_decimal("1E+9"))
show(lambda: Context(traps=[Inexact, Overflow, Rounded], Emax=5, prec=3).multiply(Decimal(999), 10**5))
show(lambda: Context(traps=[DivisionByZero, InvalidOperation]).divmod(1, 0))
show(lambda: Context(traps=[InvalidOperation, Inexact]).divide(0, 0))
show(lambda: Context(traps=[FloatOperation]).create_decimal(1.5))
show(lambda: Context(traps=[Clamped], clamp=1, Emax=10, prec=5).create_decimal("1E+10"))
c = Context(traps=[])
c.divmod(1, 0); print(c)
c = Context(traps=[]); c.create_decimal("x"); c.divide(0, 0); c.divide_int(Decimal("1e30"), Decimal("1e-3")); print(c)
