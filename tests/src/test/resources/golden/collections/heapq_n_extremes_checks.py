import heapq
for n in (-2, 0, 1, 2, 10):
    print(n, heapq.nlargest(n, [3, 1, 2, 3]), heapq.nsmallest(n, iter([3, 1, 2])), heapq.nlargest(n, [], key=abs))
for bad in ("x", 1.5, None):
    for args in (([1, 2],), (iter([1, 2]),)):
        try:
            print(heapq.nlargest(bad, *args))
        except TypeError as e:
            print(type(e).__name__, e)
print(heapq.nlargest(2, [(1, 'a'), (1, 'b'), (0, 'c')], key=lambda t: t[0]))
import collections

try:
    print (collections.Counter(3))
except TypeError as e:
    print (repr(e))

c = collections.Counter('hello')

try:
    print (c.elements(5))
except TypeError as e:
    print (repr(e))

try:
    print (c.most_common(2, 5))
except TypeError as e:
    print (repr(e))

try:
    print (c.most_common('hello'))
except TypeError as e:
    print (repr(e))

print (c.most_common(-5))
print (c.most_common(200))

try:
    c.update(1, 3)
except TypeError as e:
    print (repr(e))

try:
    c.update(13)
except TypeError as e:
    print (repr(e))

try:
    c.subtract(4, 5)
except TypeError as e:
    print (repr(e))

try:
    c.subtract(12.4)
except TypeError as e:
    print (repr(e))
