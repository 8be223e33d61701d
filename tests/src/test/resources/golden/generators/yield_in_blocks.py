class Tracked:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
def lines_of(name, count):
    with Tracked(name) as handle:
        for i in range(count):
            yield f"{handle}:{i}"
        print("loop finished inside with")
print(list(lines_of("file-a", 3)))
def nested_with():
    with Tracked("outer") as o, Tracked("inner") as i:
        yield o
        yield i
print(list(nested_with()))
def retrying(values):
    for v in values:
        try:
            yield 100 // v
        except ZeroDivisionError:
            yield "division by zero, skipping"
print(list(retrying([5, 0, 20])))
