class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        print("rmul called")
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __iadd__(self, other):
        print("iadd called")
        self.x += other.x
        self.y += other.y
        return self
v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, w - v, v * 3, 2 * v, -v, abs(w))
print(v == Vec(1, 2), v != w, v < w, w > v, sorted([w, v]))
before = v
v += w
print(v, before is v)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * v
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))
    __radd__ = __add__
    def __str__(self):
        return f"${self.cents / 100:.2f}"
print(sum([Money(150), Money(275)]), Money(5) + 10, 10 + Money(5))
x = Money(100)
x += 1
print(x)
class Num:
    def __init__(self, v): self.v = v
    def __floordiv__(self, o): return Num(self.v // o)
    def __mod__(self, o): return Num(self.v % o)
    def __pow__(self, o): return Num(self.v ** o)
    def __rpow__(self, o): return Num(o ** self.v)
    def __matmul__(self, o): return "matmul"
    def __and__(self, o): return "and"
    def __lshift__(self, o): return "lshift"
    def __invert__(self): return "invert"
    def __repr__(self): return f"Num({self.v})"
n = Num(7)
print(n // 2, n % 4, n ** 2, 2 ** n, n @ n, n & 1, n << 1, ~n)
