# io.BufferedReader/BufferedWriter/BufferedRandom/BufferedRWPair over raw objects other than files: BytesIO, RawIOBase
# subclasses; reading, writing, seeking, detaching, closing, and the errors of each state.
import io
def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BufferedReader(io.BytesIO(b'hello\nworld\nlast'), 4)
show('raw', lambda: type(b.raw).__name__)
show('repr', lambda: repr(b))
show('peek', lambda: b.peek())
show('read2', lambda: b.read(2))
show('tell', lambda: b.tell())
show('readline', lambda: b.readline())
show('read1', lambda: b.read1(3))
show('readinto', lambda: (lambda ba: (b.readinto(ba), ba))(bytearray(3)))
show('seek', lambda: b.seek(1))
show('read', lambda: b.read())
show('seekcur', lambda: b.seek(-3, 1))
show('lines', lambda: list(b))
show('write', lambda: b.write(b'x'))
show('writable', lambda: b.writable())
show('badseek', lambda: b.seek(0, 5))
show('name', lambda: type(b.raw).__name__)
show('fileno', lambda: b.fileno())
show('isinst', lambda: (isinstance(b, io.BufferedReader), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase)))
show('type', lambda: (type(b), io.BufferedReader.__name__, io.BufferedReader.__module__))
r = b.detach()
show('detached raw', lambda: type(r).__name__)
for op in ('read', 'peek', 'readline', 'tell', 'closed', 'name', 'fileno', 'flush', 'close', 'detach', 'raw', 'readable'):
    show('det ' + op, lambda: (lambda a: a() if callable(a) else a)(getattr(b, op)))
show('repr det', lambda: repr(b))
b = io.BufferedReader(io.BytesIO(b'abc'))
b.close()
for op in ('read', 'peek', 'readline', 'read1', 'tell', 'seek', 'flush', 'close', 'closed', 'readinto'):
    show('closed ' + op, lambda: (lambda a: a(bytearray(2)) if op == 'readinto' else a(0) if op == 'seek' else a() if callable(a) else a)(getattr(b, op)))
show('zero', lambda: io.BufferedReader(io.BytesIO(), 0))
show('neg', lambda: io.BufferedReader(io.BytesIO(), -1))
class R(io.RawIOBase):
    def readable(self): return True
    def fileno(self): return 42
class N(io.RawIOBase):
    name = 'myname'
    def readable(self): return True
show('fileno42', lambda: io.BufferedReader(R()).fileno())
show('name', lambda: io.BufferedReader(N()).name)
show('repr N', lambda: repr(io.BufferedReader(N())))
show('repr R', lambda: repr(io.BufferedReader(R())))
show('notreadable', lambda: io.BufferedReader(io.RawIOBase()))
show('notwritable', lambda: io.BufferedWriter(R()))
show('notseekable', lambda: io.BufferedRandom(R()))
class Src(io.RawIOBase):
    def __init__(self, chunks): self.chunks = list(chunks); self.calls = 0
    def readable(self): return True
    def readinto(self, b):
        self.calls += 1
        if not self.chunks: return 0
        c = self.chunks.pop(0); b[:len(c)] = c; return len(c)
s = Src([b'ab', b'cd\nef', b'g'])
br = io.BufferedReader(s)
show('src readline', lambda: br.readline())
show('src read1', lambda: br.read1())
show('src read', lambda: br.read())
show('src calls', lambda: s.calls)
show('raw read', lambda: Src([b'xyz']).read(2))
show('raw readall', lambda: Src([b'x', b'yz']).readall())
show('raw read all', lambda: Src([b'x', b'yz']).read())
show('raw tell', lambda: Src([]).tell())
show('raw fileno', lambda: Src([]).fileno())
# writer
sink = io.BytesIO()
w = io.BufferedWriter(sink, 4)
show('w write', lambda: w.write(b'ab'))
show('w sink', lambda: sink.getvalue())
show('w write2', lambda: w.write(b'cdef'))
show('w sink2', lambda: sink.getvalue())
show('w tell', lambda: w.write(b'g') and w.tell())
show('w read', lambda: w.read())
show('w readable', lambda: w.readable())
show('w repr', lambda: repr(w))
show('w flush', lambda: (w.flush(), sink.getvalue()))
w.write(b'zz')
show('w detach', lambda: (w.detach() is sink, sink.getvalue()))
show('w write det', lambda: w.write(b'q'))
w = io.BufferedWriter(io.BytesIO())
w.close()
show('w closed write', lambda: w.write(b'q'))
show('w closed flush', lambda: w.flush())
show('w closed', lambda: w.closed)
# random
raw = io.BytesIO(b'0123456789')
rnd = io.BufferedRandom(raw, 4)
show('rnd read', lambda: rnd.read(3))
show('rnd write', lambda: rnd.write(b'XY'))
show('rnd tell', lambda: rnd.tell())
show('rnd read2', lambda: rnd.read(2))
show('rnd value', lambda: (rnd.flush(), raw.getvalue()))
show('rnd seek', lambda: rnd.seek(0))
show('rnd all', lambda: rnd.read())
show('rnd trunc', lambda: rnd.truncate(4))
show('rnd value2', lambda: raw.getvalue())
show('rnd repr', lambda: repr(rnd))
# rwpair
a, c = io.BytesIO(b'in\ndata'), io.BytesIO()
p = io.BufferedRWPair(a, c)
show('p readline', lambda: p.readline())
show('p write', lambda: p.write(b'out'))
show('p flush', lambda: (p.flush(), c.getvalue()))
show('p seekable', lambda: p.seekable())
show('p peek', lambda: p.peek())
show('p read', lambda: p.read())
show('p closed', lambda: p.closed)
show('p fileno', lambda: p.fileno())
p.close()
show('p closed2', lambda: (p.closed, a.closed, c.closed))
# text over it
t = io.TextIOWrapper(io.BufferedReader(io.BytesIO('héllo\nwörld\n'.encode())), encoding='utf-8')
show('text', lambda: t.readlines())
t = io.TextIOWrapper(io.BufferedWriter(io.BytesIO()), encoding='utf-8')
t.write('abc\n'); t.flush()
show('text w', lambda: t.buffer.raw.getvalue())
show('ctx', lambda: [x for x in io.BufferedReader(io.BytesIO(b'1\n2\n'))])
with io.BufferedReader(io.BytesIO(b'q')) as q:
    pass
show('ctx closed', lambda: q.closed)
show('open isinst', lambda: [isinstance(open('buffered_raw_streams.py', m), (io.BufferedReader, io.BufferedWriter, io.BufferedRandom)[i]) for i, m in enumerate(('rb',))])
show('issub', lambda: issubclass(type(open('buffered_raw_streams.py', 'rb')), io.BufferedReader))
show('over fileio', lambda: io.BufferedReader(open('buffered_raw_streams.py', 'rb', buffering=0)).read(6))
show('pickle', lambda: __import__('pickle').dumps(io.BufferedReader(io.BytesIO())))
