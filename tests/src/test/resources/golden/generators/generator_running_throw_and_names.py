def f():
    try:
        x.throw(IndexError)
    except ValueError as e:
        print("VE", e)
        yield 1
x = f()
print(list(x))
def g(x):
    yield x
def h(x):
    yield from g(x)
    yield 42
gen = h(5)
print(gen.gi_yieldfrom, next(gen), gen.gi_yieldfrom.__name__, next(gen), gen.gi_yieldfrom)
class A:
    def f(self):
        yield 5
g2 = A().f()
g2.__name__ = "h.i"; g2.__qualname__ = "j.k"
print(g2.__name__, g2.__qualname__)
for bad in ("__name__", "__qualname__"):
    try: setattr(g2, bad, 42)
    except TypeError as e: print(e)
