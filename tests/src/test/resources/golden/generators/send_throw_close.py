def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
def catcher():
    while True:
        try:
            x = yield
            print("received", x)
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError("boom")))
next(c)
c.send(2)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
try:
    next(c)
except StopIteration:
    print("generator is finished")
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = closer()
next(g)
g.close()
g.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
