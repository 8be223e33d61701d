import warnings
srcs = ['x = "a\\d"', 'x = """\nab\n\\d"""', 'x = b"\\q"', 'x = "\\777"', 'x = f"{1}\\d"', "1if 1else 0", "0b1and 1", "0o7or 1", "1.5in[1]", "1_0is 1", "x = 1 is not 'a'", "assert ()", "assert (1,)", "x[1] is ()", "x is -1", "print(1 is (1,2))", "x = {1}[0]", "x = (1,2)['a']", "x = 'abc'[1.0]", "x = None[1]", "x = f'{1}'[1.5]", "x = (lambda: 1)[1]", "x = [1,2][1:2]", "x=1\nx = [1][x, 2]", "x = 1()", "x = [1]()", "x = f'a'()", "x = (i for i in [])()", "None()", "...()"]
for src in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "fn", "exec")
        except SyntaxError as e:
            print("SE", e)
    print(repr(src), [(str(x.message), x.category.__name__, x.filename, x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ['x = "a\\d"', "x is 1", "1if 1else 0"]:
        try:
            compile(src, "fn", "exec")
        except SyntaxError as e:
            print("SE", e, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
print("top level: \d", 0x1for x in [2])
assert (1, "always")
