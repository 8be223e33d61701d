import os, shutil, tempfile, stat, sys
from pathlib import Path

def tree(root):
    out = []
    for d, ds, fs in os.walk(root):
        ds.sort()
        rel = os.path.relpath(d, root)
        for f in sorted(fs):
            p = os.path.join(d, f)
            out.append((os.path.normpath(os.path.join(rel, f)), "link" if os.path.islink(p) else open(p, "rb").read()))
        out.append((rel, "dir"))
    return sorted(out, key=str)

tmp = tempfile.gettempdir()
print(os.path.isdir(tmp), os.path.isabs(tmp), tempfile.gettempprefix(), tempfile.tempdir == tmp)
with tempfile.TemporaryDirectory(prefix="krait-", suffix=".d") as top:
    print(os.path.isdir(top), os.path.basename(top).startswith("krait-"), top.endswith(".d"), oct(os.stat(top).st_mode & 0o777), os.path.dirname(top) == tmp)
    src = os.path.join(top, "src")
    os.makedirs(os.path.join(src, "sub", "deep"))
    for name, data in [("a.txt", b"alpha"), ("b.py", b"print(1)"), ("sub/c.txt", b"gamma"), ("sub/deep/d.pyc", b"\x00\xff"), ("sub/e.pyc", b"e")]:
        with open(os.path.join(src, name), "wb") as f: f.write(data)
    os.chmod(os.path.join(src, "b.py"), 0o751)
    os.utime(os.path.join(src, "b.py"), (1000000, 2000000))
    os.symlink("a.txt", os.path.join(src, "link"))
    # copyfile / copy / copy2
    print(os.path.relpath(shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(top, "a2.txt")), top))
    print(open(os.path.join(top, "a2.txt")).read())
    d = shutil.copy(os.path.join(src, "b.py"), top)
    print(os.path.relpath(d, top), oct(os.stat(d).st_mode & 0o777), os.stat(d).st_mtime == 2000000)
    d2 = shutil.copy2(os.path.join(src, "b.py"), os.path.join(top, "b2.py"))
    print(oct(os.stat(d2).st_mode & 0o777), os.stat(d2).st_mtime)
    try: shutil.copyfile(d2, d2)
    except shutil.SameFileError as e: print("SameFileError", str(e).replace(top, "TOP"))
    try: shutil.copyfile(os.path.join(top, "nope"), d2)
    except FileNotFoundError as e: print("FileNotFoundError", e.strerror)
    try: shutil.copyfile(d2, os.path.join(top, "nodir", "x"))
    except FileNotFoundError as e: print("FileNotFoundError", e.strerror)
    shutil.copyfile(os.path.join(src, "link"), os.path.join(top, "link2"), follow_symlinks=False)
    print(os.path.islink(os.path.join(top, "link2")), os.readlink(os.path.join(top, "link2")))
    # copyfileobj
    import io
    out = io.BytesIO() if hasattr(io, "BytesIO") else None
    with open(os.path.join(src, "a.txt"), "rb") as fin, open(os.path.join(top, "obj"), "wb") as fout:
        shutil.copyfileobj(fin, fout, 2)
    print(open(os.path.join(top, "obj"), "rb").read())
    # copytree
    dst = os.path.join(top, "dst")
    print(os.path.relpath(shutil.copytree(src, dst), top))
    print(tree(dst))
    try: shutil.copytree(src, dst)
    except FileExistsError as e: print("FileExistsError", e.strerror)
    shutil.copytree(src, dst, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.pyc", "deep"))
    dst2 = shutil.copytree(src, os.path.join(top, "dst2"), ignore=shutil.ignore_patterns("*.pyc", "deep"), symlinks=True)
    print(tree(dst2))
    print(shutil.ignore_patterns("*.py", "a*")("x", ["a.py", "b.py", "c", "abc"]) == {"a.py", "b.py", "abc"})
    # move
    moved = shutil.move(os.path.join(top, "a2.txt"), os.path.join(top, "dst2"))
    print(os.path.relpath(moved, top), os.path.exists(os.path.join(top, "a2.txt")))
    print(os.path.relpath(shutil.move(os.path.join(top, "dst2"), os.path.join(top, "moved")), top), sorted(os.listdir(os.path.join(top, "moved"))))
    try: shutil.move(os.path.join(top, "b2.py"), os.path.join(top, "moved", "a2.txt")); print("replaced")
    except shutil.Error as e: print("Error", e)
    shutil.copy(os.path.join(top, "obj"), os.path.join(top, "moved", "obj"))
    try: shutil.move(os.path.join(top, "obj"), os.path.join(top, "moved"))
    except shutil.Error as e: print("Error", str(e).replace(top, "TOP"))
    try: shutil.move(os.path.join(top, "moved"), os.path.join(top, "moved", "inner"))
    except shutil.Error as e: print("Error", str(e).replace(top, "TOP"))
    # rmtree
    calls = []
    shutil.rmtree(os.path.join(top, "nothing"), onexc=lambda f, p, e: calls.append((f.__name__, os.path.basename(p), type(e).__name__)))
    print(calls)
    try: shutil.rmtree(os.path.join(top, "nothing"))
    except FileNotFoundError as e: print("FileNotFoundError", e.strerror)
    shutil.rmtree(os.path.join(top, "nothing"), ignore_errors=True)
    try: shutil.rmtree(os.path.join(src, "link"))
    except OSError as e: print("OSError", e)
    shutil.rmtree(os.path.join(top, "moved"))
    shutil.rmtree(dst)
    print(sorted(os.listdir(top)))
    # which, terminal size
    exe = os.path.join(top, "mytool")
    with open(exe, "w") as f: f.write("#!/bin/sh\n")
    print(shutil.which("mytool", path=top) == exe, shutil.which("mytool", path=os.path.join(top, "src")))
    os.chmod(exe, 0o755)
    print(shutil.which("mytool", path=top) == exe, shutil.which(exe) == exe, shutil.which("definitely-not-here-xyz"))
    os.environ["COLUMNS"] = "100"; os.environ["LINES"] = "40"
    print(shutil.get_terminal_size())
    del os.environ["COLUMNS"]; del os.environ["LINES"]
    print(shutil.get_terminal_size((120, 50)))
    # mkstemp / mkdtemp
    fd, path = tempfile.mkstemp(suffix=".dat", prefix="pre_", dir=top)
    print(type(fd).__name__, os.path.basename(path).startswith("pre_"), path.endswith(".dat"), len(os.path.basename(path)), oct(os.stat(path).st_mode & 0o777))
    os.write(fd, b"via fd"); os.close(fd)
    print(open(path, "rb").read())
    d3 = tempfile.mkdtemp(dir=top)
    print(os.path.isdir(d3), oct(os.stat(d3).st_mode & 0o777), os.path.basename(d3)[:3])
    try: tempfile.mkstemp(prefix=b"x", suffix="y")
    except TypeError as e: print(e)
    # NamedTemporaryFile
    with tempfile.NamedTemporaryFile(dir=top) as ntf:
        name = ntf.name
        ntf.write(b"abc"); ntf.seek(0)
        print(os.path.exists(name), ntf.read(), ntf.mode if hasattr(ntf, "mode") else "")
    print(os.path.exists(name))
    ntf = tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=top, delete=False)
    ntf.write("text\n"); ntf.close()
    print(open(ntf.name).read().strip(), ntf.name.endswith(".txt"))
    os.unlink(ntf.name)
    ntf = tempfile.NamedTemporaryFile(dir=top)
    name = ntf.name
    ntf.close()
    print(os.path.exists(name))
    with tempfile.NamedTemporaryFile(dir=top, delete_on_close=False) as ntf:
        ntf.write(b"x"); ntf.close()
        print(os.path.exists(ntf.name))
    print(os.path.exists(ntf.name))
    with tempfile.TemporaryFile(dir=top) as tf:
        tf.write(b"hidden"); tf.seek(0); print(tf.read())
    with tempfile.TemporaryFile("w+", dir=top) as tf:
        tf.write("text"); tf.seek(0); print(tf.read())
    td = tempfile.TemporaryDirectory(dir=top)
    print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
    with open(os.path.join(td.name, "f"), "w") as f: f.write("x")
    td.cleanup()
    print(os.path.exists(td.name))
    with tempfile.TemporaryDirectory(dir=top, delete=False) as kept:
        pass
    print(os.path.isdir(kept))
    p = Path(top) / "p"
    p.write_text("x")
    print(sorted(os.listdir(top)) == sorted(["b.py", "b2.py", "src", "obj", "link2", "mytool", os.path.basename(path), os.path.basename(d3), os.path.basename(kept), "p"]))
print(os.path.exists(top))
