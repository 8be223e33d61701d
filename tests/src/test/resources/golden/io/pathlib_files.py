import os, sys
from pathlib import Path, PurePosixPath
import tempfile
holder = tempfile.mkdtemp()
base = Path(holder) / "work"
def rel(paths): return sorted(str(p.relative_to(base)) for p in paths)
base.mkdir()
try:
    (base / "a" / "b").mkdir(parents=True)
    try: (base / "x" / "y").mkdir()
    except FileNotFoundError as e: print("FileNotFoundError", e.errno, e.strerror)
    try: (base / "a").mkdir()
    except FileExistsError as e: print("FileExistsError", e.strerror)
    (base / "a").mkdir(exist_ok=True)
    f = base / "a" / "one.txt"
    print(f.write_text("hello\nworld\n"), f.read_text(), f.read_bytes())
    print((base / "a" / "b" / "two.py").write_bytes(b"\x00\x01"), (base / "a" / "b" / "two.py").read_bytes())
    try: f.write_text(b"x")
    except TypeError as e: print(e)
    (base / ".hidden").touch(); (base / "top.py").touch()
    try: (base / "top.py").touch(exist_ok=False)
    except FileExistsError as e: print("FileExistsError")
    print(f.exists(), f.is_file(), f.is_dir(), base.is_dir(), (base / "nope").exists(), (base / "nope").is_file(), (base/"a").is_symlink())
    print(f.stat().st_size, f.lstat().st_size, f.stat().st_mtime == os.path.getmtime(f))
    print(rel(base.iterdir()))
    print(rel(base.glob("*")), rel(base.glob("*.py")), rel(base.glob("**/*.py")), rel(base.glob("**")), rel(base.glob("a/*/")))
    print(rel(base.rglob("*.py")), rel(base.rglob("*")), rel(base.glob("a/**/*")), rel(base.glob("**/b/**")), rel(base.glob("a/../top.py")))
    print(rel(base.glob("A/*.TXT", case_sensitive=False)), rel(base.glob("nothing/*")))
    for bad in ["", "/abs", "a**"]:
        try: list(base.glob(bad))
        except (ValueError, NotImplementedError) as e: print(type(e).__name__, e)
    link = base / "link"
    link.symlink_to("a")
    print(link.is_symlink(), link.is_dir(), str(link.readlink()), link.resolve() == (base / "a").resolve(), link.samefile(base / "a"), link.samefile(str(base / "a")))
    walked = [(str(d.relative_to(base)), sorted(ds), sorted(fs)) for d, ds, fs in base.walk()]
    print(sorted(walked))
    print(sorted((str(d.relative_to(base)), sorted(ds)) for d, ds, fs in base.walk(top_down=False, follow_symlinks=True)))
    print(sorted((os.path.relpath(d, base), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base)))
    print(len(sorted(os.walk(base, followlinks=True))))
    link.unlink()
    (base / "loop").symlink_to("loop")
    try: (base / "loop").resolve()
    except RuntimeError as e: print("RuntimeError", str(e).replace(str(base), "BASE"))
    (base / "loop").unlink()
    g = f.rename(base / "moved.txt")
    print(repr(g.relative_to(base)), f.exists(), g.read_text().split())
    g.replace(base / "a" / "one.txt")
    with (base / "a" / "one.txt").open() as fh: print(fh.readline().strip())
    with (base / "a" / "one.txt").open("rb") as fh: print(fh.read(3))
    (base / "a" / "one.txt").unlink()
    (base / "a" / "one.txt").unlink(missing_ok=True)
    try: (base / "a" / "one.txt").unlink()
    except FileNotFoundError as e: print("FileNotFoundError", e.filename == str(base / "a" / "one.txt"))
    try: (base / "a").rmdir()
    except OSError as e: print(type(e).__name__, e.strerror)
    print(Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.path.expanduser("~")), Path("~/x").expanduser() == Path.home() / "x")
    print(Path("rel").absolute() == Path.cwd() / "rel", Path("/a/../b").absolute(), Path("a/../b").resolve() == Path.cwd() / "b")
    print([repr(p) for p in Path(base / "a" / "b").iterdir()][0].endswith("two.py')"), list(Path(".").glob("pathlib_files.py")))
    try: list(Path(base / "nothing").iterdir())
    except FileNotFoundError as e: print("FileNotFoundError", e.strerror)
    print(oct((base/"top.py").stat().st_mode & 0o777))
    (base/"top.py").chmod(0o600); print(oct((base/"top.py").stat().st_mode & 0o777))
finally:
    for d, ds, fs in base.walk(top_down=False):
        for n in fs: (d / n).unlink()
        for n in ds: (d / n).rmdir()
    base.rmdir()
print(base.exists())
os.rmdir(holder)

# hard links (os.link, Path.hardlink_to)
import tempfile
with tempfile.TemporaryDirectory() as t:
    a = Path(t) / "a"; a.write_text("data")
    (Path(t) / "b").hardlink_to(a)
    print((Path(t) / "b").read_text(), a.stat().st_nlink, os.path.samefile(a, Path(t) / "b"))
    for call in [lambda: os.link(a, Path(t) / "b"), lambda: os.link(Path(t) / "zz", Path(t) / "c")]:
        try: call()
        except OSError as e: print(type(e).__name__, e.strerror, os.path.basename(e.filename), os.path.basename(e.filename2))
