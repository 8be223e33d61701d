def describe(value):
    match value:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float():
            return f"number {value}"
        case "":
            return "empty string"
        case str(s):
            return f"string of length {len(s)}"
        case [x, y]:
            return f"pair {x}, {y}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"type": "point", "x": x, "y": y}:
            return f"point at {x},{y}"
        case {"type": kind, **others}:
            return f"{kind} with {sorted(others)}"
        case None:
            return "nothing"
        case _:
            return f"something else: {type(value).__name__}"
for v in [0, -3, 7, 2.5, "", "abc", [1, 2], [1, 2, 3], (9,), {"type": "point", "x": 1, "y": 2},
          {"type": "box", "w": 3, "h": 4}, None, {1, 2}]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2)]:
    match p:
        case Point(0, 0):
            print("origin")
        case Point(0, y):
            print("on the y axis at", y)
        case Point(x=x, y=0):
            print("on the x axis at", x)
        case Point(x, y) if x == y:
            print("on the diagonal at", x)
command = "go north"
match command.split():
    case ["go", direction]:
        print("moving", direction)
    case ["quit"]:
        print("bye")
