import re
def make(v):
    x = v
    def f(): return x
    return f
a, b, c = make(1), make(2), make(1)
ca, cb, cc = a.__closure__[0], b.__closure__[0], c.__closure__[0]
print(ca == cc, ca != cb, ca < cb, cb >= ca, a.__closure__ == a.__closure__)
def empty():
    if False:
        y = 1
    def g(): return y
    return g
ce = empty().__closure__[0]
print(ce < ca, ce == ce, ca > ce, ce <= ce)
print(re.sub("0x[0-9a-f]+", "X", repr(ca)), re.sub("0x[0-9a-f]+", "X", repr(ce)))
print(ca.__eq__(5))
try:
    ca < 5
except TypeError as e:
    print(e)
