print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnewline\n"))
print(repr("\x00\x7f\u00e9\u4e2d\U0001f600"), repr("back\\slash"))
print("a\tb", "c\\d", "e\x41", "\u0042", "\N{GREEK SMALL LETTER ALPHA}" if False else "alpha")
print(r"raw\nstring", len(r"\n"), len("\n"))
print("""triple
quoted""", '''also
works''')
s = "multi" \
    "part" " implicit"
print(s)
print(str(123), str([1, "a"]), repr([1, "a"]), str(("x",)), repr({"k": 'v'}))
print(ascii("naïve ☃"), ord("a"), chr(97), chr(0x263A))
print(len("😀"), "😀"[0] == "😀", [c for c in "ab😀"])
