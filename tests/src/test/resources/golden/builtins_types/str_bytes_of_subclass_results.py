# str(x), bytes(x) and repr(x) return what x's special method returned, str/bytes subclass instances included
class S(str): pass
class B(bytes): pass
class O:
    def __str__(self): return S("x")
    def __bytes__(self): return B(b"y")
    def __repr__(self): return S("r")
for make in (str, bytes, repr):
    v = make(O())
    print(make.__name__, type(v).__name__, v)
class S2(str): pass
v = S2(O()); print(type(v).__name__, v)
class F:
    def __format__(self, spec): return S("formatted:" + spec)
print(format(F(), "x"), f"{F():y}", "{:z}".format(F()))
class Bad:
    def __str__(self): return 1
    def __bytes__(self): return "s"
    def __format__(self, spec): return b"b"
for make in (str, bytes, lambda o: format(o, "")):
    try:
        make(Bad())
    except TypeError as e:
        print(e)
