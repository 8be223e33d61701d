def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
print(list(outer()))
def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
t = (1, [(2, [(4, [])]), (3, [])])
print(list(tree(t)))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain(range(3), (7,), {"k": 1})))
def delegating():
    got = yield from echo()
    yield ("final", got)
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)
g = delegating()
print(next(g), g.send("a"), g.send("b"), g.send(None))
