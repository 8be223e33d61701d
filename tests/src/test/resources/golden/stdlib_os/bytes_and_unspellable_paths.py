# Paths given as bytes are decoded as os.fsdecode does; a name no file can have here (undecodable bytes, lone
# surrogates) is FileNotFoundError naming the path object, never an internal error.
import os

name = "bytes_path_probe.tmp"
with open(name, "w") as f:
    f.write("x")
print(os.path.exists(name.encode()), os.stat(name.encode()).st_size, os.path.getsize(name))
with open(name.encode()) as f:
    print(f.read(), f.name)
for path in (b"invalid-\xff", "invalid-\udcff", b"missing"):
    for call in (os.stat, open):
        try:
            call(path)
        except OSError as e:
            print(call.__name__, type(e).__name__, e.errno, repr(e.filename))
os.remove(name.encode())
print(os.path.exists(name))
