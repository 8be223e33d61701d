import ast

tree = ast.parse('x = 6 * 7\nprint("x is", x)\ndef f(a, *, b=2):\n    return a + b\nprint(f(1), [i * i for i in range(4)])')
exec(compile(tree, '<ast>', 'exec'))
print(eval(compile(ast.parse('1 + 2 * 3', mode='eval'), '<ast>', 'eval')))


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


tree = Doubler().visit(ast.parse('print(1 + 2, "s", 10)'))
exec(compile(tree, '<ast>', 'exec'))

# a tree built by hand
call = ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built'), ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10))], [])
module = ast.Module([ast.Expr(call)], [])
ast.fix_missing_locations(module)
exec(compile(module, 'built.py', 'exec'))
print(type(compile(module, 'built.py', 'exec')).__name__)
ns = {}
exec(compile(ast.parse('import math\nr = math.sqrt(16)\nclass C:\n    y = 3\n'), '<ast>', 'exec'), ns)
print(ns['r'], ns['C'].y)

for bad in [ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []),
            ast.Module([ast.Expr()], []),
            ast.Module([ast.Expr(ast.Constant(1), lineno=1, col_offset=0)]),
            ast.Expression(ast.Constant(1))]:
    try:
        compile(bad, '<ast>', 'exec')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    exec(compile(ast.fix_missing_locations(ast.parse('1 / 0')), '<ast>', 'exec'))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

# malformed trees
cases = [
    ast.Module([ast.Expr(ast.Name('x', ast.Store()))], []),
    ast.Module([ast.Assign([ast.Name('x', ast.Load())], ast.Constant(1))], []),
    ast.Module([ast.Delete([ast.Name('x', ast.Load())])], []),
    ast.Module([ast.Assign([ast.Tuple([ast.Name('a', ast.Store()), ast.Starred(ast.Name('b', ast.Load()), ast.Store())], ast.Store())], ast.Constant(1))], []),
    ast.Module([ast.Expr(ast.Constant([1]))], []),
    ast.Module([ast.Expr(ast.Pass())], []),
    ast.Module([ast.Expr(ast.Name(3, ast.Load()))], []),
    ast.Module([ast.Expr(ast.Constant('s', kind=3))], []),
    ast.Module([ast.Return(ast.Constant(1))], []),
    ast.Module([ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant(1)], None))], []),
    ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Add, ast.Constant(2)))], []),
    ast.Module([ast.Expr(ast.Name('x'))], []),
    ast.Module([ast.Expr(ast.Constant(2**70))], []),
]
for m in cases:
    try:
        code = compile(ast.fix_missing_locations(m), '<ast>', 'exec')
        ns = {}
        exec(code, ns)
        print('ok')
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
