# OrderedDict: __init__/update store through a subclass's __setitem__; | and |= keep the OrderedDict type
from collections import OrderedDict
class MyODict(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, 42)
d = MyODict(x=1)
print(d['x'])
d.update({'y': 2})
print(d['y'], d)
class My2(OrderedDict): pass
d1 = OrderedDict({1: 2, 3: 4})
d2 = My2({1: 4, 5: 6})
print(type(d1 | d2).__name__, d1 | d2, type(dict(d1) | d2).__name__, dict(d1) | d2)
d = {1: 1} | OrderedDict({1: 2})
print(type(d).__name__, d)
x = {1: 1}
x |= OrderedDict({2: 2})
print(type(x).__name__, x)
class D(dict): pass
print(type({1: 1} | D({2: 2})).__name__, type(D({2: 2}) | {1: 1}).__name__)
from collections import OrderedDict
import collections.abc
o = OrderedDict([(1, 2)], a=3)
print(o, OrderedDict.update.__name__)
try: o.update(1, 2)
except TypeError as e: print(e)
try: OrderedDict(1, 2)
except TypeError as e: print(e)
try: OrderedDict(5)
except TypeError as e: print(e)
o.update(b=4); o.update([(7, 8)]); o.update({9: 10}); print(o)
class K:
    def keys(self): return [1, 2]
    def __getitem__(self, k): return k * 10
o.update(K()); print(o)
o |= {"z": 0}; print(o)
