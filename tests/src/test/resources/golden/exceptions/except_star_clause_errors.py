# except*: a bad clause class is raised with the exception being handled as context; break/continue/return in
# an except* clause is that SyntaxError even outside a loop or function
for cls in [int, ExceptionGroup, (ValueError, ExceptionGroup), (int,)]:
    try:
        try:
            1/0
        except* cls:
            pass
    except TypeError as e:
        print(e, repr(e.__context__))
for kw in "return break continue".split():
    src = f"""\
def f(x):
    try:
        pass
    except* TypeError:
        {kw}
"""
    try:
        exec(src)
    except SyntaxError as e:
        print(e, e.lineno, e.offset)
for src in ["try:\n    pass\nexcept* TypeError:\n    break\n", "try:\n    pass\nexcept* TypeError:\n    for i in []:\n        break\n"]:
    try:
        compile(src, "s", "exec"); print("compiled")
    except SyntaxError as e:
        print(e)
