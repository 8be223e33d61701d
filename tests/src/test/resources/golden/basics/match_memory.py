# Reference counts and __del__ timing around match statements.
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __repr__(self):
        return f"Resource({self.name})"


print("subject temporary, no capture:")
match Resource("temp"):
    case Resource(name="other"):
        print("  no")
    case Resource():
        print("  matched; the subject goes before or with the body")
print("after match")

print("captured subject lives in the variable:")
match Resource("kept"):
    case Resource() as kept:
        print("  body sees", kept)
print("  still alive:", kept)
del kept
print("after del")

print("rebinding a captured name releases the old value:")
holder = Resource("old")
match Resource("new"):
    case holder:
        print("  holder is", holder)
del holder

print("refcounts:")
data = [Resource("a"), Resource("b")]
before = sys.getrefcount(data[0])
match data:
    case [first, second]:
        print("  first gains one reference:", sys.getrefcount(first) - before)
del first, second
print("  back to", sys.getrefcount(data[0]) - before)
match data:
    case [*items]:
        print("  star list holds", len(items), "items; extra references:", sys.getrefcount(data[0]) - before)
del items
print("  after del items:", sys.getrefcount(data[0]) - before)
match {"r": data[1]}:
    case {"r": r, **rest}:
        print("  mapping capture:", r, rest)
del r, rest
data.clear()
print("after clear")


def function_scope():
    match Resource("local"):
        case Resource(name=n) as res:
            print("  in function:", n)
    print("  leaving function")


function_scope()
print("after function")
