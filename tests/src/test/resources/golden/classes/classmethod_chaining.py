# classmethod over another descriptor, function.__get__, reflected operators of subclasses, round() of ints


class Wrapper:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner=None):
        print("Wrapper.__get__", obj.__name__, owner.__name__)
        return self.fn.__get__(obj, owner)


class A:
    @classmethod
    @Wrapper
    def foo(cls):
        return cls.__name__ + ".foo"

    @classmethod
    @property
    def name(cls):
        return "class property of " + cls.__name__


class B(A):
    pass


print(A.foo(), B.foo(), A().foo(), A.name, B.name)


def f(self):
    return self


print(f.__get__(1)(), f.__get__(None, int) is f, f.__get__(2, int)())
try:
    f.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)


class P:
    def __add__(self, other):
        return "P.__add__"

    def __radd__(self, other):
        return "P.__radd__"


class Q(P):
    pass


class R(P):
    def __radd__(self, other):
        return "R.__radd__"


print(P() + Q(), P() + R(), Q() + P(), R() + R())


class MyInt(int):
    pass


class MyInt2(int):
    def __radd__(self, other):
        return "MyInt2.__radd__"


print(1 + MyInt(2), type(1 + MyInt(2)).__name__, 1 + MyInt2(2))

for n in (2**31 - 1, 2**63, 10**100):
    print(round(8979323, n), round(-5, n))
for n in (1, 5, 7, 8, 30):
    print(round(8979323, -n), round(-5, -n), round(10**20 + 5, -n))
