# a class body's frame: the namespace as f_locals and code flags 0; a running generator's frame has its function's flags
import sys
class C:
    x = 1
    f = sys._getframe()
    print(sorted(f.f_locals), f.f_code.co_flags, f.f_code.co_name)
    print(sorted(k for k in sys._getframe().f_locals if not k.startswith("__")))
def g():
    yield sys._getframe().f_code.co_flags
print(list(g()), g.__code__.co_flags)
def h(a, *b):
    return sys._getframe().f_code.co_flags
print(h(1), C.f.f_locals is not None)
