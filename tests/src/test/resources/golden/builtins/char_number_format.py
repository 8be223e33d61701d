print(chr(65), chr(0x1F600) == "😀", ord("A"), ord("€"), ord("\n"))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(0))
print(int(hex(1234), 16), int(bin(77), 2), int(oct(9), 8))
print(format(255, "x"), format(255, "#X"), format(3.14159, ".3"), format(0.5, "%"), format("s", ">4"))
print(format(1234.5, "e"), format(12, "c"), format(-3, "05"), format(True, "d"), format(True))
print(abs(-7), abs(-7.25), round(3.14159, 3), round(-1.5), round(0.5), round(1.5), round(17, -1), round(15, -1))
print(divmod(20, 6), divmod(-20, 6), divmod(7.5, 2), pow(3, 4), pow(3, 4, 5), pow(-2, 3), pow(2, -1))
print(pow(38, -1, 97), round(2.5) == 2, type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
