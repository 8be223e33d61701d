def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = 2.5
print(x.real, x.imag, x.conjugate(), x.is_integer(), (3.0).is_integer(), float("inf").is_integer())
print(x.as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio())
print((1.5).hex(), (0.1).hex(), (-2.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"))
print(x.__trunc__(), (-2.5).__trunc__(), (2.5).__floor__(), (-2.5).__floor__(), (2.1).__ceil__(), (-2.1).__ceil__())
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), (2.5).__round__(), (2.567).__round__(1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(1e300, -300))
print(float.__add__(1.5, 2), float.__add__(1.5, "a"), float.__radd__(1.5, 2), float.__sub__(5.0, 1), float.__rsub__(5.0, 1))
print(float.__mul__(1.5, 2), float.__truediv__(1.0, 4), float.__rtruediv__(4.0, 1), float.__floordiv__(7.5, 2), float.__mod__(7.5, 2))
print(float.__pow__(2.0, 3), float.__rpow__(2.0, 3), float.__divmod__(7.5, 2), float.__rdivmod__(2.0, 7))
print((1.5).__lt__(2), (1.5).__eq__(1.5), (1.0).__eq__(1), (1.5).__eq__("x"), (1.5).__ge__(True))
print((1.5).__neg__(), (1.5).__pos__(), (-1.5).__abs__(), (0.0).__bool__(), (0.1).__bool__(), (2.5).__int__(), (2.5).__float__())
print((2.5).__hash__(), (1.0).__hash__(), hash(float("inf")), (0.5).__format__(".3f"), format(1234.5, ",.2f"), (1.5).__repr__(), (1e100).__str__())
print(float(), float(3), float("1.5"), float(" -2.5e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_000.5"), float(True))
show(lambda: float("abc"))
show(lambda: float(""))
show(lambda: float(None))
show(lambda: float([1]))
show(lambda: float("1__0"))
show(lambda: float.fromhex("zz"))
show(lambda: float("nan").as_integer_ratio())
show(lambda: float("inf").as_integer_ratio())
show(lambda: float.__add__(1, 2.0))
show(lambda: float.__pow__(2.0, 3, 5))
show(lambda: float.__truediv__(1.0, 0))
show(lambda: float.__floordiv__(1.0, 0.0))
show(lambda: float.__mod__(1.0, 0.0))
show(lambda: float.__divmod__(1.0, 0.0))
show(lambda: float("inf").__trunc__())
show(lambda: float("nan").__floor__())
show(lambda: round(float("inf")))
show(lambda: (2.5).__round__("x"))
class F:
    def __float__(self):
        return 4.25
class Ix:
    def __index__(self):
        return 3
print(float(F()), float(Ix()))
print(1e16, 1.5e-7, 123456789012345678.0, 0.1 + 0.2, 1/3, -0.0, 2.0**0.5)
