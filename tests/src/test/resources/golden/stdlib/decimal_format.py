# Decimal.__format__: every presentation type, precision, alignment, fill, sign, grouping, z, %, and the
# specifiers a Decimal refuses.
from decimal import *
vals = ['0', '-0', '1', '-1', '1.5', '123.456', '-123.456', '1234567.891', '0.000012345', '1E+10', '1.23E+5', '0.00', '-0.00', '9.999', '999.5', 'Infinity', '-Infinity', 'NaN', '-sNaN2', '12345678901234567890.123', '5E-8', '100', '1.000', '0E+3', '-0.0001']
specs = ['', 'f', '.2f', '.0f', '.10f', 'e', '.2e', '.0e', 'E', 'g', '.3g', '.1g', 'G', '%', '.1%', ',', ',.2f', '_.3f', '>12', '<12.2f', '^15,.1f', '012.3f', '+.2f', ' .2f', '=+12.2f', '*^20', '#.0f', '#g', '.3', '015,.2f', 'z.2f', 'n', '10', '.0%', '08.2e', '#.0e', '.5G']
for v in vals:
    d = Decimal(v)
    out = []
    for s in specs:
        try: out.append(format(d, s))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(v, '|'.join(out))
for s in ['d', 'x', '.2s', '10.2.3', ',_', 'q']:
    try: print(format(Decimal('1.5'), s))
    except Exception as e: print(type(e).__name__, e)
print(f"{Decimal('1234.5'):,}", '{:.2f}'.format(Decimal('2.675')), '%s %r' % (Decimal('1.10'), Decimal('2E+3')))
