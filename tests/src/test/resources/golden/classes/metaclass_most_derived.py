class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e: print(e)
try:
    type("C", (A, B), {})
except TypeError as e: print(e)
class M3(M1):
    def __new__(mcls, name, bases, ns):
        print("M3.__new__", name)
        return super().__new__(mcls, name, bases, ns)
class D(metaclass=M3): pass
E = type("E", (D,), {})
print(type(E))
X = M1("X", (D,), {})
print(type(X))
class MC(type):
    pass
class MC2(MC):
    pass
class B(metaclass=MC): pass
class C(B): pass
class D(metaclass=MC2): pass
class E(C, D, metaclass=MC): pass
print(type(E))  # the bases bring the more derived MC2
