# A code object's names: co_varnames (parameters in CPython's order, then the other locals as they first appear),
# co_nlocals, co_cellvars (locals nested functions close over, sorted) and co_freevars.
import sys

def f(a, b=2, /, c=3, *args, k, m=1, **kw):
    x = 1
    y = 2
    def g():
        return a, y
    for i in range(2):
        pass
    try:
        pass
    except Exception as e:
        pass
    with open(__file__) as fh:
        pass
    import os
    from sys import path as p
    global G
    G = 1
    (w := 5)
    return g

code = f.__code__
print(code.co_varnames)
print(code.co_nlocals, code.co_cellvars, code.co_freevars, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
inner = f(1, k=0).__code__
print(inner.co_varnames, inner.co_nlocals, inner.co_cellvars, inner.co_freevars)

def outer():
    x = 1
    class K:
        y = x
        def m(self):
            return __class__
    return K

K = outer()
print(K.m.__code__.co_freevars, outer.__code__.co_cellvars, outer.__code__.co_varnames, outer.__code__.co_nlocals)

class Body:
    body_code = sys._getframe().f_code
    print(body_code.co_varnames, body_code.co_cellvars, body_code.co_nlocals)

gen = (i for i in range(3))
print(gen.gi_code.co_varnames, gen.gi_code.co_nlocals)
print((lambda q, *r, s=1: q).__code__.co_varnames)
module_code = compile("x = 1\ndef h(): pass\nfor i in range(1): pass", "<module>", "exec")
print(module_code.co_varnames, module_code.co_cellvars, module_code.co_nlocals)

async def co(a):
    b = await a
    return b
print(co.__code__.co_varnames)

def closes_over_parameter(p, q):
    return lambda: p
print(closes_over_parameter.__code__.co_varnames, closes_over_parameter.__code__.co_cellvars)
