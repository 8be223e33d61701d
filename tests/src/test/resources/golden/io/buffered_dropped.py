# A buffered stream dropped while open is closed: what it holds goes to the raw stream, which is closed too.
import io
sink = io.BytesIO()
w = io.BufferedWriter(sink)
w.write(b'pending')
print(sink.getvalue())
del w
print(sink.closed)
class Raw(io.RawIOBase):
    def writable(self): return True
    def write(self, b):
        print('raw write', bytes(b)); return len(b)
    def close(self):
        print('raw close'); super().close()
w = io.BufferedWriter(Raw())
w.write(b'abc')
w = None
print('after')
p = io.BufferedRWPair(io.BytesIO(b'x'), Raw())
p.write(b'q')
del p
print('end')
