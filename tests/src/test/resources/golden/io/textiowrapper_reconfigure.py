import io, sys
raw = io.BytesIO()
buffered = io.BufferedWriter(raw, 1000)
t = io.TextIOWrapper(buffered, newline="\n")
t.write("AB\nC")
print(raw.getvalue())
t.reconfigure(line_buffering=True)
print(raw.getvalue(), t.line_buffering)
t.write("DE\nF")
print(raw.getvalue())
t.reconfigure(line_buffering=None)
print(t.line_buffering, t.encoding, t.errors)

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="latin1", newline="\n")
t.write("abc\xe9\n")
t.reconfigure(encoding="utf-8")
t.write("d\xe9f\n")
t.reconfigure(encoding="utf-8-sig")
t.write("g\n")
t.flush()
print(raw.getvalue(), t.encoding, t.errors)
t.reconfigure(errors="replace")
print(t.encoding, t.errors)

t = io.TextIOWrapper(io.BytesIO(b"CR\rLF\nEOF"), "ascii", newline="\r")
t.reconfigure(newline="\n")
print(repr(t.readline()))
for kwargs in ({"encoding": "utf-8"}, {"newline": None}, {"errors": "strict"}):
    try:
        t.reconfigure(**kwargs)
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
t.reconfigure(line_buffering=True, write_through=True)
print(t.line_buffering, t.write_through)
for kwargs in ({"encoding": 1}, {"newline": "x"}, {"newline": 5}, {"encoding": "no-such-codec"}):
    try:
        io.TextIOWrapper(io.BytesIO()).reconfigure(**kwargs)
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
print(type(sys.stdout), repr(sys.stderr))
