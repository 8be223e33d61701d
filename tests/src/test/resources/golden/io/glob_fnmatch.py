# fnmatch: translate must give CPython 3.12's regex text; matching; glob over a temporary tree
import fnmatch, glob, os, tempfile
for p in ["*.py", "a*b*c", "*a*", "?x[!a-c]", "[a-z]*", "[!]]", "[]", "[x", "a[b-a]c", "[^x]", "[a-c-e]", "[\\]",
          "[&&a]", "**/*.txt", "*.*.*", "[!", "a.b+c(d)", "[--0]", "[a-]", "", "***", "[!-]", "[z-a-c]", "a|b", "[a~]"]:
    print(repr(p), fnmatch.translate(p))
print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.fnmatchcase("Foo.PY", "*.py"), fnmatch.filter(["a.py", "b.txt", ".c.py"], "*.py"))
print(fnmatch.fnmatch(b"ab", b"a?"), fnmatch.fnmatch("a\nb", "a?b"), fnmatch.fnmatch("abcabc", "a*b*c"), fnmatch.fnmatch("abx", "a*b*c"))
print(fnmatch.fnmatch("a/b", "a*"), fnmatch.fnmatch("]", "[]]"), fnmatch.fnmatch("-", "[a-]"), fnmatch.fnmatch("b", "[!a]"), fnmatch.fnmatch("[", "["))
try: fnmatch.fnmatch(1, "x")
except TypeError as e: print(e)
print(glob.escape("a[b]*?.txt"), glob.has_magic("a*"), glob.has_magic("abc"), glob.escape("/x/?"))

top = tempfile.mkdtemp()
try:
    for name in ["a.txt", "b.py", ".hidden.py", "sub/c.txt", "sub/d.py", "sub/deep/e.txt", "sub/.h/f.txt", "other/g.py", "we[ir]d.txt"]:
        path = os.path.join(top, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(name)
    os.symlink("sub", os.path.join(top, "link"))
    def rel(paths):
        return sorted(os.path.relpath(p, top) if os.path.isabs(p) else p for p in paths)
    print(rel(glob.glob(os.path.join(top, "*"))))
    print(rel(glob.glob(os.path.join(top, "*.py"))), rel(glob.glob(os.path.join(top, ".*"))))
    print(rel(glob.glob(os.path.join(top, "*", "*.txt"))), rel(glob.glob(os.path.join(top, "s?b", "[cd].*"))))
    print(rel(glob.glob(os.path.join(top, "**", "*.txt"))))
    print(rel(glob.glob(os.path.join(top, "**", "*.txt"), recursive=True)))
    print(rel(glob.glob(os.path.join(top, "**"), recursive=True)))
    print(rel(glob.glob(os.path.join(top, "**", ""), recursive=True)))
    print(rel(glob.glob(os.path.join(top, "**", "*.py"), recursive=True, include_hidden=True)))
    print(rel(glob.iglob("**/*.py", root_dir=top, recursive=True)), rel(glob.glob("*", root_dir=top)))
    print(rel(glob.glob("sub/*", root_dir=top)), glob.glob("nothing*", root_dir=top), glob.glob("a.txt", root_dir=top), glob.glob("zz.txt", root_dir=top))
    print(rel(glob.glob(os.path.join(top, glob.escape("we[ir]d.txt")))), rel(glob.glob(os.path.join(top, "we[ir]d.txt"))))
    print(rel(glob.glob(os.path.join(top, "sub", ""))), glob.glob(os.path.join(top, "nothing", "")), rel(glob.glob(os.path.join(top, "*", ""))))
    it = glob.iglob(os.path.join(top, "*.txt"))
    print(type(it).__name__ in ("generator", "chain"), rel(it))
    print(sorted(glob.glob("glob_fn*.py")), glob.glob(""), rel(glob.glob("**", root_dir=os.path.join(top, "sub"), recursive=True)))
finally:
    for d, ds, fs in os.walk(top, topdown=False):
        for n in fs: os.unlink(os.path.join(d, n))
        for n in ds:
            p = os.path.join(d, n)
            os.unlink(p) if os.path.islink(p) else os.rmdir(p)
    os.rmdir(top)
print(os.path.exists(top))
