# sizes past what can be allocated: CPython's OverflowError and MemoryError, never a Java error
def attempt(label, f):
    try:
        print(label, len(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("repeat overflow", lambda: b"ab" * (2 ** 62))
attempt("repeat memory", lambda: b"ab" * (2 ** 40))
attempt("bytearray repeat", lambda: bytearray(b"ab") * (2 ** 62))
attempt("center", lambda: b"a".center(2 ** 40))
attempt("zfill", lambda: b"a".zfill(2 ** 40))
attempt("expandtabs", lambda: b"a\tb".expandtabs(2 ** 40))
attempt("star width", lambda: b"%*d" % (2 ** 40, 1))
attempt("bytes(huge)", lambda: bytes(2 ** 40))
