# TextIOWrapper: checks of its arguments and its buffer (unwritable, detached, uninitialized), isatty through the buffer
import _io, io
b = _io.BufferedReader(_io.BytesIO(b"\xc3\xa9\n\n"), 1000)
t = _io.TextIOWrapper(b)
for kw in [dict(newline=42), dict(newline='xyzzy'), dict(errors='\udcfe')]:
    try: t.__init__(b, **kw)
    except Exception as e: print(type(e).__name__, e)
class CustomFile(object):
    def isatty(self): return 'YES'
    readable = writable = seekable = lambda self: False
t = _io.TextIOWrapper(CustomFile())
print(t.isatty())
class UnWritable(_io.BytesIO):
    def writable(self): return False
txt = _io.TextIOWrapper(UnWritable())
for f in [lambda: txt.write("blah"), lambda: txt.writelines(["blah\n"])]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
b = _io.BytesIO()
f = _io.TextIOWrapper(b)
print(f.detach() is b)
for m in ["fileno", "close", "detach", "flush"]:
    try: getattr(f, m)()
    except Exception as e: print(m, type(e).__name__, e)
print(repr(f), f.encoding, f.errors, f.line_buffering, b.closed)
try: _io.TextIOWrapper(_io.BytesIO(), encoding='quopri_codec')
except LookupError as e: print("LookupError", e)
t = _io.TextIOWrapper.__new__(_io.TextIOWrapper)
try: repr(t)
except Exception as e: print(type(e).__name__, e)
try: t.read(0)
except Exception as e: print(type(e).__name__, e)
t.__init__(_io.BytesIO())
print(repr(t.read(0)))
print(hasattr(_io, "BlockingIOError"), _io.BlockingIOError is BlockingIOError)
