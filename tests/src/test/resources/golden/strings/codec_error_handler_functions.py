# codecs.lookup_error's handler functions as CPython 3.12 gives them (surrogateescape and surrogatepass too),
# and utf_8_decode keeping an incomplete sequence back unless final.
import codecs
print(ascii((b'a\xffb'.decode('utf-8', 'surrogateescape'), 'a\udcffb'.encode('utf-8', 'surrogateescape'))))
print(ascii(('a\ud800b'.encode('utf-8', 'surrogatepass'), b'a\xed\xa0\x80b'.decode('utf-8', 'surrogatepass'))))
for name in ("strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"):
    h = codecs.lookup_error(name)
    print(name, callable(h))
    try:
        print(h(UnicodeEncodeError("ascii", "a\xe9\u20acb", 1, 3, "bad")))
    except Exception as e: print(type(e).__name__, e)
    try:
        print(h(UnicodeDecodeError("ascii", b"a\xe9\xffb", 1, 3, "bad")))
    except Exception as e: print(type(e).__name__, e)
    try: h("x")
    except TypeError as e: print(e)
for data in (b"", b"\xc5", b"a\xc5\x82", b"a\xe2\x82", b"a\xe2\x82\xac", b"\xf0\x9f\x98", b"a\xff", b"\xc5a"):
    for final in (False, True):
        try: print(data, final, codecs.utf_8_decode(data, "strict", final))
        except UnicodeDecodeError as e: print(data, final, e)
print(codecs.utf_8_decode(bytearray(b"ab\xc5"), "replace"), codecs.utf_8_decode(b"ab\xc5", "replace", True))
