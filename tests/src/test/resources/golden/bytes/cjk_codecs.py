# The CJK codecs of CPython's encodings package: round trips, errors, handlers and incremental decoding.
import codecs
import io

samples = {
    "shift_jis": "日本語のテキスト、カタカナ ｶﾀｶﾅ", "cp932": "日本語 ①Ⅱ ～￢ ＼ ｶﾅ", "euc_jp": "日本語のテキスト ｶﾅ",
    "gbk": "中文文本，简体字", "gb2312": "中文文本", "gb18030": "中文 € \U00020000 ḿ", "big5": "中文繁體字",
    "cp950": "中文繁體字 €", "euc_kr": "한국어 텍스트", "cp949": "한국어 똠방각하", "johab": "한국어",
    "iso2022_jp": "日本語とASCII", "iso2022_jp_2": "日本語 ÀÉ", "iso2022_kr": "한국어 text",
}
for name, text in samples.items():
    try:
        data = text.encode(name)
        print(name, data, data.decode(name) == text)
    except UnicodeError as e:
        print(name, type(e).__name__, e)

# the characters where the JDK's tables and CPython's differ
print("\u2015".encode("shift_jis"), b"\x81\x5c".decode("shift_jis"), "¥‾".encode("shift_jis"), "¥‾".encode("euc_jp"))
print(b"\x80\xa0\xfd\xfe\xff".decode("cp932"), "¢£¬‖−〜￢".encode("cp932"), "ⅰⅱ".encode("cp932"))
print(b"\xa1\x5a\xa1\xfe\xa2\x40\xa1\xc3\xa1\xc5".decode("big5"), "／＼".encode("big5"))
print(b"\xc6\xa1\xc6\xa2".decode("cp950"), "ヾ¢£¥•".encode("cp950"), "═╞╡╪".encode("cp950"))
print(b"\x84\x41\x84\x42".decode("johab"), "\u3000ㄱㄲ".encode("johab"))
print(b"\xa6\xd9\xa8\xbc".decode("gb18030") == "\ue78d\ue7c7", "ḿ\ufe10".encode("gb18030"))
print(b"\xa8\x92".decode("gbk"), ascii(b"\xa2\xe3\xa1\x40".decode("gbk", "replace")), ascii(b"\xc9\xa1".decode("cp949", "replace")))

# errors: illegal and incomplete multibyte sequences
for data, name in [(b"\x81 ", "shift_jis"), (b"ab\x81", "shift_jis"), (b"\xff", "shift_jis"), (b"\x85\x40", "big5"),
                   (b"x\xa1", "euc_kr"), (b"\xa1 ", "gbk"), (b"\x81", "gb18030"), (b"\xa2\xe8", "euc_kr"),
                   (b"\x80\x41", "cp949"), (b"\x1b$Bxx\x81", "iso2022_jp")]:
    try:
        print(data.decode(name))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.encoding, e.object, e.start, e.end, e.reason)
for text, name in [("a€b", "shift_jis"), ("x\u0100y", "big5"), ("한", "gbk"), ("\U0001f600", "euc_jp"), ("\ud800", "gbk")]:
    try:
        text.encode(name)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.encoding, ascii(e.object), e.start, e.end, e.reason)

# error handlers
for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(errors, ascii(b"a\x81 b\x85\x40c\x81".decode("shift_jis", errors)), ascii(b"\xa1 x\xff".decode("gbk", errors)))
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(errors, "日€本\u0100語".encode("shift_jis", errors), "中€\U0001f600".encode("big5", errors))
print("a\udc81\udcfe".encode("gbk", "surrogateescape"))
codecs.register_error("test.cjk", lambda e: ("<%s:%d:%d>" % (e.encoding, e.start, e.end), e.end))
print(b"\x93\xfa\x81 \x96{".decode("shift_jis", "test.cjk"), "日€本".encode("euc_jp", "test.cjk"))
codecs.register_error("test.cjk.bytes", lambda e: (b"\x81\x48", e.end))
print("日€本".encode("shift_jis", "test.cjk.bytes"))

# incremental decoding: every way to split the input, multibyte characters cut in the middle
for name in ["shift_jis", "euc_jp", "gbk", "gb18030", "big5", "euc_kr", "cp949", "cp932", "cp950"]:
    text = samples[name]
    data = text.encode(name)
    ok = True
    for cut in range(len(data) + 1):
        decoder = codecs.getincrementaldecoder(name)()
        if decoder.decode(data[:cut]) + decoder.decode(data[cut:], final=True) != text:
            ok = False
    decoder = codecs.getincrementaldecoder(name)()
    pieces = [decoder.decode(data[i:i + 1]) for i in range(len(data))]
    print(name, ok, pieces[:6], decoder.getstate())
decoder = codecs.getincrementaldecoder("shift_jis")()
print(repr(decoder.decode(b"\x93")), decoder.getstate())
try:
    decoder.decode(b"", final=True)
except UnicodeDecodeError as e:
    print(e)
decoder = codecs.getincrementaldecoder("big5")("replace")
print(repr(decoder.decode(b"\xa4")), repr(decoder.decode(b"\xa4\xa4", final=True)))

# text streams read in small chunks
for name in ["shift_jis", "gbk", "big5", "euc_kr"]:
    raw = ("一行目 " + samples[name] + "\n" * 1 + samples[name] * 3 + "\n").encode(name)
    stream = io.TextIOWrapper(io.BytesIO(raw), encoding=name)
    print(name, stream.read(3), stream.readline() == " " + samples[name] + "\n", stream.read(5), len(stream.read()))
print(codecs.lookup("sjis").name, codecs.lookup("csbig5").name, codecs.lookup("ks_c_5601").name, codecs.lookup("936").name)
# CPython notes the codec on what a codec of the registry raises
for call in [lambda: "a€".encode("GBK"), lambda: b"\x81".decode("Shift-JIS"), lambda: b"\x81".decode("cp1252"),
             lambda: "\u0100".encode("windows-1252", "nosuchhandler")]:
    try:
        call()
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e.__notes__)
