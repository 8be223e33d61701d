# super(type): unbound super objects, their attributes, and binding through __get__ (explicitly or as a class attribute)
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
class B(A):
    def f(self): return "B.f"
b = B()
u = super(B)
print(repr(u), u.__thisclass__, u.__self__, u.__self_class__)
bound = u.__get__(b)
print(bound.f(), bound.__self__ is b, bound.__self_class__, bound.__thisclass__)
print(super(B, b).__self__ is b, super(B, B).__self_class__, super(B, B).c())
class C(B):
    sup = super(B)
print(C().sup.f(), u.__get__(None, B) is u)
try: u.f
except AttributeError as e: print("AttributeError", e)
print(repr(super(B, b))[:30])
print(super(B, None).__self__, repr(super(A, None)))
try:
    super(B, 1)
except TypeError as e:
    print("TypeError", e)
