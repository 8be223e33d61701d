# \N{...} escapes and unicodedata.lookup accept every kind of name alias (corrections, control names, alternates,
# figments, abbreviations), in any case; named sequences and Unicode 1.0 names are not names.
import unicodedata

names = ["BYTE ORDER MARK", "ZWNBSP", "LINE FEED", "LF", "NULL", "NUL", "ESCAPE", "DELETE", "NBSP", "ZWJ", "SHY",
         "LATIN CAPITAL LETTER GHA", "VS1", "VARIATION SELECTOR-17", "PARTIAL LINE FORWARD", "SINGLE SHIFT TWO",
         "weierstrass elliptic function", "byte order mark", "LINE FEED (LF)", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"]
for name in names:
    try:
        print(name, "->", ascii(unicodedata.lookup(name)), ascii(eval('"\\N{' + name + '}"')))
    except KeyError as e:
        print(name, "-> KeyError", e)
    except SyntaxError as e:
        print(name, "-> SyntaxError", e.msg)
print(ascii("\N{BYTE ORDER MARK}\N{nbsp}\N{LF}"), ascii(b"\\N{ZWSP}".decode("unicode_escape")))
print(unicodedata.name("\ufeff"), unicodedata.name("\x0a", "no name"))
print(ascii(unicodedata.lookup("KEYCAP DIGIT ZERO")), ascii(unicodedata.lookup("latin capital letter a with macron and grave")))
try:
    unicodedata.ucd_3_2_0.lookup("KEYCAP DIGIT ZERO")
except KeyError as e:
    print("KeyError", e)
