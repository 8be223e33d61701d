a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(~0, ~-1, -1 >> 5, -16 >> 2, 1 << 62, 1 << 63, 1 << 64)
print(-5 & 0xFF, -5 | 3, -5 ^ 3)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), [i for i in range(8) if flags & (1 << i)])
print(True & False, True | False, True ^ True, ~True)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-8).bit_length())
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
