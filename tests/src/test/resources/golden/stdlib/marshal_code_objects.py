# marshal.dumps/loads of code objects: functions, closures, module and eval code run after a round trip
import marshal, types

def outer(a, b=2):
    c = a * b
    def inner(x):
        return x + c + a
    return inner

data = marshal.dumps(outer.__code__)
print(type(data).__name__, data[:1] in (b"c", b"\xe3"))
co = marshal.loads(data)
print(type(co).__name__, co.co_name, co.co_varnames, co.co_cellvars, co.co_freevars, type(co.co_consts[1]).__name__)
print(co == outer.__code__, co.co_filename == outer.__code__.co_filename, co.co_firstlineno == outer.__code__.co_firstlineno)
f = types.FunctionType(co, globals(), "outer2", (5,))
inner = f(3)
print(inner(10), f.__name__, inner.__code__.co_freevars, f(1)(1))

source = "x = 1\nfor i in range(3):\n    x *= 2\nprint('module code', x, __name__)\n"
module_code = marshal.loads(marshal.dumps(compile(source, "<m>", "exec")))
exec(module_code)
ns = {"__name__": "namespace"}
exec(module_code, ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["x"])
print(eval(marshal.loads(marshal.dumps(compile("6 * 7", "<e>", "eval")))))
pair = marshal.loads(marshal.dumps((outer.__code__, outer.__code__)))
print(pair[0] is pair[1], pair[0].co_name)

# a generator and a class body survive too
def gen(n):
    for i in range(n):
        yield i * i
g2 = types.FunctionType(marshal.loads(marshal.dumps(gen.__code__)), globals())
print(list(g2(4)))
class_source = "class K:\n    'doc'\n    def m(self):\n        return 'method of ' + type(self).__name__\nprint(K().m(), K.__doc__)\n"
exec(marshal.loads(marshal.dumps(compile(class_source, "<k>", "exec"))))
try:
    marshal.loads(data[:20])
except EOFError as e:
    print("EOFError", e)
