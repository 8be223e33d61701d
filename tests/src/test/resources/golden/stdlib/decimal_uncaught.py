# An uncaught decimal signal: the traceback shows the program's frames only (decimal is a C module in CPython),
# then the signal's qualified name and its list of conditions.
from decimal import Decimal, localcontext


def parse_price(text):
    return Decimal(text).quantize(Decimal("0.01"))


print(parse_price("19.999"))
with localcontext(prec=6):
    print(parse_price("1234.5"))
    try:
        parse_price("123456.5")
    except Exception as e:
        print(type(e).__name__, e)
print(parse_price("12,50"))
