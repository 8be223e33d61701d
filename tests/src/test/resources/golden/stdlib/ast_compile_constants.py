# Compiling ast trees: Constant(None) and every other constant kind, trees without end positions.
import ast
source = "def f():\n    value = None\n    raise AssertionError\n"
tree = ast.parse(source, "<x>")
for node in ast.walk(tree):
    if hasattr(node, "end_lineno"):
        node.end_lineno = None
        node.end_col_offset = None
ns = {}
exec(compile(tree, "<x>", "exec"), ns)
try:
    ns["f"]()
except AssertionError as e:
    import traceback
    print(traceback.TracebackException(type(e), e, e.__traceback__).stack[-1].name)
tree2 = ast.Module([ast.Expr(ast.Constant(value=None, lineno=1, col_offset=0))], [])
print(eval(compile(ast.Expression(ast.Constant(None, lineno=1, col_offset=0)), "<y>", "eval")))
for value in (None, True, False, ..., 1, 2.5, 3j, "s", b"b", 10**30):
    print(repr(eval(compile(ast.Expression(ast.Constant(value, lineno=1, col_offset=0)), "<c>", "eval"))))
try:
    compile(ast.Expression(ast.Constant([1], lineno=1, col_offset=0)), "<c>", "eval")
except TypeError as e:
    print("TypeError:", e)
