# When the objects an unpacking or a builtin iteration made die: the iterator as soon as it is exhausted, each
# unpacked item right after its target took it (a __setattr__ that keeps nothing drops it), the *args tuple a
# builtin was called with as the builtin returns.
class Traced:
    def __init__(self, value):
        self.value = value

    def __del__(self):
        print("  del item", self.value)


class Source:
    """Iterable whose __iter__ makes a fresh iterator, which makes fresh items."""

    def __init__(self, count, label):
        self.count = count
        self.label = label

    def __iter__(self):
        return Source(self.count, self.label + "-iterator")

    def __next__(self):
        if self.count == 0:
            raise StopIteration
        self.count -= 1
        return Traced(self.count)

    def __del__(self):
        print("  del", self.label, "at", self.count)


class DropsAttributes:
    def __setattr__(self, name, value):
        print("  set", name, value.value)


source = Source(2, "source")
print("unpacking into attributes that keep nothing:")
DropsAttributes().x, DropsAttributes().y = source
print("unpacking into variables:")
a, b = source
print("  kept", a.value, b.value)
del a, b
print("starred unpacking (the rest is list(iterator), which iterates anew):")
first, *rest = Source(3, "source")
print("  first", first.value, "rest", [t.value for t in rest])
del first, rest
print("for loop:")
for item in source:
    print("  got", item.value)
del item
print("after the loop")
print("builtins consuming an iterable:")
items = list(Source(1, "list"))
print("  list made")
items = tuple(Source(1, "tuple"))
print("  tuple made")
items = set(Source(1, "set"))
print("  set made")
del items
print("done")
