# zipfile.Path: a pathlib-like view of an archive (iterdir, joinpath and /, parent, name/suffix/stem, read_text/
# read_bytes, open in text and binary modes, glob/rglob, match, relative_to, implied directories, writing), errors.
import io, zipfile, os
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    for name, data in [('a.txt', 'A'), ('dir/b.txt', 'B'), ('dir/sub/c.py', 'C'), ('dir/sub/d.txt', 'D'), ('e/', ''), ('x?y.txt', 'Q')]:
        z.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data)
zf = zipfile.ZipFile(buf)
zf.filename = 'archive.zip'
root = zipfile.Path(zf)
print(repr(root), str(root), type(zf).__name__, root.is_dir(), root.exists(), root.name)
print(sorted(str(p) for p in root.iterdir()))
d = root / 'dir'
print(repr(d), d.is_dir(), d.is_file(), d.exists(), d.name, repr(d.parent))
print(sorted(p.at for p in d.iterdir()))
c = d / 'sub' / 'c.py'
print(repr(c), c.name, c.suffix, c.suffixes, c.stem, c.is_file(), c.read_text(), c.read_bytes(), str(c.filename), repr(c.parent))
print(c.relative_to(root), c.relative_to(d), c.match('*.py'), c.match('sub/*.py'), c.is_symlink())
print(sorted(p.at for p in root.glob('*.txt')), sorted(p.at for p in root.glob('**/*.txt')), sorted(p.at for p in root.rglob('*.txt')), sorted(p.at for p in d.glob('sub/*')), sorted(p.at for p in root.glob('x?y.txt')), sorted(p.at for p in root.glob('[ae]*')))
with c.open() as f: print(type(f).__name__, f.read())
with c.open('rb') as f: print(f.read())
print(root.joinpath('dir', 'sub') == d / 'sub', hash(root / 'a.txt') == hash(root / 'a.txt'), (root / 'e').is_dir(), (root/'e').at)
for bad in [lambda: d.open(), lambda: (root / 'nope.txt').open(), lambda: c.iterdir(), lambda: root.glob(''), lambda: c.open('rb', 'utf-8')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
w = io.BytesIO()
wz = zipfile.ZipFile(w, 'w')
p = zipfile.Path(wz, 'new.txt')
with p.open('w') as f: f.write('written')
print(type(wz).__name__)
wz.close()
print(zipfile.ZipFile(w).read('new.txt'))
print(zipfile.CompleteDirs._implied_dirs(['a/b/c.txt', 'a/', 'x/y']))
