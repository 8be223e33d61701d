# StringIO and BytesIO have no file descriptor: fileno() raises io.UnsupportedOperation (an OSError and a ValueError).
import io
for c in (io.StringIO, io.BytesIO):
    try:
        c().fileno()
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
