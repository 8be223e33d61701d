# __main__ starts with CPython's attributes (__builtins__, __package__, __spec__, __annotations__, __cached__); recursive set reprs
print(sorted(k for k in dir() if k.startswith("__") and k != "__loader__"))
print(type(__builtins__).__name__)
import json
print(type(json.__builtins__).__name__ if hasattr(json, "__builtins__") else None)
class Foo:
    def __init__(self, s): self.s1 = s
    def __repr__(self): return f"Foo(s1={self.s1!r})"
s = set(); s.add(Foo(s)); print(s)
fs = frozenset(); print(repr(fs))
