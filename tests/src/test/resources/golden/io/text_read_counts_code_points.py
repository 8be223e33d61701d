# read(n) and readline(n) of a text file count characters (code points): a character outside the BMP is one.
import os, tempfile
p = os.path.join(tempfile.mkdtemp(), "t.txt")
with open(p, "w", encoding="utf-8") as f:
    f.write("a\U0001f600b\r\n\U0001f600\U0001f601c\rxy\U0001f602\n")
with open(p, encoding="utf-8") as f:
    print(ascii(f.read(2)), ascii(f.read(1)), ascii(f.readline()), ascii(f.readline(1)), ascii(f.readline(2)), ascii(f.read()))
with open(p, encoding="utf-8", newline="") as f:
    print(ascii(f.readline(3)), ascii(f.readline(2)), ascii(f.readline()), ascii(f.readline(2)), ascii(f.readlines()))
with open(p, encoding="utf-8", newline="\r\n") as f:
    print([ascii(l) for l in f])
