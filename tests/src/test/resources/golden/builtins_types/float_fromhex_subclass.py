# float.fromhex called on a subclass returns cls(value), through its __new__ and __init__, as CPython does.
class F(float):
    def __new__(cls, value): return float.__new__(cls, value + 1)
f = F.fromhex((1.5).hex()); print(type(f).__name__, f)
class F2(float):
    def __init__(self, value): self.foo = 'bar'
f = F2.fromhex((1.5).hex()); print(type(f).__name__, f, f.foo)
class F3(float):
    @classmethod
    def fromhex(cls, a, b): return super(F3, cls).fromhex(a + b)
f = F3.fromhex('1', '1'); print(type(f).__name__, f)
print(float.fromhex("0x1.8p1"), type(float.fromhex("1")))
for bad in [1, b"0x1"]:
    try: float.fromhex(bad)
    except TypeError as e: print("TypeError", e)
