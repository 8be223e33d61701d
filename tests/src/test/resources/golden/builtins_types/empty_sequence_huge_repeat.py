# repeating an empty sequence any number of times is empty at once
import array
print([] * 2**62, () * 2**62, b"" * 2**62, bytearray() * 2**62, "" * 2**62)
x = []; x *= 2**62; print(x)
b = bytearray(); b *= 2**62; print(b)
print(array.array("b") * 2**62)
