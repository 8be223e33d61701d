# 'in' on objects whose iteration fails, and operator.length_hint's fallbacks
import operator


class BadIterable:
    def __iter__(self):
        raise ZeroDivisionError("from __iter__")


class IterRaisesTypeError:
    def __iter__(self):
        raise TypeError("inner")


class NotIterable:
    pass


for container in (BadIterable(), IterRaisesTypeError(), NotIterable(), 5):
    try:
        print(1 in container)
    except Exception as e:
        print(type(e).__name__, e)
print(operator.contains(range(4), 2), operator.contains(range(4), 5))


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        if isinstance(self.value, type):
            raise self.value
        return self.value


print(operator.length_hint([], 2), operator.length_hint(iter([1, 2, 3])), operator.length_hint(Hint(2)))
print(operator.length_hint(Hint(NotImplemented), 4), operator.length_hint(Hint(TypeError), 12))
for value in ("abc", -2, LookupError):
    try:
        operator.length_hint(Hint(value))
    except Exception as e:
        print(type(e).__name__, e)
import time
t = time.gmtime(0)
print(1970 in t, -42 in t)
class L(list):
    def __contains__(self, x): return "own"
class M(list): pass
print(5 in L([1]), 1 in M([1]), 2 in M([1]))
