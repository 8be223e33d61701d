# filecmp: cmp (shallow and deep, cache), cmpfiles, dircmp attributes and reports, in a temporary tree whose
# paths are printed relative to it.
import filecmp
import os
import tempfile

root = tempfile.mkdtemp()
os.chdir(root)


def write(path, data, mtime=None):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)
    if mtime is not None:
        os.utime(path, (mtime, mtime))


write('a/same.txt', b'same contents\n', 1000000)
write('b/same.txt', b'same contents\n', 1000000)
write('a/content_same.txt', b'xyz' * 5000, 1000000)
write('b/content_same.txt', b'xyz' * 5000, 2000000)
write('a/differ.txt', b'one\n', 1000000)
write('b/differ.txt', b'two\n', 2000000)
write('a/size.txt', b'short', 1000000)
write('b/size.txt', b'longer data', 1000000)
write('a/only_a.txt', b'a')
write('b/only_b.txt', b'b')
write('a/sub/x.txt', b'x', 1000000)
write('b/sub/x.txt', b'x', 1000000)
write('a/sub/deep/y.txt', b'y1', 1000000)
write('b/sub/deep/y.txt', b'y2', 1000000)
write('a/kind', b'file')
os.mkdir('b/kind')
write('a/CVS/ignored', b'')
write('b/.git/ignored', b'')
os.symlink('/nonexistent/target', 'a/broken')
os.symlink('/nonexistent/target', 'b/broken')

print(filecmp.cmp('a/same.txt', 'b/same.txt'), filecmp.cmp('a/same.txt', 'b/same.txt', shallow=False))
print(filecmp.cmp('a/content_same.txt', 'b/content_same.txt'),
      filecmp.cmp('a/content_same.txt', 'b/content_same.txt', shallow=False))
print(filecmp.cmp('a/differ.txt', 'b/differ.txt'), filecmp.cmp('a/size.txt', 'b/size.txt', False))
print(filecmp.cmp('a/sub', 'b/sub'), filecmp.cmp('a/same.txt', 'a/same.txt'))
try:
    filecmp.cmp('a/missing', 'b/same.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)
print(len(filecmp._cache) > 0)
filecmp.clear_cache()
print(filecmp._cache)

print(filecmp.cmpfiles('a', 'b', ['same.txt', 'content_same.txt', 'differ.txt', 'size.txt', 'missing', 'broken']))
print(filecmp.cmpfiles('a', 'b', ['content_same.txt', 'differ.txt'], shallow=False))

d = filecmp.dircmp('a', 'b')
for name in ['left_list', 'right_list', 'common', 'left_only', 'right_only', 'common_dirs', 'common_files',
             'common_funny', 'same_files', 'diff_files', 'funny_files']:
    print(name, sorted(getattr(d, name)))
print(sorted(d.subdirs), type(d.subdirs['sub']).__name__, d.subdirs['sub'].left, d.subdirs['sub'].right)
d.report()
print('---')
d.report_partial_closure()
print('---')
filecmp.dircmp('a', 'b', ignore=[], hide=['kind']).report_full_closure()
try:
    d.nonexistent
except AttributeError as e:
    print('AttributeError', e)


class MyCmp(filecmp.dircmp):
    pass


m = MyCmp('a', 'b')
print(type(m.subdirs['sub']).__name__, type(m.subdirs['sub'].subdirs['deep']).__name__)
print(filecmp.dircmp[str], filecmp.DEFAULT_IGNORES, filecmp.__all__, filecmp.BUFSIZE)
import shutil
os.chdir('/')
shutil.rmtree(root)
