import ast

src = '''
import os
from . import x as y

@dec
def f(a, /, b=1, *c, d, e=2, **g) -> int:
    """Doc."""
    return a + b * -c[1:2]

class K(Base, metaclass=M):
    x: int = 3
    async def m(self):
        async with a as b:
            await z
        async for i in j:
            yield
    def n(self): return [i for i in range(3) if i], {k: v for k, v in d}, {1, 2}, (x for x in y)

try:
    pass
except* (A, B) as e:
    raise X from e
finally:
    del q
match p:
    case [1, *rest] | {"k": _, **kw} if rest:
        pass
    case Point(x=0, y=None) as pt:
        pass
type Alias[T: int] = list[T]
s = f"{a!r:>{w}} and {b}" + b'bytes' + 'é'
lambda x: (yield)
while x < 1 <= y is not None: x += 1; break
else: continue
'''
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree.body[2], indent=2, include_attributes=True))
print(ast.dump(ast.parse('x = 1', mode='single')))
print(ast.dump(ast.parse('1 + 2j', mode='eval'), annotate_fields=False))
try:
    ast.parse('  1', mode='eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(ast.dump(ast.parse('é = "ü"'), include_attributes=True))
print(ast.get_docstring(tree.body[2]), ast.get_docstring(tree.body[3]))
print([type(n).__name__ for n in ast.walk(ast.parse('a + f(b)'))])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse('a').body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[2])])
print(ast.Name._fields, ast.Name._attributes, ast.comprehension._attributes, ast.Constant.__match_args__)
print(ast.Name.__doc__, ast.Name.__mro__)
print(isinstance(tree.body[0], ast.stmt), isinstance(tree.body[0], ast.expr), issubclass(ast.Add, ast.operator))

# compile() with PyCF_ONLY_AST
t = compile('a = b', '<s>', 'exec', ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))

# building nodes
n = ast.Name('x')
print(ast.dump(n), n.id)
try:
    ast.Name('x', ast.Load(), 1)
except TypeError as e:
    print('TypeError', e)
try:
    ast.Name('x', id='y')
except TypeError as e:
    print('TypeError', e)
try:
    n.ctx
except AttributeError as e:
    print('AttributeError', e)
print(ast.Constant(1).kind, ast.dump(ast.Constant(1)))

# visitors
class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
c = Counter()
c.visit(ast.parse('a = b + c(d, e=f)'))
print(c.names)

class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(node.id.upper(), node.ctx), node)
    def visit_Pass(self, node):
        return None
t = Renamer().visit(ast.parse('x = y\npass\nz'))
print(ast.dump(t, include_attributes=True))
new = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
expr = ast.Expression(new)
ast.fix_missing_locations(expr)
print(ast.dump(expr, include_attributes=True))
ast.increment_lineno(expr, 3)
print(new.lineno, new.end_lineno, new.left.lineno)
print(eval(compile(ast.parse('6 * 7', mode='eval'), '<ast>', 'eval')) if False else 'skip')
print(ast.get_source_segment('a = (1 +\n   2)\n', ast.parse('a = (1 +\n   2)\n').body[0].value))

# literal_eval
for text in ['1', '-2.5', '1+2j', "('a', [1, 2], {'k': {3}}, None, True, b'x')", 'set()', '  -1 - 1j',
             '{1: 2, **x}', 'f(1)', 'a', '1 + 1', '-"s"', '[1,']:
    try:
        print(repr(text), '->', repr(ast.literal_eval(text)))
    except ValueError as e:
        print(repr(text), 'ValueError', str(e).split(':')[0])
    except SyntaxError as e:
        print(repr(text), 'SyntaxError', e.msg, e.lineno, e.offset)

# syntax errors
for text in ['x = ', 'def f(:', '(a b)', 'x = 1\n  y = 2', 'f(**a, *b)', 'a = yield = 3', 'print "x"', '1 = x']:
    try:
        ast.parse(text)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text.rstrip('\n')), e.filename)
try:
    ast.parse('x ='.encode(), 'file.py')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename)
print(ast.dump(ast.parse('return 1\nnonlocal q')))
try:
    ast.dump(5)
except TypeError as e:
    print('TypeError', e)
try:
    ast.get_docstring(ast.Name('x'))
except TypeError as e:
    print('TypeError', e)
