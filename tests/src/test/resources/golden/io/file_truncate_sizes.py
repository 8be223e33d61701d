# truncate(): a negative size is EINVAL; a larger size extends the file with zero bytes, as ftruncate does.
import os
p = "trunc_test.tmp"
for mode, buffering in (("w+b", -1), ("w+", -1), ("w+b", 0)):
    with open(p, mode, buffering=buffering) as f:
        f.write(b"abc" if "b" in mode else "abc")
        try:
            f.truncate(-1)
        except OSError as e:
            print(type(e).__name__, e.errno, e)
        print(f.truncate(10), os.path.getsize(p), f.tell())
        f.seek(0)
        print(repr(f.read()))
        print(f.truncate(2), os.path.getsize(p))
        f.seek(0)
        print(repr(f.read()))
os.remove(p)
