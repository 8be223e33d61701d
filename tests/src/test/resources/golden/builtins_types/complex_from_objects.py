# complex() of subclasses and other objects: a subclass overriding __complex__ is asked first; __float__ and __index__.
class CP1(complex): pass
class CP2(complex):
    def __complex__(self): return 42j
class CP3:
    def __float__(self): return 6.0
class CP4:
    def __index__(self): return 123
print(CP1(1+4j), type(CP2(1+4j)).__name__, CP2(1+4j), CP2(CP1(1+4j)), complex(CP2(1+4j)), type(complex(CP2(1+4j))).__name__)
print(complex(2.5, complex(2+2j)), complex(CP3()), complex(CP4()), complex(CP3(), CP4()))
print(complex(CP1(3+1j)), type(complex(CP1(3+1j))).__name__)
