import sys
def f():
    exec('a = 2')
    print(sorted(locals()))
    print(locals()['a'])
    print(eval('a'))
def g():
    d = locals()
    x = 1
    print(d)
    locals()
    print(d)
    del x
    locals()
    print(d, d is locals())
    print(sys._getframe().f_locals is d)
def h(p):
    y = p
    def inner():
        return y
    print({k: v for k, v in locals().items() if k != 'inner'}, list(locals()))
    return inner
f(); g(); h(3)
def k():
    z = 5
    fr = sys._getframe()
    print(sorted(fr.f_locals))
k()
class D:
    def __del__(self): print("del D")
def m():
    o = D()
    locals()
    print("end m")
m()
print("after m")
def n():
    o = D()
    return locals()
r = n(); print(sorted(r)); del r; print("after n")
def gen():
    a = 1
    yield locals()
    b = 2
    yield locals()
for x in gen(): print(x)
def closure_order():
    first = 1
    shared = 2
    def use():
        return shared
    last = 3
    print(list(locals()))
    del last
    print(list(locals()))
closure_order()
def exec_then_dir():
    exec('hidden = 7')
    print(dir())
    print(vars()['hidden'])
exec_then_dir()
