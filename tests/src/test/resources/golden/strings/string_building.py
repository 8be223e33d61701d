words = ["the", "quick", "brown", "fox"]
sentence = ""
for w in words:
    sentence += w.capitalize() + " "
print(sentence.rstrip() + ".")
acronym = "".join(w[0].upper() for w in words)
print(acronym)
print(" ".join(w[::-1] for w in words))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print(caesar)
table = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(table))
print("Hello World".count("o"), "hello"[1:4].upper(), "a-b-c".split("-")[::-1])
lines = ["name,age", "ann,31", "bo,4"]
rows = [line.split(",") for line in lines[1:]]
for nm, ag in rows:
    print(f"{nm:<5}{int(ag):>4}")
