# The incremental classes of the CJK codecs (_multibytecodec): pending bytes across calls, getstate/setstate,
# reset, error handlers and their positions, and the state of the ISO-2022 and hz codecs.
import codecs
import _multibytecodec

samples = {
    "gbk": "你好，世界！abc中文", "gb2312": "中华人民共和国 abc", "gb18030": "中文€\U0001f600 xyz ḿ",
    "big5": "中文繁體字 abc", "cp950": "中文繁體字 €", "shift_jis": "こんにちは、世界 ｱｲｳ abc",
    "cp932": "こんにちは①②～", "euc_jp": "こんにちは、日本語 ｱ abc", "euc_kr": "안녕하세요 abc",
    "cp949": "안녕하세요 똠", "johab": "안녕 abc", "iso2022_jp": "aこんにちはb¥x日本", "iso2022_jp_1": "a日本é語b¥",
    "iso2022_jp_2": "a你好bé日本한국", "iso2022_jp_ext": "aｱｲ日本b", "iso2022_kr": "a안녕b하세요\nc", "hz": "a你好~b世界",
}
print([name for name in dir(_multibytecodec) if not name.startswith("_")])
print(codecs.getincrementaldecoder("gbk").__mro__)
print(codecs.getincrementalencoder("iso2022_jp").__mro__)

for name, text in samples.items():
    data = text.encode(name)
    # decoding split at every byte position, and the state at the split
    results, states = [], set()
    for i in range(len(data) + 1):
        decoder = codecs.getincrementaldecoder(name)()
        first = decoder.decode(data[:i])
        states.add(decoder.getstate())
        results.append(first + decoder.decode(data[i:], final=True) == text)
    print(name, data, results.count(True), len(results), sorted(states)[:6])
    # one byte at a time
    decoder = codecs.getincrementaldecoder(name)()
    pieces = [decoder.decode(bytes([b])) for b in data]
    print(" bytewise", pieces, decoder.decode(b"", True))
    # a decoder's state handed to another
    decoder = codecs.getincrementaldecoder(name)()
    half = len(data) // 2 + 1
    first = decoder.decode(data[:half])
    state = decoder.getstate()
    other = codecs.getincrementaldecoder(name)()
    other.setstate(state)
    print(" setstate", state, first + other.decode(data[half:], True) == text)
    decoder.reset()
    print(" reset", decoder.getstate())
    # encoding a character at a time: escapes and shifts only where the mode changes
    encoder = codecs.getincrementalencoder(name)()
    parts, encoder_states = [], []
    for c in text:
        parts.append(encoder.encode(c))
        encoder_states.append(encoder.getstate())
    parts.append(encoder.encode("", final=True))
    print(" encode", parts, b"".join(parts) == data, [hex(s) for s in encoder_states])
    print(" encoder state after final", hex(encoder.getstate()))

# the ISO-2022 encoder's state: taken, set, reset (which drops what it would write)
encoder = codecs.getincrementalencoder("iso2022_jp")()
print(encoder.encode("日本"), hex(encoder.getstate()))
state = encoder.getstate()
encoder.reset()
print(hex(encoder.getstate()), encoder.encode("a"))
encoder.setstate(state)
print(encoder.encode("語a"), encoder.encode("本", True), encoder.encode("", True))
encoder = codecs.getincrementalencoder("iso2022_kr")()
print(encoder.encode("가"), hex(encoder.getstate()))
encoder.reset()
print(hex(encoder.getstate()), encoder.encode("나"), encoder.encode("\n", True))
encoder = codecs.getincrementalencoder("hz")()
print(encoder.encode("中"), encoder.getstate(), encoder.encode("~"), encoder.encode("文", True))

# the ISO-2022 decoder's state: the designations (G0, G1, G2) and the shift
decoder = codecs.getincrementaldecoder("iso2022_jp_2")()
for chunk in [b"\x1b$B", b"F|", b"\x1b", b"$(D", b"+1", b"\x1b.A", b"\x1bN", b"i", b"\x1b(B", b"x"]:
    print(repr(decoder.decode(chunk)), decoder.getstate())
decoder = codecs.getincrementaldecoder("iso2022_kr")()
for chunk in [b"\x1b$)C", b"\x0e", b"0!", b"0", b"!\n", b"0!", b"\x0e0!\x0f", b"a"]:
    print(repr(decoder.decode(chunk)), decoder.getstate())
decoder = codecs.getincrementaldecoder("hz")()
for chunk in [b"~", b"{", b"VP", b"N", b"D~", b"}a~", b"~", b"~\n", b"b"]:
    print(repr(decoder.decode(chunk)), decoder.getstate())


def show(function):
    try:
        print(" ->", repr(function()))
    except Exception as e:
        print(" !!", type(e).__name__, e, getattr(e, "start", None), getattr(e, "end", None), getattr(e, "object", None))


seen = []


def handler(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.object, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeDecodeError):
        return "<%d:%d>" % (exc.start, exc.end), exc.end
    return "?", exc.end


codecs.register_error("cjk.test", handler)
bad_inputs = [("gbk", b"a\x80b\xc4\xe3\xff\xc4"), ("shift_jis", b"a\xa0\x82\xa0\x82"), ("euc_jp", b"\xa4\xa2\xff\xa4"),
              ("big5", b"\xa4\x40\xff\xa4"), ("euc_kr", b"\xb0\xa1\xff\xb0"), ("iso2022_jp", b"\x1b$B$\"\x1b(Z$"),
              ("cp949", b"\xb0\xa1\x80\xb0"), ("hz", b"~{VP~x~"), ("iso2022_jp", b"\x1b$B$\"\x80!\x1bx(B")]
for name, bad in bad_inputs:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "cjk.test"]:
        print(name, errors)
        decoder = codecs.getincrementaldecoder(name)(errors)
        for i in range(0, len(bad), 2):
            show(lambda: decoder.decode(bad[i:i + 2]))
        show(lambda: decoder.decode(b"", True))
        show(lambda: decoder.getstate())
print(seen)
seen.clear()
for name in ["gbk", "shift_jis", "iso2022_jp", "euc_kr", "iso2022_kr", "big5", "hz"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "cjk.test"]:
        encoder = codecs.getincrementalencoder(name)(errors)
        print(name, errors)
        show(lambda: encoder.encode("a\u20acb"))
        show(lambda: encoder.encode("\U0001f600"))
        show(lambda: encoder.encode("中", True))
print(seen)

# arguments and limits
decoder = codecs.getincrementaldecoder("gbk")()
print(decoder.errors)
decoder.errors = "replace"
print(decoder.errors, repr(decoder.decode(b"\xff")))
show(lambda: setattr(decoder, "errors", 3))
show(lambda: codecs.getincrementaldecoder("gbk")(errors=3))
show(lambda: codecs.getincrementaldecoder("gbk")(None))
show(lambda: decoder.setstate((b"123456789", 0)))
show(lambda: decoder.setstate([b"", 0]))
show(lambda: decoder.setstate(("", 0)))
show(lambda: decoder.setstate((b"", -1)))
show(lambda: decoder.decode("abc"))
show(lambda: codecs.getincrementaldecoder("gb18030")().decode(b"\x81\x30\x81"))
show(lambda: codecs.getincrementalencoder("gbk")().encode(12))
show(lambda: codecs.getincrementalencoder("gbk")().setstate(-1))
show(lambda: codecs.getincrementalencoder("gbk")().setstate("x"))
encoder = codecs.getincrementalencoder("iso2022_jp")()
show(lambda: encoder.encode("日本ｱ"))
show(lambda: encoder.getstate())
# iterdecode / iterencode
print("".join(codecs.iterdecode([b"\x1b$B", b"F", b"|", b"K\\", b"\x1b(", b"Ba"], "iso2022_jp")))
print(b"".join(codecs.iterencode(["日", "本", "a", "語"], "iso2022_jp")))
print(list(codecs.iterdecode([bytes([b]) for b in "中文".encode("gb18030")], "gb18030")))
