# int.to_bytes and int.from_bytes


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"), (5).to_bytes())
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"), (-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "little", signed=True))
print((127).to_bytes(1, "big", signed=True), (2 ** 64).to_bytes(9, "big"), (-(2 ** 70)).to_bytes(10, "little", signed=True), True.to_bytes(1, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b""), int.from_bytes(b"", signed=True), int.from_bytes([1, 0]), int.from_bytes(bytearray(b"\x01")))
print(int.from_bytes(b"\x00" * 8 + b"\x01", "big"), int.from_bytes(b"\x80" + b"\x00" * 9, "big", signed=True), int.from_bytes(memoryview(b"\x02"), "little"))
for n in [0, 1, -1, 255, 256, -256, 2 ** 63 - 1, -(2 ** 63), 12345678901234567890]:
    size = (n.bit_length() + 8) // 8
    data = n.to_bytes(size, "big", signed=True)
    print(n, data.hex(), int.from_bytes(data, "big", signed=True) == n, int.from_bytes(n.to_bytes(size, "little", signed=True), "little", signed=True) == n)
attempt("too big", lambda: (1000).to_bytes(1, "big"))
attempt("negative unsigned", lambda: (-1).to_bytes(1, "big"))
attempt("signed too big", lambda: (128).to_bytes(1, "big", signed=True))
attempt("signed too small", lambda: (-129).to_bytes(1, "big", signed=True))
attempt("byteorder", lambda: (1).to_bytes(1, "middle"))
attempt("byteorder type", lambda: (1).to_bytes(1, 0))
attempt("length", lambda: (1).to_bytes(-1, "big"))
attempt("from str", lambda: int.from_bytes("ab", "big"))
attempt("from int", lambda: int.from_bytes(5, "big"))
attempt("from byteorder", lambda: int.from_bytes(b"ab", "x"))
