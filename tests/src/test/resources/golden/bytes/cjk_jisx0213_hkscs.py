# shift_jis_2004, shift_jisx0213 and big5hkscs: their tables where they differ from the plain codecs, sequences for
# a letter with a combining mark, and an incremental encoder holding such a letter back.
import codecs

for name in ["shift_jis_2004", "shift_jisx0213", "big5hkscs"]:
    print(name, codecs.lookup(name).name, codecs.lookup(name).streamwriter.__module__)
    for text in ["\\~¥‾", "か\u309aき", "か", "\u02e9\u02e5\u02e5\u02e9", "æ\u0300", "Ê\u0304Ê\u030cÊ", "俱𠮟𩸽", "\u4ff1\u9b1c\u9b1d",
                 "香港增補字符集 \u2574"]:
        try:
            data = text.encode(name)
            print(" ", ascii(text), data, data.decode(name) == text)
        except UnicodeEncodeError as e:
            print(" ", ascii(text), e.start, e.end, e.reason, text.encode(name, "replace"))
    for data in [b"\x5c\x7e", b"\x81\x5c\x81\x5f\x81\xb0", b"\x87\x9f", b"\xfc\x5a", b"\x88\x62\x88\x64", b"\x87\x7a",
                 b"\xa1\x5a\xa1\xc3", b"\x82\xf5", b"\x80", b"\xa0", b"\xfd", b"\x81"]:
        try:
            print(" ", data, ascii(data.decode(name)))
        except UnicodeDecodeError as e:
            print(" ", data, e.start, e.end, e.reason)
    encoder = codecs.getincrementalencoder(name)()
    steps = []
    for piece in ["か", "\u309a", "か", "a", "Ê", "\u0304", "\u02e9", "\u02e5", "\u02e9", ""]:
        try:
            steps.append((encoder.encode(piece), encoder.getstate()))
        except UnicodeEncodeError as e:
            steps.append(("error", e.start, e.end, encoder.getstate()))
    steps.append(encoder.encode("", True))
    print(" ", steps)
    encoder.encode("か")
    state = encoder.getstate()
    other = codecs.getincrementalencoder(name)()
    other.setstate(state)
    print(" ", hex(state), other.encode("\u309a", True) if name != "big5hkscs" else other.encode("", True))
    encoder.reset()
    print(" ", encoder.getstate(), encoder.encode("", True))
    decoder = codecs.getincrementaldecoder(name)()
    data = "か\u309a香港ｱ".encode(name, "ignore")
    print(" ", [decoder.decode(bytes([b])) for b in data], decoder.decode(b"", True))
