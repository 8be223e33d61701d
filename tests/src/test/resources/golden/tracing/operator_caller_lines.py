import sys
class A:
    def __eq__(self, o):
        print("eq", sys._getframe(1).f_lineno)
        return True
    def __add__(self, o):
        print("add", sys._getframe(1).f_lineno)
        return 1
    def __getitem__(self, i):
        print("getitem", sys._getframe(1).f_lineno)
        return 1
    def __call__(self):
        print("call", sys._getframe(1).f_lineno)
    def __iter__(self):
        print("iter", sys._getframe(1).f_lineno)
        return iter([1])
    def __len__(self):
        print("len", sys._getframe(1).f_lineno)
        return 1
    def __hash__(self):
        print("hash", sys._getframe(1).f_lineno)
        return 1
a = A()
a == 1
x = (1 +
  a + 2) if False else a + 1
a[0]
a()
for _ in a: pass
len(a)
{a: 1}
def f():
    b = A()
    b == 2
    b[1]
    b()
    if b:
        pass
f()
import warnings
class W:
    def __eq__(self, o):
        warnings.warn("careful", stacklevel=2)
        return True
W() == 3
class B:
    def __contains__(self, x):
        print("contains", sys._getframe(1).f_lineno)
        return True
    def __setitem__(self, k, v):
        print("setitem", sys._getframe(1).f_lineno)
    def __delitem__(self, k):
        print("delitem", sys._getframe(1).f_lineno)
    def __neg__(self):
        print("neg", sys._getframe(1).f_lineno)
        return 0
    def __iadd__(self, o):
        print("iadd", sys._getframe(1).f_lineno)
        return self
    def __lt__(self, o):
        print("lt", sys._getframe(1).f_lineno)
        return False
def use_b():
    b = B()
    1 in b
    b[1] = 2
    del b[1]
    -b
    b += 1
    sorted([b, b])
    print(b < 1 or
          b < 2)
use_b()
def numbers():
    print("gen resumed from", sys._getframe(1).f_lineno)
    yield 1
    print("gen resumed from", sys._getframe(1).f_lineno)
    yield 2
def loop():
    for n in numbers():
        pass
loop()
