# The training run for Krait's start-up cache (see build-if-stale.sh): a little of each common construct, and a
# loop long enough that Truffle compiles some of it, so the cache also holds the compiler's own classes.
import sys
import time
import math


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


def words(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,!")
        counts[word] = counts.get(word, 0) + 1
    return counts


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    total = 0.0
    points = []
    for i in range(200):
        points.append(Point(i, i + 1))
    for p in points:
        total += p.length()
    counts = words("The cat saw the dog. The dog saw the cat!")
    return f"{total:.3f} {counts['the']} {fib(15)} {len(sys.argv)}"


start = time.perf_counter()
result = ""
while time.perf_counter() - start < 3.0:
    result = work()
print(result)
