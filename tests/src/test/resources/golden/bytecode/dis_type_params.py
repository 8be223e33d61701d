# dis of PEP 695 code: generic classes, defs (with defaults passed in as .defaults/.kwdefaults) and type statements,
# their annotation scopes, lazily evaluated bounds and alias values, and the code objects' attributes (not here:
# generics in a class body, whose annotation scopes see the class's names through __classdict__, and a generic def
# without defaults, whose scope still has a .defaults variable in CPython; Krait does not compile either like that)
from _disutil import show_source, code_facts

SOURCE = '''
class Base: pass
class C[T: int, *Ts, **P](Base, metaclass=type):
    x: T
    def m(self) -> T: return T
def f[T](a: T = 1, *, b: T = 2) -> T:
    return a
@dec
def g[T](a=1): pass
type A[K] = list[K]
type B = int
def outer():
    class Inner[X]:
        def method(self, y: X = None) -> X: ...
    return Inner
def pair[A: (int, str), B](x=lambda: A) -> B: ...
'''
show_source("generics", SOURCE)
code_facts(compile(SOURCE, "generics", "exec"))
