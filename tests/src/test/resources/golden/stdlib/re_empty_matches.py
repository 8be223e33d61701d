import re
for p, s in [("|a", "a"), ("(|a)", "aa"), ("a??", "aa"), ("(?:|a)*?", "aa"), ("x*|a", "ab"), (r"\b|a", "ab"), ("^|a", "ab"), ("$|\n", "a\n"), ("(?=a)|a", "aa"), ("|ab", "abab"), ("", "ab")]:
    print(repr(p), re.findall(p, s), re.sub(p, "-", s), re.split(p, s), [m.span() for m in re.finditer(p, s)])
    sc = re.compile(p).scanner(s); print([sc.search() for _ in range(4)])
    sc = re.compile(p).scanner(s); print([sc.match() for _ in range(3)])
