# Subclasses of int, float and str: their instances are full objects standing for a builtin value.
class Count(int):
    def __str__(self):
        return f"#{int(self)}"


class Money(float):
    def __new__(cls, amount, currency="EUR"):
        self = super().__new__(cls, amount)
        self.currency = currency
        return self

    def __repr__(self):
        return f"{float(self):.2f} {self.currency}"


class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())

    def initials(self):
        return "".join(part[0] for part in self.split())


c = Count(7)
print(c, repr(c), int(c), float(c), c + 1, 1 + c, c * c, -c, abs(Count(-3)), c // 2, c % 4, c ** 2, divmod(c, 3))
print(type(c + 1).__name__, type(-c).__name__, type(int(c)).__name__, isinstance(c, int), issubclass(Count, int))
print(c == 7, c != 7, c < 8, c >= 7, hash(c) == hash(7), bool(Count(0)), bool(c), c.bit_length(), c.real)
print([10, 20, 30, 40, 50, 60, 70, 80][c], list(range(Count(3))), "ab" * Count(2), f"{c}", f"{c!r}", f"{c:03d}", "%d|%s" % (c, c))
print({c: "seven"}[7], {7: "plain"}[c], sorted([Count(3), 1, Count(2)]), max(Count(1), Count(5)), sum([Count(1), Count(2)]))
print(Count("42"), Count("ff", 16), Count(3.9), Count(), c.__class__.__name__, type(c).__mro__[1].__name__)
c.label = "lucky"
print(c.label, vars(c))

m = Money(9.5)
print(repr(m), m, m.currency, m + 1, type(m * 2).__name__, round(m), m > 9, m.is_integer(), Money(3, "USD"), str(m))
print(float(m), int(m), f"{m:.1f}", "%.3f" % m, m.hex() == (9.5).hex(), -m, abs(Money(-2)))

n = Name("  ada lovelace ")
print(n, repr(n), len(n), n.initials(), n.upper(), type(n.upper()).__name__, n + "!", type(n + "!").__name__)
print(n == "Ada Lovelace", n < "B", "Ada" in n, n[0], n[-8:], list(n)[:3], n.split(), n.startswith(Name("ada")))
print("-".join([Name("x"), Name("y")]), f"{n:>15}|", "%s|%r" % (n, n), {n: 1}["Ada Lovelace"], str(n), type(str(n)).__name__)
print(Name("bob").replace("B", "R"), "Bob".count(Name("b")), ",".join(sorted([Name("b"), "a", Name("c")])), hash(Name("q")) == hash("q"))
print(isinstance(n, str), type(n).__name__, n.__class__.__bases__[0].__name__)


class Loud(str):
    def __str__(self):
        return self.upper()

    def __len__(self):
        return 99


l = Loud("quiet")
print(l, str(l), len(l), "%s" % l, f"{l}", repr(l), l.__str__())


class Flag(int):
    pass


print(Flag(1) & 3, Flag(6) | 1, Flag(5) ^ 1, Flag(1) << 4, ~Flag(0), Flag(True), Flag(2) == 2.0)

for bad in [lambda: int.__new__(Name, 1), lambda: str.__new__(int), lambda: float.__new__(Count, 1.0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

try:
    class Both(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NoBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Flag(2) < 2.5, 2.5 > Flag(2), Flag(2) + 0.5, 0.5 + Flag(2), Money(1.5) + Flag(1), Flag(3) * Name("ab"), [Flag(1)] * Flag(2))
