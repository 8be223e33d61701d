# struct.pack_into checks the argument count first, then the buffer, the offset and the values.
import struct

cases = [("H", b"abcdef", 3, 12, 12), ("H", b"abcdef", 3, 12), ("H", bytearray(6), 3), ("H", bytearray(6), 10, 1),
         ("H", bytearray(6), "x", 1), ("H",), ("H", bytearray(6))]
for args in cases:
    try:
        print(struct.pack_into(*args))
    except Exception as e:
        print(type(e).__name__, e)
s = struct.Struct("H")
try:
    s.pack_into(b"abc", 0, 1, 2)
except Exception as e:
    print(type(e).__name__, e)
buffer = bytearray(4)
s.pack_into(buffer, -2, 258)
print(buffer)
