# read1 of open()'s buffered binary files: one read (a pipe: what has arrived), so a TextIOWrapper over such a file
# returns a pipe's line before the writer closes; text files and FileIO have no read1.
import os, io
r, w = os.pipe()
os.write(w, b'one\ntwo')
f = open(r, 'rb')
print(f.read1(100))
os.write(w, b'abc')
print(f.read1(2), f.read1())
t = io.TextIOWrapper(f, encoding='ascii')
os.write(w, b'x\ny')
print(repr(t.readline()))
os.close(w)
print(repr(t.read()))
import tempfile
tmp = tempfile.TemporaryDirectory()
p = os.path.join(tmp.name, 'f5.bin')
with open(p, 'wb') as g:
    g.write(b'0123456789')
with open(p, 'rb') as g:
    print(g.read1(3), g.read1(), g.read1())
for m, kw in (('r', {}), ('rb', {'buffering': 0})):
    with open(p, m, **kw) as g:
        try:
            g.read1(1)
        except AttributeError as e:
            print(e)
tmp.cleanup()
