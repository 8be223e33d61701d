# Word frequencies: string building, split/lower/strip, dict counting, then a hand-written top-ten selection.
import sys
import time

VOCABULARY = ("The quick brown fox jumps over the lazy dog while a Small river runs past old stone walls, "
              "green hills and quiet Villages. Every morning the baker opens his shop; children walk to school "
              "and talk about games, stars, numbers and the strange Sound of distant trains!").split()


def make_text(words, seed):
    # A linear congruential generator picks words, so every run sees the same text.
    state = seed
    lines = []
    line = []
    for _ in range(words):
        state = (state * 1103515245 + 12345) % 2147483648
        line.append(VOCABULARY[state % len(VOCABULARY)])
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.split():
            word = raw.lower().strip(".,;:!?")
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def top(counts, n):
    best = []
    for word in counts:
        count = counts[word]
        position = len(best)
        while position > 0 and (best[position - 1][1] < count
                                or (best[position - 1][1] == count and best[position - 1][0] > word)):
            position -= 1
        if position < n:
            best.insert(position, (word, count))
            if len(best) > n:
                best.pop()
    return best


def run():
    text = make_text(300000, 42)
    counts = count_words(text)
    parts = []
    for entry in top(counts, 5):
        parts.append(f"{entry[0]}={entry[1]}")
    return " ".join(parts)


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    result = None
    for i in range(iterations):
        start = time.perf_counter()
        result = run()
        elapsed = time.perf_counter() - start
        print(f"iteration {i} {elapsed:.6f}")
    print(f"result {result}")


main()
