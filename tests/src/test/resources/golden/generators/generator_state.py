def g():
    yield 1
gen = g()
print(list(gen), list(gen))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def raiser():
    yield 1
    raise StopIteration("inside")
try:
    list(raiser())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print([next(c) for _ in range(3)], c.send("reset"), next(c))
it = iter([1, 2, 3])
print(list(zip(it, it)))
