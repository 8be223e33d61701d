# Yields inside case bodies and guards resume where they stopped.
def route(messages):
    for message in messages:
        match message:
            case ("say", text):
                yield f"saying {text}"
                yield "said"
            case ("repeat", text, int(n)) if n > 0:
                for i in range(n):
                    yield f"{text} #{i}"
            case ("stop",):
                yield "stopping"
                return
            case other:
                yield f"unknown {other!r}"


print(list(route([("say", "hi"), ("repeat", "x", 2), ("repeat", "y", 0), ("stop",), ("say", "never")])))


def guarded(values):
    for v in values:
        match v:
            case int(n) if (yield f"asking about {n}"):
                yield f"{n} accepted"
            case int(n):
                yield f"{n} rejected"
            case _:
                yield "not an int"


g = guarded([1, 2, "x"])
print(next(g))
print(g.send(True))
print(next(g))
print(g.send(False))
print(next(g))


def body_after_send():
    match (yield "first"):
        case "a":
            received = yield "got a"
            yield f"then {received}"
        case _:
            yield "something else"


g = body_after_send()
print(next(g), g.send("a"), g.send("b"))
g = body_after_send()
print(next(g), g.send("z"))


def nested():
    match [1, [2, 3]]:
        case [a, [b, c]]:
            match b + c:
                case 5:
                    yield a
                    yield "five"
                case _:
                    yield "no"


print(list(nested()))
