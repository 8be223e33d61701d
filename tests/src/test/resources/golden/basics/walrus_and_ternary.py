data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
values = [y for x in data if (y := x * 2) > 6]
print(values, y)
i = 0
while (i := i + 1) < 4:
    print("loop", i)
for x in data:
    kind = "big" if x > 5 else "small" if x > 2 else "tiny"
    print(x, kind)
print("even" if 4 % 2 == 0 else "odd")
total = 0
chunks = iter([[1, 2], [3], [], [4, 5]])
while chunk := next(chunks, None):
    total += sum(chunk)
print(total)
print((z := 10) + z)
