# compile(optimize=1/2) of source and of an ast tree: asserts and docstrings removed, also from the marshal data
import ast, marshal
code = """def f():
    assert False
"""
tree = ast.parse(code)
for to_compile in [code, tree]:
    compiled = compile(to_compile, "<test>", "exec", optimize=1)
    ns = {}
    exec(compiled, ns)
    try:
        ns['f']()
        print("no assert")
    except AssertionError:
        print("asserted", type(to_compile).__name__)
code = """
'module_doc'

def f():
    'func_doc'

class C:
    'class_doc'
"""
tree = ast.parse(code)
for to_compile in [code, tree]:
    compiled = compile(to_compile, "<test>", "exec", optimize=2)
    ns = {}
    exec(compiled, ns)
    print('__doc__' in ns, ns['f'].__doc__, ns['C'].__doc__)
    m = str(marshal.dumps(compiled))
    print('module_doc' in m, 'func_doc' in m, 'class_doc' in m)
