# Unary operators on special values, and the calling errors of Decimal's constructor, from_float and attribute
# lookups on Decimal and Context.
from decimal import *
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
for v in ['NaN', '-NaN', 'NaN12', 'sNaN', 'Inf', '-Inf', '-0', '0E+3']:
    show(lambda: -Decimal(v)); show(lambda: abs(Decimal(v))); show(lambda: +Decimal(v))
show(lambda: Decimal(1, 2, 3))
show(lambda: Decimal(value="1.5"))
show(lambda: Decimal(1).foo)
show(lambda: Decimal.from_float(value=1.5))
show(lambda: Decimal(1).quantize(exp=Decimal(2)))
show(lambda: Decimal(1).quantize(Decimal(2), rounding=ROUND_UP, context=Context()))
show(lambda: Context().foo)
show(lambda: Decimal.from_float())
class M(Decimal): pass
show(lambda: M(1).foo)
show(lambda: hasattr(Decimal(1), "real"))
