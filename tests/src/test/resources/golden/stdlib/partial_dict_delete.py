# a partial's instance dict cannot be deleted (CPython's partial is a C type); other attributes can
from functools import partial
p = partial(max, 1)
p.x = 1
try:
    del p.__dict__
except TypeError as e:
    print("TypeError", e)
del p.x
print(p.__dict__, p(5))
