class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
class O: pass
class F(O): pass
class E(O): pass
class K1(F, E): pass
class K2(E, O): pass
class M(K1, K2): pass
print([k.__name__ for k in M.__mro__])
class Mixin:
    def greet(self):
        return "mixin greets " + self.name()
class Named:
    def name(self):
        return "named"
class Both(Mixin, Named):
    pass
print(Both().greet())
class Init1:
    def __init__(self):
        print("Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("Init2")
        super().__init__()
class Combined(Init1, Init2):
    def __init__(self):
        print("Combined")
        super().__init__()
Combined()
print(super(B, D()).who())
