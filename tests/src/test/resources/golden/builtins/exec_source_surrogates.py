# exec/eval/compile encode a str source to UTF-8 first: a lone surrogate is a UnicodeEncodeError
for s in (chr(0xD800), "x = 1 # \ud800", "\"\udc80\""):
    for f in (eval, exec, lambda s: compile(s, "f", "exec")):
        try:
            f(s)
        except Exception as e:
            print(type(e).__name__, e)
