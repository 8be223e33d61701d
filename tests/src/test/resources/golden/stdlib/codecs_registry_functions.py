# The codec registry as _codecs gives it: what lookup accepts from a search function (4-tuples only) and caches,
# codecs a plain tuple describes (codecs.encode, str.encode, bytes.decode), the argument checks and notes of
# encode/decode, readbuffer_encode, charmap_build, the ASCII/Latin-1/UTF-8 functions' argument checks and the CJK
# getcodec modules.
import _codecs
import array
import codecs


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, "__notes__", ""))


calls = []


def search(name):
    calls.append(name)
    if name == "test_plain_tuple":
        return (lambda s, errors="strict": (b"<" + s.encode() + b">", len(s)),
                lambda b, errors="strict": ("<" + bytes(b).decode() + ">", len(b)), None, None)
    if name == "test_not_a_tuple":
        return "not a tuple"
    if name == "test_three":
        return 1, 2, 3
    if name == "test_counter":
        return len(calls), 0, 0, 0
    if name == "test_bad_result":
        return (lambda s, errors="strict": b"no tuple", lambda b, errors="strict": ("x",), None, None)


codecs.register(search)
show("plain tuple codecs.encode", lambda: codecs.encode("ab", "test_plain_tuple"))
show("plain tuple str.encode", lambda: "ab".encode("test_plain_tuple"))
show("plain tuple bytes.decode", lambda: b"ab".decode("test_plain_tuple"))
show("not a tuple", lambda: codecs.lookup("test_not_a_tuple"))
show("three", lambda: codecs.lookup("test-three"))
first = codecs.lookup("test_counter")
print("cached", first == codecs.lookup("Test Counter"), first)
show("bad encoder result", lambda: codecs.encode("a", "test_bad_result"))
show("bad decoder result", lambda: codecs.decode(b"a", "test_bad_result"))
codecs.unregister(search)
show("unregistered", lambda: codecs.lookup("test_plain_tuple"))

show("encode encoding type", lambda: codecs.encode("a", 5))
show("encode errors type", lambda: codecs.encode("a", "utf-8", 5))
show("decode errors type", lambda: codecs.decode(b"a", "utf-8", 5))
show("encode note", lambda: codecs.encode("\xff", "ascii"))
show("transform note", lambda: codecs.encode(b"x", "rot13"))
show("unknown", lambda: codecs.decode(b"x", "no-such-codec"))

for name in ("ascii", "latin_1", "utf_8"):
    encode, decode = getattr(_codecs, name + "_encode"), getattr(_codecs, name + "_decode")
    show(f"{name} encode bytes", lambda: encode(b"abc"))
    show(f"{name} encode errors", lambda: encode("abc", 5))
    show(f"{name} decode list", lambda: decode([]))
    show(f"{name} decode str", lambda: decode("abc"))
    show(f"{name} decode errors", lambda: decode(b"", []))
    show(f"{name} decode array", lambda: decode(array.array("B", b"ab\xe9")))
    show(f"{name} decode memoryview", lambda: decode(memoryview(b"xyz")[1:]))
show("utf_8_decode partial", lambda: _codecs.utf_8_decode(b"a\xe2\x82", "strict", False))
show("utf_8_decode partial final", lambda: _codecs.utf_8_decode(b"a\xe2\x82", "strict", True))
show("unicode_escape array", lambda: _codecs.unicode_escape_decode(array.array("B", b"a\\n\xe9")))
show("raw_unicode_escape array", lambda: _codecs.raw_unicode_escape_decode(array.array("B", b"a\\u20ac")))

show("readbuffer str", lambda: _codecs.readbuffer_encode("ab\xe9"))
show("readbuffer bytes", lambda: _codecs.readbuffer_encode(b"abc", "x"))
show("readbuffer array", lambda: _codecs.readbuffer_encode(array.array("B", b"ab")))
show("readbuffer int", lambda: _codecs.readbuffer_encode(5))

show("charmap_build small", lambda: codecs.charmap_build("abc"))
show("charmap_build repeated", lambda: codecs.charmap_build("aaa"))
show("charmap_build unmapped", lambda: codecs.charmap_build("a\ufffec"))
show("charmap_build zero twice", lambda: codecs.charmap_build("\x00ab\x00"))
show("charmap_build astral", lambda: codecs.charmap_build("\x00\U00012345"))
full = codecs.charmap_build("".join(map(chr, range(256))))
print(type(full).__name__, type(full).__module__, full.size(), codecs.charmap_encode("abc", "strict", full))
show("charmap_build type", lambda: codecs.charmap_build(5))
show("charmap_encode str result unmappable", lambda: codecs.charmap_encode(
    "abcd", "test.x_result", {ord("a"): 1, ord("b"): None, ord("d"): 3, ord("X"): None}))
codecs.register_error("test.x_result", lambda exc: ("X", 3))
show("charmap_encode str result unmappable", lambda: codecs.charmap_encode(
    "abcd", "test.x_result", {ord("a"): 1, ord("b"): None, ord("d"): 3, ord("X"): None}))

print(sorted(name for name in dir(_codecs) if not name.startswith("__")))

import _codecs_tw, _codecs_jp, _codecs_kr, _codecs_cn
big5 = _codecs_tw.getcodec("big5")
print(type(big5).__name__, big5.encode(""), big5.encode("\u4e00"), big5.decode(b"\xa4@"), big5.encode(5))
show("big5 unencodable", lambda: big5.encode("\xff"))
print(big5.encode("\xff", "replace"), big5.decode(b"\xff", "replace"))
show("getcodec unknown", lambda: _codecs_tw.getcodec("__missing__"))
show("getcodec other module's", lambda: _codecs_tw.getcodec("shift_jis"))
show("getcodec type", lambda: _codecs_tw.getcodec(5))
print(_codecs_jp.getcodec("shift_jis").encode("\u3042"), _codecs_kr.getcodec("euc_kr").decode(b"\xb0\xa1"),
      _codecs_cn.getcodec("gbk").encode("\u4e2d"))

codecs.register(search)
show("str.encode bad result", lambda: "a".encode("test_bad_result"))
show("bytes.decode bad result", lambda: b"a".decode("test_bad_result"))


# an exception from a registered codec's function gets a note naming the codec, whichever way it was called
def raising_search(name):
    if name == "test_raising":
        def fail(*args):
            raise RuntimeError("inside the codec")
        return codecs.CodecInfo(fail, fail, name="test_raising")


codecs.register(raising_search)
for label, call in (("str.encode", lambda: "x".encode("test_raising")), ("bytes.decode", lambda: b"x".decode("test_raising")),
                    ("codecs.encode", lambda: codecs.encode("x", "test_raising")),
                    ("codecs.decode", lambda: codecs.decode(b"x", "test_raising"))):
    show(label, call)
