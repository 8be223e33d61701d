# a generator expression takes the iterator of its first iterable at once, and does not ask it for iter() again
class Iterable:
    def __init__(self, x):
        self.x = x
        self.values = list(range(x))
        self.count = 0

    def __iter__(self):
        print("Giving iterator now", self.x)
        return self

    def __next__(self):
        if self.count < len(self.values):
            self.count += 1
            return self.values[self.count - 1]
        raise StopIteration


def get_iterable(x):
    print("Getting iterable", x)
    return Iterable(x)


gen = ((y, z) for y in get_iterable(3) for z in get_iterable(2))
print("made")
print(next(gen))
print(list(gen))
print([y for y in get_iterable(2)], {y for y in get_iterable(2)}, {y: 1 for y in get_iterable(2)})
