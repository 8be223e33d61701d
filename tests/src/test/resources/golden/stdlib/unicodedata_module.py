# unicodedata: names and lookup, the character properties, decomposition, normalization, and their errors.
import unicodedata


def attempt(label, f):
    try:
        print(label, "->", ascii(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print(unicodedata.unidata_version)
samples = "A\u00e9\u0301\u00bd\u00b2\u0663\u4e00\uac00\u2126\ufb01\u00a0\u200f(\u05d0\u0627\U0001F600\u3000\uff21\u2460\u216b" \
          "\u0f73\u1e9b\U0001D400\u0000\x7f\ue000\U00010FFFF\u0378\u2028\u0300\u20ac\u0e3f\u0966\u2155\U0001F10C\u3405\U00020000"
for ch in samples:
    print("U+%04X" % ord(ch), unicodedata.name(ch, None), unicodedata.category(ch), ascii(unicodedata.bidirectional(ch)),
          unicodedata.combining(ch), unicodedata.east_asian_width(ch), unicodedata.mirrored(ch),
          unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None),
          ascii(unicodedata.decomposition(ch)))

# Lookup by name, alias, in any case (but the algorithmic names only in capitals).
for name in ["LATIN SMALL LETTER A", "latin small letter a", "Latin Capital Letter E With Acute", "GRINNING FACE",
             "SHAKING FACE", "HANGUL SYLLABLE GAG", "hangul syllable gag", "CJK UNIFIED IDEOGRAPH-4E00",
             "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-2B739", "CJK COMPATIBILITY IDEOGRAPH-F900",
             "TANGUT IDEOGRAPH-17000", "TANGUT COMPONENT-001", "NUSHU CHARACTER-1B170", "LATIN CAPITAL LETTER GHA",
             "NULL", "LINE FEED", "CARRIAGE RETURN", "LINE FEED (LF)", "VS1", "VS17", "VS256", "VS257", "VS0",
             "no such thing", "", "x" * 300]:
    attempt(f"lookup {name[:40]!r}", lambda: unicodedata.lookup(name))
attempt("lookup bytes", lambda: unicodedata.lookup(b"DIGIT ONE"))
attempt("lookup int", lambda: unicodedata.lookup(5))
print(all(unicodedata.lookup(unicodedata.name(chr(cp))) == chr(cp) for cp in range(0x20, 0x3000) if unicodedata.name(chr(cp), None)))

# Errors and defaults.
attempt("name none", lambda: unicodedata.name("\x00"))
attempt("name default", lambda: unicodedata.name("\x00", "dflt"))
attempt("name unassigned", lambda: unicodedata.name("\u0378"))
attempt("name two chars", lambda: unicodedata.name("ab"))
attempt("name int", lambda: unicodedata.name(65))
attempt("name empty", lambda: unicodedata.name(""))
attempt("category two chars", lambda: unicodedata.category("ab"))
attempt("category bytes", lambda: unicodedata.category(b"a"))
attempt("bidirectional int", lambda: unicodedata.bidirectional(1))
attempt("combining", lambda: unicodedata.combining(""))
attempt("mirrored", lambda: unicodedata.mirrored(None))
attempt("east_asian_width", lambda: unicodedata.east_asian_width("xy"))
attempt("decomposition", lambda: unicodedata.decomposition(3.0))
attempt("decimal", lambda: unicodedata.decimal("x"))
attempt("decimal default", lambda: unicodedata.decimal("x", -1))
attempt("decimal superscript", lambda: unicodedata.decimal("\u00b2"))
attempt("digit", lambda: unicodedata.digit("\u00bd"))
attempt("digit superscript", lambda: unicodedata.digit("\u00b2"))
attempt("numeric", lambda: unicodedata.numeric("x"))
attempt("numeric default", lambda: unicodedata.numeric("x", None))
attempt("numeric fraction", lambda: unicodedata.numeric("\u2155"))
attempt("numeric ideograph", lambda: unicodedata.numeric("\u842c"))
attempt("decimal two chars", lambda: unicodedata.decimal("12"))

# Normalization.
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    for text in ["e\u0301", "\u00e9", "\ufb01", "\u1e9b\u0323", "\uac00", "\u1100\u1161\u11a8", "\u2126", "A\u030a",
                 "\u00c5\u0327", "\u2460\uff21", "\u0f73", "\u3099\u304b\u3099", "\ud800x\u0301", "caf\u00e9 na\u00efve", ""]:
        result = unicodedata.normalize(form, text)
        print(form, ascii(text), ascii(result), unicodedata.is_normalized(form, text), unicodedata.is_normalized(form, result))
attempt("bad form", lambda: unicodedata.normalize("NFX", "a"))
attempt("lowercase form", lambda: unicodedata.normalize("nfc", "a"))
attempt("form int", lambda: unicodedata.normalize(1, "a"))
attempt("text int", lambda: unicodedata.normalize("NFC", 1))
attempt("is_normalized bad form", lambda: unicodedata.is_normalized("NFX", "a"))
attempt("is_normalized text bytes", lambda: unicodedata.is_normalized("NFC", b"a"))
attempt("text None", lambda: unicodedata.normalize("NFC", None))

# A common use: stripping accents.
text = "Cr\u00e8me Br\u00fbl\u00e9e \u00e0 la fran\u00e7aise, \u00c5ngstr\u00f6m"
print("".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)))
print(sum(1 for cp in range(0x110000) if unicodedata.category(chr(cp)) == "Lu"),
      sum(1 for cp in range(0x10000) if unicodedata.east_asian_width(chr(cp)) == "W"),
      sum(unicodedata.mirrored(chr(cp)) for cp in range(0x110000)),
      sum(1 for cp in range(0x110000) if unicodedata.decomposition(chr(cp))))
