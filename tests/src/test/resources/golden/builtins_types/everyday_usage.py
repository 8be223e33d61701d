text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(dict(sorted(counts.items())), "".join(reversed("abc")), "abc"[::-1], list(map(int, "1 2 3".split())))
print(sorted(["b", "A", "c"], key=str.lower), [s.capitalize() for s in "a b".split()], " ".join(w.title() for w in ["x y"]))
nums = [5, 3, 8, 1]
print(sum(nums) / len(nums), round(sum(nums) / len(nums), 2), f"{sum(nums) / 3:.3f}", min(nums), nums.index(max(nums)))
matrix = [[1, 2], [3, 4]]
print([list(r) for r in zip(*matrix)], [x for row in matrix for x in row], {k: v for k, v in zip("ab", range(2))})
s = set("hello")
print(len(s), "h" in s, sorted(s), sorted(set("hello") & set("world")))
t = (1, 2, 3)
a, *b = t
print(a, b, t[::-1], t.count(2), tuple(sorted(t, reverse=True)), divmod(17, 5), 17 // 5, -17 // 5, 17 % -5, 2 ** 100)
print("%.2f" % 3.14159, "{:08.3f}".format(-3.14159), "{:,}".format(10**9), "{:>10}|".format("hi"), "{:x}".format(255), f"{42:b}", f"{0.25:.0%}")
print(int("42") + float("0.5"), str(3) * 2, bool("False"), float("inf") > 10**300, 0.1 + 0.2 == 0.3, abs(-7), 7 / 2, 1e3)
d = {"b": 2, "a": 1}
d.update(c=3)
for k, v in d.items():
    print(k, v, end="; ")
print()
print(list(d), list(d.values()), "a" in d, d.pop("a"), d, {**d, "z": 0})
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], [len(w) for w in words], " ".join(sorted(words, key=len)))
print(str(range(3)), list(range(10, 0, -3)), [i * i for i in range(5) if i % 2], any(x > 3 for x in range(5)), all([]))
print(ord("a"), chr(97), "A".lower(), "a".isalpha(), "  pad ".strip(), "x,y".split(","), "Hello"[1:3], "Hello".replace("l", "L"))
