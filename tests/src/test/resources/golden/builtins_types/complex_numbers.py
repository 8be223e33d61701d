# complex numbers: construction, arithmetic, repr, hash, format and errors as CPython 3.12.
z = complex(1, 2)
print(z, 2j, -2j, (1+2j)*2, (1+2j).real, (1+2j).imag, z.conjugate(), abs(3+4j), -z, +z)
print(complex(), complex(3), complex(2.5, -1), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-j"), complex("1e3j"), complex("inf+nanj"))
print(1 + 2j, 2j - 1, 1.5 * 2j, (1+2j) / (3-4j), 1 / 2j, 2j ** 2, (1+1j) ** 0.5, (1+2j) ** -3, 2 ** (1+1j), 0j ** 0)
print(z == complex(1, 2), z != 1, 1 + 0j == 1, 2.0 == 2 + 0j, hash(1 + 0j) == hash(1), hash(complex(1.5, 2.5)), bool(0j), bool(1j))
print(repr(complex(0.0, -0.0)), repr(complex(-0.0, 1)), repr(complex(1e20, 1e-5)), complex(float("nan"), float("inf")), repr(1e16j))
print(format(1+2j), format(1+2j, ".2f"), format(1+2j, "10"), format(1+2j, "<15.3e"), format(2j, ".1f"), f"{3-4j:+g}", f"{1.5+0.5j:^20}")
print(isinstance(1j, complex), type(1j).__name__, complex.__name__, (1j).__class__)
for bad in [lambda: complex("1+"), lambda: complex("x"), lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]),
            lambda: complex(1, []), lambda: 1j < 2j, lambda: 1 / 0j, lambda: 0j ** -1, lambda: pow(1j, 2, 3), lambda: format(1j, "d"),
            lambda: format(1j, "010"), lambda: format(1j, "=10"), lambda: int(1j), lambda: float(1j), lambda: 1j % 2, lambda: 1j // 2]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    def __complex__(self):
        return 5j
print(complex(C()), complex(1j, 1j), complex(real=2, imag=3))
import math
try:
    math.sqrt(1j)
except TypeError as e:
    print("TypeError:", e)
print(sum([1j, 2, 3.5]), [1j, 2j][::-1], {1j: "a"}[1j], divmod(7, 2), round(2.5), 3 * 1j)
print((-8) ** (1/3), (-1) ** 0.5, (-2.0) ** 1.5, 4 ** 0.5, (-8) ** 2.0)
