# Encoding names: CPython's normalization, aliases and CodecInfo names; files in these encodings; encodings modules.
import codecs
import encodings
import encodings.aliases
import os
import tempfile

names = ["cp1252", "windows-1252", "WINDOWS_1252", "1252", "latin2", "Latin-2", "ISO-8859-2", "iso_8859_2",
         "iso8859_15", "latin9", "L9", "koi8-r", "KOI8_U", "mac-roman", "macintosh", "macroman", "cp437", "IBM437",
         "437", "cp850", "850", "ebcdic-cp-us", "cp037", "ibm1140", "cp866", "866", "tis-620", "tis620", "thai",
         "greek", "hebrew", "arabic", "cyrillic", "iso-ir-144", "maccyrillic", "mac_greek", "cp1251", "windows_1251",
         "sjis", "shift-jis", "s_jis", "ms_kanji", "cp932", "ms932", "mskanji", "euc-jp", "eucjp", "ujis", "gbk", "936",
         "cp936", "ms936", "gb2312", "euc-cn", "chinese", "gb18030", "gb18030-2000", "big5", "big5-tw", "csbig5",
         "cp950", "ms950", "euc-kr", "euckr", "korean", "ks_c-5601-1987", "cp949", "uhc", "johab", "cp1361",
         "iso-2022-jp", "csiso2022jp", "iso2022_jp_2", "iso-2022-kr", "utf-8-sig", "utf_8_sig", "u8", "utf8", "UTF",
         "utf-16", "u16", "utf_32_be", "latin-1", "latin1", "l1", "ascii", "us-ascii", "646", " cp1252 ", "cp 1252",
         "cp-1252", "latin_2", "nonesuch", "cp65001", "kz1048", "rk1048", "pt154", "cp154", "cyrillic-asian"]
for name in names:
    try:
        info = codecs.lookup(name)
        print(repr(name), info.name, type(info).__name__)
    except LookupError as e:
        print(repr(name), "LookupError", e)

for name in [" Latin--1 ", "UTF-8", "x.y-z", "__a__b", "ISO 8859-1", "a\u00e9b", "", "--", "cp_1252", b"ab-c"]:
    print(repr(name), repr(encodings.normalize_encoding(name)))
aliases = encodings.aliases.aliases
print(len(aliases), sorted(aliases.items())[:5], aliases["latin2"], aliases["sjis"], aliases["u8"], aliases["windows_1251"])
print(sorted(set(aliases.values()))[:20])
print(encodings.search_function("latin2").name, encodings.search_function("nope"), encodings.search_function("SJIS"))

import encodings.cp1252
import encodings.koi8_r
import encodings.shift_jis
import encodings.utf_8_sig
print(encodings.cp1252.getregentry().name, encodings.cp1252.Codec().decode(b"\x80\x9f"), encodings.cp1252.Codec().encode("\u20ac"))
print(encodings.cp1252.decoding_table[0x80], repr(encodings.cp1252.decoding_table[0x81]), len(encodings.koi8_r.decoding_table))
print(encodings.shift_jis.getregentry().name, encodings.shift_jis.IncrementalDecoder().decode(b"\x93\xfa"))
print(encodings.cp1252.IncrementalEncoder, encodings.cp1252.Codec.__module__, encodings.cp1252.IncrementalDecoder.__name__)
print(issubclass(encodings.cp1252.Codec, codecs.Codec), issubclass(encodings.cp1252.IncrementalDecoder, codecs.IncrementalDecoder))

# utf-8-sig
print("x".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf_8_sig"), codecs.encode("", "utf-8-sig"))
decoder = codecs.getincrementaldecoder("utf-8-sig")()
print([decoder.decode(bytes([b])) for b in b"\xef\xbb\xbfa\xc3\xa9"], decoder.decode(b"", True))
decoder = codecs.getincrementaldecoder("utf-8-sig")()
print(repr(decoder.decode(b"\xef\xbb")))
try:
    decoder.decode(b"x", True)
except UnicodeDecodeError as e:
    print(e)
decoder = codecs.getincrementaldecoder("utf-8-sig")()
print(repr(decoder.decode(b"\xef")), repr(decoder.decode(b"\xbb\xbfz")), repr(decoder.decode(b"\xef\xbb\xbf", True)))
encoder = codecs.getincrementalencoder("utf-8-sig")()
print(encoder.encode("a"), encoder.encode("b"))
try:
    b"\xef\xbb\xbf\xff".decode("utf-8-sig")
except UnicodeDecodeError as e:
    print(e)

# files written and read in these encodings
directory = tempfile.mkdtemp()
for encoding, text in [("cp1252", "Café €5 – “ok”\nline 2\n"), ("cp1251", "Привет\nмир\n"), ("koi8_r", "Съешь же\n"),
                       ("cp437", "╔══╗ ±½\n"), ("mac_roman", "Ångström ƒ\n"), ("shift_jis", "日本語\nテキスト\n"),
                       ("euc_jp", "漢字かな\n"), ("gbk", "中文\r\n第二行\n"), ("big5", "繁體\n"), ("euc_kr", "한국어\n"),
                       ("utf-8-sig", "bom\n"), ("iso2022_jp", "日本語 text\n")]:
    path = os.path.join(directory, encoding + ".txt")
    with open(path, "w", encoding=encoding) as f:
        f.write(text)
    with open(path, "rb") as f:
        raw = f.read()
    with open(path, encoding=encoding) as f:
        lines = f.readlines()
    with open(path, encoding=encoding, newline="") as f:
        chunks = []
        while True:
            chunk = f.read(2)
            if not chunk:
                break
            chunks.append(chunk)
    print(encoding, raw, lines, "".join(chunks) == text.replace("\r\n", "\r\n"), f.encoding)
    os.remove(path)
path = os.path.join(directory, "bad.txt")
with open(path, "wb") as f:
    f.write(b"ok\x81\x8dend\n")
with open(path, encoding="cp1252", errors="replace") as f:
    print(ascii(f.read()))
with open(path, encoding="cp1252", errors="surrogateescape") as f:
    print(ascii(f.read()))
with open(path, encoding="cp1252") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(e)
try:
    with open(path, "w", encoding="cp1252") as f:
        f.write("\u0100")
except UnicodeEncodeError as e:
    print(e)
try:
    open(path, encoding="nonesuch")
except LookupError as e:
    print(e)
os.remove(path)
os.rmdir(directory)

# argument checks of the codec functions
print(str(b'\x80', 'cp1252'), bytearray("€", "cp1252"), bytes("€", "windows-1252"))
for call in [lambda: codecs.lookup("cp1252").encode(b"x"), lambda: codecs.lookup("cp1252").decode("x"),
             lambda: codecs.lookup("shift_jis").encode(1), lambda: codecs.lookup("cp1252").decode(1),
             lambda: codecs.getincrementaldecoder("cp1252")().decode("abc"),
             lambda: codecs.lookup("cp1252").decode(b"\x80", None), lambda: codecs.decode(b"\x80\x81", "cp1252", "ignore")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(codecs.lookup("cp1252") is codecs.lookup("cp1252"), codecs.lookup("CP1252").name)
import encodings.utf_8, encodings.latin_1, encodings.ascii, encodings.utf_16_le, encodings.unicode_escape
print(encodings.utf_8.getregentry().name, encodings.utf_8.encode("é"), encodings.utf_8.decode(b"\xc3\xa9"))
print(encodings.latin_1.getregentry().name, encodings.ascii.getregentry().name, encodings.utf_16_le.encode("a"))
print(encodings.unicode_escape.getregentry().name, encodings.utf_8.IncrementalDecoder().decode(b"\xc3"))
