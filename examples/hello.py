"""The first Krait program: a greeting, a loop, a function and a class."""


def greet(name):
    return f"Hello, {name}!"


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1


print(greet("world"))
counter = Counter()
for word in "the quick brown fox jumps over the lazy dog the end".split():
    counter.add(word)
for word, count in sorted(counter.counts.items(), key=lambda item: (-item[1], item[0]))[:3]:
    print(f"{word:>6}: {count}")
print("squares:", [n * n for n in range(1, 8)])
