# Literal, singleton, capture, wildcard, value, as and or patterns; guards; when names are bound.
import collections


class Color:
    RED = "red"
    GREEN = "green"


class Weird:
    def __eq__(self, other):
        print("  Weird.__eq__ called with", repr(other))
        return other == 42


def classify(v):
    match v:
        case 0:
            return "int zero (or 0.0, False)"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" | "hi":
            return "a greeting"
        case None:
            return "None"
        case True:
            return "True itself"
        case Color.RED:
            return "the colour red"
        case Color.GREEN as g:
            return "green as " + g
        case 10 | 20 | 30 as tens:
            return f"tens: {tens}"
        case int(n) if n > 100:
            return f"big int {n}"
        case _:
            return "other"


for value in [0, 0.0, False, -1, -1.0, 2.5, "hello", "hi", None, True, 1, "red", "green", 20, 101, 99, "x", 1.0]:
    print(repr(value), "->", classify(value))

# singletons are compared by identity, literals by ==
for value in [1, 1.0, True]:
    match value:
        case True:
            print(repr(value), "is True")
        case 1:
            print(repr(value), "== 1 but is not True")

# the subject's __eq__ is asked first
match Weird():
    case 42:
        print("Weird matched 42")
    case 7:
        print("Weird matched 7")
    case _:
        print("Weird matched nothing")

# captures and guards: names stay bound when the guard fails
match 5:
    case x if x > 10:
        print("unreachable")
    case y:
        print("x after failed guard:", x, "y:", y)

# a failed pattern binds nothing
z = "unchanged"
match [1, 2]:
    case [z, 3]:
        print("no")
    case _:
        print("z is still", z)

# guard side effects and order
def check(label, result):
    print("  guard", label)
    return result


match 3:
    case 1 if check("a", True):
        print("case 1")
    case 3 if check("b", False):
        print("case 3 first")
    case 3 if check("c", True):
        print("case 3 second")

# nested or/as
match (1, "b"):
    case (1 | 2 as first, ("a" | "b") as second):
        print("nested:", first, second)

# or-patterns with captures in different positions
for item in [(1, "x"), ("x", 2), ("x", "y")]:
    match item:
        case (1, name) | (name, 2):
            print("found", name)
        case _:
            print("no number in", item)

# the match statement in a loop with break and continue
for i in range(6):
    match i % 3:
        case 0:
            continue
        case 1:
            print("one mod three:", i)
        case 2 if i > 4:
            break
        case 2:
            print("two mod three:", i)
print("after loop", i)

# match with no matching case does nothing
match "nothing":
    case "something":
        print("no")
print("done")

# a capture in a function makes a local
def local_capture(value):
    match value:
        case [first, *_]:
            return first
    return "empty"


print(local_capture([9, 8]), local_capture([]))

# value patterns evaluate the dotted name each time
class Config:
    limit = 3


for limit in [3, 4]:
    Config.limit = limit
    match 4:
        case Config.limit:
            print("matched limit", limit)
        case _:
            print("not the limit", limit)

# a large int and a string with escapes
match 10 ** 20:
    case 100000000000000000000:
        print("big literal")
match "a\nb":
    case "a\nb":
        print("escaped string")
match -0.0:
    case 0:
        print("negative zero equals 0")
