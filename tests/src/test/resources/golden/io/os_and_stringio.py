# os, os.path and io.StringIO essentials.
import os, os.path, io
from os import path
print(os.path.join("a", "b", "/c", "d"), os.path.split("/x/y/z.txt"), os.path.splitext("arch.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.basename("/a/b/"), os.path.dirname("/a/b/c"), os.path.normpath("a//b/./c/../d"), os.path.isabs("/x"), os.sep, os.linesep == "\n")
print(os.path.relpath("/a/b/c", "/a/d"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
os.makedirs("tmpdir/sub/deeper", exist_ok=True)
with open("tmpdir/sub/f.txt", "w") as f:
    f.write("hello")
print(sorted(os.listdir("tmpdir")), os.path.exists("tmpdir/sub/f.txt"), os.path.isfile("tmpdir/sub/f.txt"), os.path.isdir("tmpdir/sub"))
print(os.path.getsize("tmpdir/sub/f.txt"), os.stat("tmpdir/sub/f.txt").st_size, os.path.exists("nope"))
for root, dirs, files in os.walk("tmpdir"):
    print(root, sorted(dirs), sorted(files))
print(sorted(e.name for e in os.scandir("tmpdir/sub")))
os.rename("tmpdir/sub/f.txt", "tmpdir/g.txt")
print(sorted(os.listdir("tmpdir")))
for bad in [lambda: os.remove("nope"), lambda: os.mkdir("tmpdir"), lambda: os.rmdir("tmpdir"), lambda: os.listdir("nope"),
            lambda: os.listdir("tmpdir/g.txt"), lambda: os.remove("tmpdir/sub")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename)
os.remove("tmpdir/g.txt"); os.rmdir("tmpdir/sub/deeper"); os.rmdir("tmpdir/sub"); os.rmdir("tmpdir")
print(os.path.exists("tmpdir"), os.getcwd() == os.path.abspath("."), type(os.environ).__name__, os.getenv("NOPE_X", "dflt"), "PATH" in os.environ)
s = io.StringIO()
s.write("abc\n")
print("def", file=s)
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(s.readline(), s.read(), list(io.StringIO("x\ny\n")))
with io.StringIO("data") as t:
    print(t.read(2), t.closed)
print(t.closed, os.fspath("p"), isinstance(open, object))
class P:
    def __fspath__(self):
        return "tmpfile.txt"
with open(P(), "w") as f:
    f.write("via fspath")
print(open("tmpfile.txt").read())
os.unlink("tmpfile.txt")
