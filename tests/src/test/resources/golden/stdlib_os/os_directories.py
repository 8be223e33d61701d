# os: scandir and DirEntry, walk, fwalk, listdir of bytes and descriptors.
import os
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
os.makedirs("top/a/deep")
os.mkdir("top/b")
for name in ("top/f1", "top/a/f2", "top/a/deep/f3", "top/.hidden"):
    with open(name, "w") as f:
        f.write(name)
os.symlink("a", "top/link_to_a")
os.symlink("f1", "top/link_to_f1")
os.symlink("nowhere", "top/broken")

with os.scandir("top") as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), os.fspath(e))
print(entries[0].stat(follow_symlinks=False).st_size == len("top/.hidden"), entries[0].inode() == os.lstat("top/.hidden").st_ino)
print(type(entries[0]).__name__, type(entries[0]).__module__, type(os.scandir(".")).__name__)

with os.scandir(b"top/") as it:
    names = sorted((e.name, e.path) for e in it)
print(names[:3])
fd = os.open("top", os.O_RDONLY)
with os.scandir(fd) as it:
    print(sorted((e.name, e.path) for e in it)[:3])
print(sorted(os.listdir(fd)) == sorted(os.listdir("top")))
os.close(fd)

it = os.scandir("top")
next(it)
it.close()
it.close()
print(list(it))
with os.scandir() as it:
    print(all(e.path.startswith("./") for e in it))

entry = [e for e in os.scandir("top") if e.name == "f1"][0]
cached = entry.stat()
os.remove("top/f1")
print(entry.stat() == cached, entry.is_file())
try:
    [e for e in os.scandir("top") if e.name == "link_to_f1"][0].stat()
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
with open("top/f1", "w") as f:
    f.write("top/f1")

for kind in ("x", 1.5):
    try:
        os.scandir(kind)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.DirEntry()
except TypeError as e:
    print(e)

def walked(steps):
    steps = [(step[0], sorted(step[1]), sorted(step[2])) for step in steps]
    order = [step[0] for step in steps]
    return sorted(steps), order


print("walk")
steps, order = walked(os.walk("top"))
print(*steps, sep="\n")
print(all(order.index(os.path.dirname(p)) < order.index(p) for p in order if p != "top"))
print("walk bottom-up, following links")
steps, order = walked(os.walk("top", topdown=False, followlinks=True))
print(*steps, sep="\n")
print(all(order.index(os.path.dirname(p)) > order.index(p) for p in order if p != "top"))
print("walk pruned")
pruned = []
for dirpath, dirnames, filenames in os.walk("top"):
    dirnames[:] = [d for d in dirnames if d != "a"]
    pruned.append((dirpath, sorted(dirnames)))
print(sorted(pruned))
errors = []
print(list(os.walk("missing", onerror=errors.append)), [type(e).__name__ for e in errors])
print("fwalk")
for dirpath, dirnames, filenames, dirfd in sorted(os.fwalk("top"), key=lambda step: step[0]):
    print(dirpath, sorted(dirnames), sorted(filenames), type(dirfd))
print(all(sorted(os.listdir(fd)) == sorted(os.listdir(p)) for p, d, f, fd in os.fwalk("top")))
print(sorted(p for p, d, f in os.walk(b"top")))
