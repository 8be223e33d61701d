# unicodedata.ucd_3_2_0: the Unicode 3.2.0 database (IDNA and stringprep use it), and the UCD type.
import unicodedata

o = unicodedata.ucd_3_2_0


def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


print(type(o), type(o).__module__, type(o).__name__, unicodedata.UCD, isinstance(o, unicodedata.UCD))
print(o.unidata_version, unicodedata.unidata_version)
print(sorted(name for name in dir(o) if not name.startswith("_")))
attempt("UCD()", lambda: unicodedata.UCD())

# characters assigned after 3.2.0 are unassigned there; digit() is 15.0's, as in CPython
for ch in ["\u0221", "\u20ac", "\u0860", "\U0001F600", "\u9fa6", "\u0aef", "\U00011066", "\u2adc", "\uffff"]:
    print(hex(ord(ch)), o.category(ch), repr(o.bidirectional(ch)), o.east_asian_width(ch), o.mirrored(ch),
          o.combining(ch), repr(o.decomposition(ch)), o.decimal(ch, None), o.digit(ch, None), o.numeric(ch, None),
          o.name(ch, None), "|", unicodedata.category(ch), unicodedata.name(ch, None))

# properties that changed after 3.2.0
for ch in ["\u231a", "\u0f3a", "+", "-", "/", "\u00a7", "\u00aa", "\u1806", "\u2064", "\u0660", "\u19da", "\u3000",
           "\u00b2", "\u2160", "\u1b50", "\U0001d7ce", "\u200b", "\u2028"]:
    print(hex(ord(ch)), [o.category(ch), o.bidirectional(ch), o.east_asian_width(ch), o.mirrored(ch),
                         o.decimal(ch, None), o.numeric(ch, None)],
          [unicodedata.category(ch), unicodedata.bidirectional(ch), unicodedata.east_asian_width(ch),
           unicodedata.mirrored(ch), unicodedata.decimal(ch, None), unicodedata.numeric(ch, None)])

print(o.decomposition("\u3301"), "|", o.decomposition("\uf951"), "|", o.decomposition("\U0002f868"))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    samples = ["e\u0301\u0221", "\u1e9b\u0323", "\U000110a5\U000110ba", "\U00011099\U000110ba", "\u2adc\u0338",
               "\ufa70\uf951\U0002f868\U0002f874\U0002f91f\U0002f95f\U0002f9bf", "\u1100\u1161\u11a8", "\u3301",
               "\ufb01", "\u0344\u0958"]
    print(form, [ascii(o.normalize(form, s)) for s in samples])
    print("  ", [o.is_normalized(form, s) for s in samples], [ascii(unicodedata.normalize(form, s)) for s in samples[5:6]])

for name in ["SNOWMAN", "snowman", "LATIN SMALL LETTER A", "LATIN CAPITAL LETTER GHA", "LATIN SMALL LETTER D WITH CURL",
             "CJK UNIFIED IDEOGRAPH-9FA5", "CJK UNIFIED IDEOGRAPH-9FA6", "HANGUL SYLLABLE GAG", "VS1", "NUL",
             "GRINNING FACE", "EURO SIGN"]:
    attempt(f"lookup({name!r})", lambda: o.lookup(name))
attempt("name unassigned", lambda: o.name("\u0221"))
attempt("decimal unassigned", lambda: o.decimal("\u0221"))
attempt("digit", lambda: o.digit("x"))
attempt("numeric", lambda: o.numeric("x"))
attempt("category('ab')", lambda: o.category("ab"))
attempt("category(1)", lambda: o.category(1))
attempt("name(1)", lambda: o.name(1))
attempt("normalize('XX')", lambda: o.normalize("XX", "a"))
attempt("normalize(1)", lambda: o.normalize("NFC", 1))
attempt("lookup(1)", lambda: o.lookup(1))

counts = {}
for cp in range(0x30000):
    key = (o.category(chr(cp)) == "Cn", unicodedata.category(chr(cp)) == "Cn")
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
