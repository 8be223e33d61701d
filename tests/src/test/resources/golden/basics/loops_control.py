for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i, end=",")
print()
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
for i in range(5):
    if i == 3:
        print("found 3")
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print((i, j), end=" ")
print()
for ch in "hey":
    print(ch.upper(), end="")
print()
for idx, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(idx, a + b)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print("count", count)
