# PEP 695: a generic def's defaults are evaluated where the def is, before its type parameters exist
T = "outer T"
def first[T](x=T, *, y=T, **kw) -> T:
    return x, y

print(first())
print(first.__defaults__, first.__kwdefaults__)
print(first.__type_params__, first.__annotations__)

def counted(label):
    print("evaluating", label)
    return label

def second[A, B](a=counted("a"), b=counted("b"), *, c=counted("c")):
    return a, b, c

print(second(), second.__type_params__)

try:
    def third[U](x=U):
        pass
except NameError as e:
    print("NameError:", e)

def fourth[__V](self, *, _x=1):
    return _x
print(fourth.__kwdefaults__, fourth(None))

def outer():
    n = 10
    def inner[W](k=n + 1) -> W:
        return k
    return inner
print(outer()())
