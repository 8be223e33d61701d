text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
counts = {}
for raw in text.split():
    word = raw.strip(".,;:!?").lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:<12}{n:>3} {'*' * n}")
print("distinct words:", len(counts))
print("longest:", max(counts, key=len))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print("top letters:", ", ".join(f"{c}={letters[c]}" for c in top))
lines = text.splitlines()
for number, line in enumerate(lines, 1):
    print(f"{number}: {len(line.split())} words, {len(line)} chars")
