# Temporaries die when the statement (or the operation) that made them is done.
class Resource:
    def __init__(self, name):
        self.name = name
        print("acquire", name)

    def use(self):
        print("use", self.name)
        return len(self.name)

    def __del__(self):
        print("release", self.name)


Resource("a")
print("after expression statement")
Resource("b").use()
print("after method call")
print(Resource("c").name)
print("after attribute")
print(len(Resource("d").name) + Resource("e").use())
if Resource("f").use():
    print("in if body")
while Resource("g").use() > 5:
    pass
print("after while")
for ch in Resource("h").name:
    print("loop", ch)
print("after for")
value = [Resource(n) for n in ("i", "j")][1].name
print("picked", value)


def make(name):
    return Resource(name)


print(make("k").use())
print("end")
