# map, filter, zip, enumerate and reversed can be subclassed; a subclass's own __iter__/__next__ are used.
class mymap(map):
    pass
m = mymap(lambda x: x + 10, range(4))
print(type(m).__name__, list(m), isinstance(m, map))
class Doubling(map):
    def __next__(self):
        return 2 * super().__next__()
print(list(Doubling(abs, [-1, -2])), [x for x in Doubling(abs, [-3])], next(Doubling(abs, [-4])), next(iter(Doubling(abs, [-5]))))
def yf():
    yield from Doubling(abs, [-6, 7])
print(list(yf()), sorted(Doubling(abs, [3, -1])), tuple(Doubling(abs, [1])))
class Counting(enumerate):
    def __init__(self, it, start=0):
        self.label = "counting"
print(list(Counting("ab", 5)), Counting("x").label)
class Evens(filter):
    def __iter__(self):
        print("iter called")
        return self
for x in Evens(lambda v: v % 2 == 0, range(5)):
    print(x)
class Z(zip):
    pass
z = Z([1, 2], "ab", strict=True)
print(list(z), type(z).__mro__)
try:
    class R(reversed): pass
except TypeError as e: print(e)
print(Z.__name__, mymap.__mro__)
class Rev(reversed):
    pass
r = Rev((1, 2, 3))
print(type(r).__name__, list(r), type(Rev([1, 2])).__name__, list(Rev("ab")))
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i): return i * 10
print(type(Rev(Seq())).__name__, list(Rev(Seq())))
