import ast

samples = [
    'x = (1 + 2) * 3 ** -y ** 2',
    'a if b else (c if d else e)',
    '(lambda: (yield))',
    'f(*args, **{"k": 1}, key=lambda x, /, y=2, *z, w, **kw: x)',
    'not (a and b or c) and (d or e)',
    '(a := 10) + [x for x in range(3) if x async for y in z]',
    '{**a, "b": {1, 2}, "c": set(), "d": {*()}}',
    't = 1,\nu = ()\nv = (1, (2, 3))\nw[1:2, ::3] = x[a, b]',
    'print(f"{x!r:>{width}} {y=} {{literal}} {\'q\'}")',
    "s = 'it\\'s' + \"say \\\"hi\\\"\" + '\\n\\t' + b'\\x00' + u'x'",
    '@dec(1)\n@other\nasync def f[T: int, *Ts, **P](a: int = 1, *, b) -> list[T]:\n    """Doc\n    string."""\n    async with a as b, c:\n        await x\n    async for i in y:\n        pass\n    return',
    'class C(B, metaclass=M):\n    x: int = 1\n    (y): str\n    def m(self):\n        global g\n        nonlocal_ = 1\n        del a[0], b.c',
    'try:\n    pass\nexcept* (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass',
    'if a:\n    pass\nelif b:\n    pass\nelse:\n    while c:\n        break\n    else:\n        continue',
    'for i, j in x:\n    pass\nelse:\n    pass\nwith open(f) as (a, b):\n    pass',
    'match p:\n    case [1, *rest] | {"k": _, **kw} if rest:\n        pass\n    case Point(1, x=0, y=None) as pt:\n        pass\n    case (1 | 2) as z:\n        pass\n    case _:\n        pass',
    'type A[T] = dict[str, T]\nimport a.b as c, d\nfrom ..m import (x as y, z)\nassert x, "msg"',
    '1e400 + 1e400j + 1 .real + (-1) ** 2 + -(1) + ~x + +y',
    'x = yield\ny = yield from z\nawait_ = [await q for q in r]',
    '"""Module doc with \\\\ backslash and \\"""quotes\\"""."""\nx = 1',
]
for text in samples:
    tree = ast.parse(text)
    out = ast.unparse(tree)
    print(out)
    print('---', ast.dump(ast.parse(out)) == ast.dump(tree))
print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Mult(), ast.BinOp(ast.Name('b'), ast.Add(), ast.Name('c')))))
print(ast.unparse(ast.parse('x', mode='eval')))
try:
    ast.unparse(ast.Raise(cause=ast.Name('x')))
except ValueError as e:
    print('ValueError', e)
