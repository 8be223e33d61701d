# The training run for Krait's start-up cache (see build-if-stale.sh): a little of each common construct, looped
# long enough that Truffle compiles some of it, so the cache also holds the compiler's own classes. The plainest
# constructs come first, so a construct the language does not run yet cuts the training short, not empty.
import sys
import time
import math


def words(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,!")
        counts[word] = counts.get(word, 0) + 1
    return counts


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def plain_work():
    values = []
    for i in range(300):
        values.append(math.sqrt(i) * 2.5)
    counts = words("The cat saw the dog. The dog saw the cat!")
    return f"{sum(values):.3f} {counts['the']} {fib(15)} {len(sys.argv)}"


def train(work, seconds):
    start = time.perf_counter()
    result = None
    while time.perf_counter() - start < seconds:
        result = work()
    return result


print(train(plain_work, 1.5))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


def object_work():
    total = 0.0
    for i in range(300):
        total += Point(i, i + 1).length()
    return f"{total:.3f}"


print(train(object_work, 1.5))
