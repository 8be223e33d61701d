# ast.Num, Str, Bytes, NameConstant and Ellipsis: deprecated (until 3.14) stand-ins for Constant.
import ast
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    Num = ast.Num
    print(Num, Num.__mro__[1:3], Num._fields, ast.Str._fields, ast.NameConstant._fields, ast.Ellipsis._fields)
    print(Num.__doc__)
    n = ast.Num(5)
    print(type(n).__name__, n.value, n.n, ast.dump(n))
    s = ast.Str(s="text")
    print(type(s).__name__, s.value, s.s)
    print(ast.dump(ast.Bytes(b"x")), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
    c = ast.Constant(3)
    c.n = 4
    print(c.value, c.n)
    print(isinstance(ast.Constant(5), ast.Num), isinstance(ast.Constant(2.5), ast.Num), isinstance(ast.Constant(1j), ast.Num))
    print(isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant("s"), ast.Num), isinstance(ast.Constant("s"), ast.Str))
    print(isinstance(ast.Constant(b""), ast.Bytes), isinstance(ast.Constant(b""), ast.Str))
    print(isinstance(ast.Constant(None), ast.NameConstant), isinstance(ast.Constant(False), ast.NameConstant))
    print(isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Constant(0), ast.Ellipsis))
    print(isinstance(ast.Name("x"), ast.Num))
    tree = ast.parse("x = 1 + 'a' + b'b'")
    print([ast.dump(node) for node in ast.walk(tree) if isinstance(node, (ast.Num, ast.Str))])

    class MyNum(ast.Num):
        pass

    mine = MyNum(7)
    print(type(mine).__name__, mine.value, isinstance(mine, ast.Constant))
    try:
        ast.Num(1, 2)
    except TypeError as e:
        print("TypeError", e)

messages = sorted({str(w.message) for w in caught})
print(len(messages))
for message in messages:
    print(message)
print({w.category.__name__ for w in caught})
try:
    ast.NoSuchNode
except AttributeError as e:
    print("AttributeError", e)
