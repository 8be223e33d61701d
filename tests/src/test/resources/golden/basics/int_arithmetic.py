a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2)
print(0 ** 0, 10 ** 0)
x = 7
x += 3
x *= 2
x -= 1
x //= 4
x **= 3
x %= 50
print(x)
print(int("42") + int("-7"), int(" 12 "), int("ff", 16), int("0b101", 0), int("777", 8))
print(abs(-12), abs(0), -(-5), +3)
