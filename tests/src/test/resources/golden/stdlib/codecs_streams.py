# codecs stream classes: StreamWriter/StreamReader (readline, read with sizes, iteration), codecs.open, EncodedFile,
# subclassing StreamWriter, and the stream classes lookup() gives.
import codecs, io
b = io.BytesIO()
w = codecs.getwriter("utf-8")(b)
w.write("héllo\nwörld\n€ end")
print(b.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO(b.getvalue()))
print(repr(r.readline()), repr(r.read(3)), repr(r.read()))
r = codecs.getreader("utf-8")(io.BytesIO(b.getvalue()))
print(list(r))
r = codecs.getreader("utf-16")(io.BytesIO("abc\ndef".encode("utf-16")))
print(repr(r.read(2)), r.readlines())
with open("codecs_streams.tmp", "w", encoding="utf-8") as f: f.write("α\nβ\n")
with codecs.open("codecs_streams.tmp", encoding="utf-8") as f:
    print(f.read(), type(f).__name__, f.encoding)
ef = codecs.EncodedFile(io.BytesIO("naïve".encode("latin-1")), "utf-8", "latin-1")
print(ef.read())
class MyW(codecs.StreamWriter):
    def encode(self, s, errors="strict"): return s.upper().encode(), len(s)
m = MyW(io.BytesIO()); m.write("abc"); print(m.getvalue())
print(codecs.lookup("utf-8").streamreader.__name__)
import os; os.remove("codecs_streams.tmp")
