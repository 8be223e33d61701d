pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(f"{a:>3} {b:>3} | // {a // b:>3} | % {a % b:>3} | / {a / b}")
print(7.0 // -2, 7.0 % -2, -7.0 % 2)
for a in range(-5, 6):
    print(a % 3, end=" ")
print()
for a in range(-5, 6):
    print(a // 3, end=" ")
print()
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
