s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[-3:], s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]))
print(s[slice(2, 8, 2)], slice(1, 5).indices(3))
try:
    print(s[10])
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
word = "racecar"
print(word == word[::-1])
for i in range(len("hey")):
    print(i, "hey"[i], "hey"[-i - 1])
