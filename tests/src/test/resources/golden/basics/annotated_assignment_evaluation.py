# Annotated assignments evaluate what CPython's compiler evaluates: the target's parts once without a value, and the
# annotation of a complex target in module and class bodies (never in functions).
log = []
def get(v, tag):
    log.append(tag); return v
class Foo: pass
arr = [0] * 5
foo = Foo()
get(arr, "obj")[get(0, "lo"):get(2, "hi"):get(1, "step")]: get(int, "ann1")
print(log); log.clear()
get(arr, "obj")[get(0, "lo"):get(2, "hi"):get(1, "step")]: get(int, "ann2") = (42, 42)
print(log, arr); log.clear()
get(foo, "obj").x: get(int, "ann3")
print(log); log.clear()
get(foo, "obj").x: get(int, "ann4") = 43
print(log, foo.x); log.clear()
get(arr, "obj")[get(1, "a"), get(2, "b")] if False else None
d = {}
get(d, "obj")[get(1, "a"), get(slice(1), "b")]: get(int, "ann5")
print(log); log.clear()
(y): get(int, "ann6") = 5
print(log, y, __annotations__); log.clear()
def f():
    z: get(int, "ann7") = 1
    get(foo, "o").w: get(int, "ann8") = 2
    (q): get(int, "ann9") = 3
    return z
f()
print(log)
class K:
    get(foo, "o").v: get(int, "ann10")
    m: get(int, "ann11")
print(log, K.__annotations__)
