# The stateful CJK codecs (the ISO-2022 family and hz) encoding and decoding whole inputs, their escape sequences
# and errors; and the charmap codecs cp720, hp_roman8 and koi8_t.
import codecs

for name in ["iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_ext", "iso2022_kr", "hz"]:
    print(name, codecs.lookup(name).name, codecs.lookup(name).incrementalencoder.__module__)
    for text in ["abc", "日本語", "a日b本", "¥‾~\\", "ｱｲｳ", "é中한", "Ωα", "你好~世界", "가나\n다", "\u2015\u2014", "\u3164"]:
        try:
            data = text.encode(name)
            print(" ", repr(text), data, data.decode(name) == text)
        except UnicodeEncodeError as e:
            print(" ", repr(text), e.start, e.end, e.reason, repr(text.encode(name, "backslashreplace")))

# decoding: designations, shifts, single shifts (ISO-2022-JP-2's G2), unknown escapes passed through, errors
cases = [
    ("iso2022_jp", b"\x1b$@F|\x1b(J\\~\x1b(Bx"), ("iso2022_jp", b"\x1b&@\x1b$BF|\x1b(B"), ("iso2022_jp", b"\x1b(I1"),
    ("iso2022_jp_ext", b"\x1b(I123\x1b(B"), ("iso2022_jp_1", b"\x1b$(D+1\x1b(B"), ("iso2022_jp", b"\x1b$(D+1"),
    ("iso2022_jp_2", b"\x1b.A\x1bNi\x1b.F\x1bNa\x1bN\xe1"), ("iso2022_jp_2", b"\x1bNi"), ("iso2022_jp_2", b"\x1b$A:C\x1b$(C0!"),
    ("iso2022_jp_2", b"\x1b$)C\x0e0!"), ("iso2022_kr", b"\x0e0!"), ("iso2022_kr", b"\x1b$)C\x0e0!\n0!\x0e0!\x0f0!"),
    ("iso2022_jp", b"\x1bx\x1b$B"), ("iso2022_jp", b"\x1b$B \x21"), ("iso2022_jp", b"\x1b$B\x7f"),
    ("iso2022_jp", b"\x1b$B$\"\x80"), ("iso2022_jp", b"\x1b$B$\"\n$\""), ("iso2022_jp", b"\x1b$B$"), ("iso2022_jp", b"\x1b"),
    ("iso2022_jp", b"\x1b$"), ("iso2022_jp", b"\x1b(Q"), ("iso2022_jp", b"\x1b" + b"(" * 20), ("iso2022_kr", b"\x1b$)C\x0e\x7f"),
    ("hz", b"~{VPND~}abc~~~\nd"), ("hz", b"~{VP"), ("hz", b"~{V"), ("hz", b"~x"), ("hz", b"~}"), ("hz", b"~{~~"),
    ("hz", b"\x80"), ("hz", b"~{\xd6\xd0"), ("hz", b"~"), ("hz", b"~{!!~}"),
]
for name, data in cases:
    for errors in ["strict", "replace", "backslashreplace"]:
        try:
            print(name, data, errors, repr(data.decode(name, errors)))
        except UnicodeDecodeError as e:
            print(name, data, errors, e.start, e.end, e.reason)

# the charmap codecs: every byte, and how many BMP characters encode
for name in ["cp720", "hp_roman8", "koi8_t"]:
    text = bytes(range(256)).decode(name, "replace")
    print(name, codecs.lookup(name).name, ascii(text[128:]))
    count = 0
    for cp in range(0x10000):
        try:
            chr(cp).encode(name)
            count += 1
        except UnicodeEncodeError:
            pass
    print(" ", count, "€ÀЖ".encode(name, "replace"), bytes(range(256)).decode(name, "ignore").encode(name)[128:])
    try:
        b"\xff\x88".decode(name)
    except UnicodeDecodeError as e:
        print(" ", e)

# a registered handler's position out of range
codecs.register_error("cjk.far", lambda e: ("", 2 ** 63))
codecs.register_error("cjk.end", lambda e: ("", 2 ** 63 - 1))
for name, handler in [("utf-8", "cjk.far"), ("hz", "cjk.end"), ("utf-8", "cjk.end")]:
    try:
        b"abc\xdd".decode(name, handler)
    except (IndexError, OverflowError) as e:
        print(name, handler, type(e).__name__, e)
