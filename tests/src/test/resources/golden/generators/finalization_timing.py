def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("numbers: finally")
for n in numbers():
    print("got", n)
    if n == 2:
        break
print("after first loop")
def make():
    g = numbers()
    print("first value", next(g))
    print("leaving make")
make()
print("after make")
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
r = Resource("a")
r = None
print("after rebinding r")
def scope():
    local = Resource("b")
    print("in scope")
scope()
print("after scope")
items = [Resource("c"), Resource("d")]
del items[0]
print("after del items[0]")
items.clear()
print("end")
