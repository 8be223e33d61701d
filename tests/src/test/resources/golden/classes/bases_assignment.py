class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A): pass
class D(C): pass
d = D()
print(d.f(), D.__mro__)
C.__bases__ = (B,)
print(d.f(), D.__mro__, C.__bases__, A.__subclasses__(), B.__subclasses__())
for bad in ((), [B], (1,), (D,), (int,)):
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
try:
    del C.__bases__
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y(X): pass
try:
    Y.__bases__ = (object,)
    class W(X, Y): pass
    Y.__bases__ = (X,)
except TypeError as e:
    print("TypeError:", e)
print(C.__mro__)
