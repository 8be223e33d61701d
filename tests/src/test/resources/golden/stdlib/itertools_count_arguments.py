# itertools.count: what start and step may be (numbers: anything with __index__, __int__ or __float__, and complex)
# and its own argument errors.
from itertools import count
for a in [(2,3,4), ('a',)]:
    try: count(*a)
    except TypeError as e: print("TypeError", e)
c = count(3); print(repr(c)); next(c); print(repr(c))
print(repr(count(10.25)), repr(count(10.0)), type(next(count(10.0))))
from decimal import Decimal
from fractions import Fraction
print(next(count(Decimal("1.5"))), next(count(Fraction(1, 2), 1)), repr(count(start=5, step=2)), repr(count(step=3)), repr(count(1j)))
for a, k in [((1,), {"start": 2}), ((), {"stop": 1}), ((1, 2), {"step": 3}), (([],), {})]:
    try: count(*a, **k)
    except TypeError as e: print("TypeError", e)
