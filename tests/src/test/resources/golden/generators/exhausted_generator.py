def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
g = countdown(2)
print(list(g))
print(list(g), next(g, "no more"))
g = countdown(1)
print(next(g))
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("attempt", attempt, "StopIteration value:", repr(e.value), "args:", e.args)
def failing():
    yield 1
    raise ValueError("inside")
f = failing()
print(next(f))
try:
    next(f)
except ValueError as e:
    print("ValueError:", e)
try:
    next(f)
except StopIteration as e:
    print("after an error the generator is finished:", repr(e.value))
print(f.send(None) if False else "send on finished generator:")
try:
    f.send(None)
except StopIteration:
    print("StopIteration")
