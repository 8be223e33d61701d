import os
path = "_notes_scratch.txt"
with open(path, "w") as f:
    f.write("buy milk\n")
    f.write("call mom\n")
    print("chars written:", f.write("water plants\n"))
with open(path, "a") as f:
    print("fix bike", file=f)
with open(path) as f:
    for number, line in enumerate(f, start=1):
        print(f"{number}. {line.rstrip()}")
with open(path) as f:
    lines = f.readlines()
print(lines)
with open(path) as f:
    print(repr(f.readline()), repr(f.read(4)), len(f.read()))
print(f.closed, os.path.exists(path))
os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror, e.filename)
