class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, card):
        print("contains check")
        return card in self.cards
deck = Deck()
print(len(deck), deck[0], deck[-1], deck[1:3])
print(list(deck), "2H" in deck, "9X" in deck)
for c in deck:
    print(c, end=" ")
print()
print(sorted(deck, reverse=True), list(reversed(deck)))
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(4)), 3 in Countdown(5), sum(Countdown(3)))
class Squares:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2
it = Squares(4)
print(list(it), list(it))
class Grid:
    def __init__(self):
        self.data = {}
    def __setitem__(self, key, value):
        self.data[key] = value
    def __getitem__(self, key):
        return self.data.get(key, ".")
    def __delitem__(self, key):
        del self.data[key]
g = Grid()
g[0, 1] = "X"
g[2, 2] = "O"
del g[2, 2]
for r in range(3):
    print("".join(g[r, c] for c in range(3)))
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(Truthy()), "yes" if Empty() else "no")
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Empty()), list(map(add5, [1, 2])))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
