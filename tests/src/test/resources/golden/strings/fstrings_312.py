scores = {"ann": 91, "bob": 78}
names = list(scores)
print(f"{scores["ann"]} and {scores['bob']}")
print(f"{"\n".join(names)}")
print(f"{", ".join(f"{n}={scores[n]}" for n in names)}")
print(f"{f"{f"{1 + 1}"}"}")
print(f"{ 2 * 21 = }")
width = 8
for n in names:
    print(f"|{n:{"<"}{width}}|{scores[n]:>{width // 2}}|")
print(f"""totals: {
    sum(scores.values())
}""")
value = 255
print(f"{value:#{width}x}|{value!r:^{width}}|")
