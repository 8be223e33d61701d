# A class's __dict__ iterates live (changing the class meanwhile is a RuntimeError); mappingproxy() takes what
# CPython's PyMapping_Check accepts (a deque's item access is not a mapping's).
import collections
class A: pass
def foo(): pass
try:
    for i in A.__dict__:
        setattr(A, 'foo', foo)
except RuntimeError as e:
    print("RuntimeError", e)
print(list(iter(A.__dict__))[:3], type(iter(A.__dict__)).__name__)
from types import MappingProxyType as P
for m in ['abc', b'abc', bytearray(b'x'), memoryview(b'x'), collections.deque([1]), set(), [], ()]:
    try: P(m); print("ok", type(m).__name__)
    except TypeError as e: print("TypeError", e)
