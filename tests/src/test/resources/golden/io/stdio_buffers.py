# sys.stdin.buffer, sys.stdout.buffer and sys.stderr.buffer: the binary streams under the text ones (a FileIO rather
# than a BufferedWriter when PYTHONUNBUFFERED is set, as in CPython), bytes written through them in order with the
# text, their raw streams, and sys.stdout.reconfigure(). Standard input is empty.
import io, os, sys


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


unbuffered = bool(os.environ.get("PYTHONUNBUFFERED"))
for stream in (sys.stdout, sys.stderr):
    layer = stream.buffer
    expected = "FileIO" if unbuffered else "BufferedWriter"
    raw = layer if unbuffered else layer.raw
    print(stream.name, type(layer).__name__ == expected, layer.name, layer.mode, type(raw).__name__, raw.mode, raw.closefd,
          isinstance(layer, io.BufferedIOBase if not unbuffered else io.RawIOBase), stream.write_through == unbuffered)
print(repr(sys.stdin.buffer), repr(sys.stdin.buffer.raw), sys.stdin.buffer.mode, sys.stdin.buffer.raw.mode)
print(isinstance(sys.stdin.buffer, io.BufferedIOBase), isinstance(sys.stdin.buffer.raw, io.RawIOBase), isinstance(sys.stdout, io.TextIOBase))
print(sys.stdin.buffer is sys.stdin.buffer, sys.stdout.buffer is sys.stdout.buffer)
show("readable", lambda: (sys.stdin.buffer.readable(), sys.stdin.buffer.writable(), sys.stdout.buffer.readable(), sys.stdout.buffer.writable()))
show("fileno", lambda: (sys.stdin.buffer.fileno(), sys.stdout.buffer.fileno(), sys.stderr.buffer.fileno()))

print("text before bytes")
sys.stdout.flush()
show("write", lambda: sys.stdout.buffer.write(b"bytes through the buffer\n"))
sys.stdout.buffer.flush()
print("text after bytes")
sys.stdout.flush()
sys.stdout.buffer.write("caf\u00e9\n".encode())
sys.stdout.buffer.writelines([b"one ", b"two\n"])
sys.stdout.buffer.flush()
show("write str", lambda: sys.stdout.buffer.write("text"))

show("stdin read", lambda: sys.stdin.buffer.read())
show("stdin read1", lambda: sys.stdin.buffer.read1(5))
show("stdin readline", lambda: sys.stdin.buffer.readline())
show("stdin readinto", lambda: sys.stdin.buffer.readinto(bytearray(4)))
show("stdin write", lambda: sys.stdin.buffer.write(b"x"))
show("stdin text", lambda: (sys.stdin.read(), sys.stdin.readline(), list(sys.stdin)))

show("reconfigure", lambda: sys.stdout.reconfigure(line_buffering=True))
show("line_buffering", lambda: sys.stdout.line_buffering)
show("reconfigure back", lambda: sys.stdout.reconfigure(line_buffering=False))
show("bad newline", lambda: sys.stdout.reconfigure(newline="x"))
show("bad encoding", lambda: sys.stdout.reconfigure(encoding="no-such-codec"))
show("bad argument", lambda: sys.stdout.reconfigure(encoding=1))
show("encoding", lambda: sys.stdout.reconfigure(encoding="latin-1", errors="replace"))
show("now", lambda: (sys.stdout.encoding, sys.stdout.errors))
print("snowman \u2603 and tab\t")
sys.stdout.flush()
sys.stdout.reconfigure(encoding="utf-8", errors="strict")
show("restored", lambda: (sys.stdout.encoding, sys.stdout.errors))
print("snowman \u2603 again")
