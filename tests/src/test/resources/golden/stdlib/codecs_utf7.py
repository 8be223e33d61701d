# The UTF-7 codec: which characters stand for themselves, base64 runs (with surrogate pairs), how a run ends, the
# decoding errors and their positions, partial input, the incremental decoder and the codec's names.
import _codecs
import codecs


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, *([e.start, e.end] if isinstance(e, UnicodeDecodeError) else []))


print(bytes(range(128)).decode("latin-1").encode("utf-7"))
for text in ("", "a+b", "hi\u20acthere", "\U0001f600x", "a-b\xe9-", "\xe9a", "\xe9/", "\xe9\xe9\xe9", "~\\", "\ud800",
             "\ud800a", "+-+", "1 + 1 = 2"):
    data = text.encode("utf-7")
    print(repr(text), data, repr(data.decode("utf-7")), _codecs.utf_7_encode(text))
for data in (b"+", b"+-", b"+AGE", b"+AGE-", b"+AGEA", b"+AGEA-x", b"a\x80b", b"+!", b"+2D3eAA-", b"+2D3", b"+2D3-",
             b"+2D3eAA", b"+AGEAYQ", b"+AGEAYQB", b"+AGEAYQBi-", b"a+ImIDkQ.", b"+ZeVnLIqe-", b"+AGF-"):
    for errors in ("strict", "replace", "ignore", "backslashreplace"):
        show(f"{data} {errors}", lambda: data.decode("utf-7", errors))
    for final in (False, True):
        show(f"{data} final={final}", lambda: _codecs.utf_7_decode(data, "replace", final))
decoder = codecs.getincrementaldecoder("utf-7")()
print([decoder.decode(bytes([c])) for c in b"a+AGEAYQBi-b+2D3eAA-"], repr(decoder.decode(b"", True)))
show("bad argument", lambda: _codecs.utf_7_encode(b"x"))
show("bad errors", lambda: _codecs.utf_7_decode(b"x", 5))
show("str input", lambda: _codecs.utf_7_decode("x"))
print(codecs.lookup("U7").name, codecs.lookup("unicode-1-1-utf-7").name, codecs.getencoder("utf7")("a\xe9"))
import encodings.utf_7
print(encodings.utf_7.getregentry().name)
