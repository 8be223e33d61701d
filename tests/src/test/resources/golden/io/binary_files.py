# open() in binary mode, text files in other encodings, and their errors.
data = bytes(range(256))
with open("bin.dat", "wb") as f:
    print(f, f.mode, f.write(data), f.write(bytearray(b"xy")), f.write(memoryview(b"z")), f.tell())
with open("bin.dat", "rb") as f:
    print(f, f.read(4), f.tell(), f.seek(-3, 2), f.read(), f.seek(10), f.read(3), f.readline()[:5])
    f.seek(0)
    whole = f.read()
print(len(whole), whole[:3], whole[-3:], whole == data + b"xyz")
with open("lines.bin", "wb") as f:
    f.write(b"one\ntwo\r\nthree")
with open("lines.bin", "rb") as f:
    print(f.readlines())
with open("lines.bin", "rb") as f:
    print([line for line in f])
with open("lines.bin", "r+b") as f:
    print(f, f.read(3), f.seek(0), f.write(b"ONE"), f.seek(0), f.read())
with open("lines.bin", "ab") as f:
    f.write(b"!")
print(open("lines.bin", "rb").read(), open("lines.bin").read())
with open("utf.txt", "w", encoding="utf-16") as f:
    f.write("héllo")
print(open("utf.txt", "rb").read(), open("utf.txt", encoding="utf-16").read())
with open("lat.txt", "w", encoding="latin-1") as f:
    f.write("café")
print(open("lat.txt", "rb").read(), open("lat.txt", encoding="latin-1").read())
for bad in [lambda: open("bin.dat", "wb").write("text"), lambda: open("lines.bin", "w").write(b"x"), lambda: open("lat.txt").read(),
            lambda: open("bin.dat", "rb").read().decode()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
import os
for name in ["bin.dat", "lines.bin", "utf.txt", "lat.txt"]:
    os.remove(name)
