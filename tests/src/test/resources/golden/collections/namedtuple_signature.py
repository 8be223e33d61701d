# namedtuple: __new__ has the fields as real parameters (defaults through __defaults__, CPython call errors)
import collections
N = collections.namedtuple('N', 'a b')
N.__new__.__defaults__ = (3, 4)
n = N()
print(n, N(1), N(b=9))
P = collections.namedtuple('P', 'x y z', defaults=[0])
print(P(1, 2), P.__new__.__defaults__, P._field_defaults, P.__new__.__qualname__, P.__new__.__doc__)
for args, kw in (((), {}), ((1,), {}), ((1, 2, 3, 4), {}), ((1, 2), {"x": 5}), ((1, 2), {"w": 5})):
    try:
        P(*args, **kw)
    except TypeError as e:
        print(e)
O = collections.namedtuple('O', 'only')
print(O(5), O(only=6))
