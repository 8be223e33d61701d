class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)])
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), {a: 1}[a])
class Weird:
    def __eq__(self, other):
        print("Weird.__eq__ called")
        return NotImplemented
print(Weird() == Weird(), Weird() != 1)
print(1 == 1.0, hash(1) == hash(1.0), hash("abc") == hash("ab" + "c"), hash(True) == hash(1))
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        print(f"compare {self.k} {other.k}")
        return self.k == other.k
    def __hash__(self):
        return 1
s = {Key("a")}
print(Key("b") in s)
print([1, Point(1, 1)] == [1, Point(1, 1)], (Point(0, 0),) == (Point(0, 1),))
