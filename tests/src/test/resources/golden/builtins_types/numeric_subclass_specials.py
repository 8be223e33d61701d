# complex() asks an int or float subclass's own __complex__; math.ldexp takes int subclasses as exponents
def fun_complex(arg): return (4+2j)
for base, r in [(int, 1), (float, 1.1), (str, '1+1j')]:
    class X(base): pass
    X.__complex__ = fun_complex
    try: print(base.__name__, complex(X(r)))
    except Exception as e: print(base.__name__, type(e).__name__, e)
    X.__complex__ = complex
    try: print(base.__name__, complex(X(r)))
    except Exception as e: print(base.__name__, type(e).__name__, e)
import math
class II(int): pass
class FF(float): pass
print(math.ldexp(FF(10), II(12)), math.ldexp(True, True), math.ldexp(0.1, True))
class IndexOnly:
    def __index__(self): return 2
for bad in (IndexOnly(), 2.0, "2"):
    try:
        math.ldexp(1, bad)
    except TypeError as e:
        print("TypeError", e)
