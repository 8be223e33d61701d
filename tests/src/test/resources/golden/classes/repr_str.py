class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
class OnlyStr:
    def __str__(self):
        return "just str"
b = Both()
print(b, repr(b), str(b), [b], f"{b} {b!r}", "%s %r" % (b, b))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr())
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(f"{Fmt():>10}", format(Fmt(), "x"), "{:abc}".format(Fmt()))
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"
print([Card("Q", "h"), Card(10, "s")], {"c": Card("A", "d")})
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
print(str(Card) , repr(int), repr(len), str(None), repr(...), repr(NotImplemented))
