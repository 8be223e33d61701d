import re, warnings
warnings.simplefilter("always")
for p in ["[[a]", "[^[a]", "[a[]", "[]--]", "[a-]", "[a--]", "[-a--b]", r"[\[[]", "(?x)#[[\n[[a]", "(?#[[)[a]", "[a&&&b]", "[a||b&&c]", r"[\d--x]", "[a-z--b]", "[[:alpha:]]", "[a-b-c]", "[--a]", "[a~~]", "a&&b", "[&&]"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try: re.compile(p)
        except re.error as e: print("error", e)
    print(p, [(str(x.message), x.category.__name__, x.filename == __file__) for x in w])
re.match("[[z]", "[")
