# Indexing, slicing and len of long strings, with and without characters outside the BMP (surrogate pairs in
# UTF-16): code point semantics either way.
plain = "abcdefghij" * 1000
astral = ("ab\U0001F600cd" * 300) + "end"
mixed = plain + "\U0001F40D" + plain
for s in (plain, astral, mixed):
    print(len(s), s[0], s[-1], s[5], s[-4:], s[::997][:12], s[100:110], s[-7:-2], len(s[::3]), s[::-1][:6])
print(astral[2], astral[2:4], astral[5 * 299 + 2], len(astral[::2]), astral[::-1][:4])
print(mixed[10000], mixed[10001], mixed[9998:10003], mixed.index("\U0001F40D"), mixed.find("a", 10000))
count = 0
for i in range(len(mixed)):
    if mixed[i] == "a":
        count += 1
print(count, sum(1 for i in range(0, len(astral), 7) if astral[i] == "\U0001F600"))
parts = [plain[i:i + 10] for i in range(0, len(plain), 10)]
print(len(parts), set(parts), "".join(parts) == plain)
s = "x" * 100 + "\ud800" + "y" * 100
print(len(s), s[100] == "\ud800", s[101], s[99:102] == "x\ud800y")
