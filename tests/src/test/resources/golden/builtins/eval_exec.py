# eval, exec, compile, globals(), locals() and vars() at CPython's behaviour.
import sys

x = 10
print(eval("x + 1"))
print(eval("  x * 2"))
print(eval("[x * i for i in range(3)]"))


def in_function(a):
    b = a * 2
    print(eval("a + b"))
    print(sorted(locals()))
    print(eval("[a * i for i in range(b)]"))
    return eval("x")


print(in_function(3))

# globals() is the module's namespace, live both ways
g = globals()
g["created"] = "made through globals()"
print(created)
x = 11
print(g["x"], "x" in g, g is globals())
del g["created"]
try:
    created
except NameError as e:
    print("NameError:", e)
print(sys.modules[__name__].__dict__ is g, vars(sys.modules[__name__]) is g)
print(vars() is g, locals() is g)


def reads_global():
    return counter


for counter in range(3):
    g["counter"] = counter * 10
    print(reads_global())

# exec with a dict: the dict becomes the code's globals
ns = {}
exec("def f(n):\n    return n * k\nk = 3\nclass C:\n    attr = k\n", ns)
print(sorted(ns), type(ns["__builtins__"]).__name__)
print(ns["f"](4), ns["C"].attr, ns["C"].__module__)
ns["k"] = 5
print(ns["f"](4))
exec("k = k + 1", ns)
print(ns["k"], ns["f"](1))
exec("import math\nroot = math.sqrt(16)", ns)
print(ns["root"], ns["math"].__name__)

named = {"__name__": "mymod"}
exec("class D: pass", named)
print(named["D"].__module__, repr(named["D"]))

# exec with separate locals: top-level names go to the locals dict
glob, loc = {"base": 100}, {}
exec("y = base + 1\ndef h():\n    return base\nz = h()", glob, loc)
print(sorted(k for k in glob if k != "__builtins__"), sorted(loc), loc["y"], loc["z"])
print(eval("[y + i for i in range(2)]", glob, loc))
print(eval("a * b", {}, {"a": 6, "b": 7}))
exec("global w\nw = 'global'", glob, loc)
print(glob["w"], "w" in loc)

# compile
code = compile("total = 0\nfor i in range(5):\n    total += i\n", "<loop>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
space = {}
exec(code, space)
exec(code, space)
print(space["total"])
expr = compile("2 ** 10", "<expr>", "eval")
print(eval(expr), eval(expr, {}))
print(eval(compile("1 + 1", "<e>", "exec")))
single = compile("40 + 2", "<single>", "single")
exec(single)
print(eval("(lambda q: q * 2)(21)"))

# errors
for source in ["x = ", "1 +", "(", "return 5", "yield 1", "a\0b"]:
    try:
        exec(source)
    except SyntaxError as e:
        print("SyntaxError:", e, "|", e.filename, e.lineno)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.offset)
checks = [
    lambda: exec(1),
    lambda: eval(1),
    lambda: exec("1", []),
    lambda: eval("1", []),
    lambda: exec("1", {}, 5),
    lambda: eval("1", {}, 5),
    lambda: compile("1", "f", "run"),
    lambda: compile(1, "f", "exec"),
    lambda: compile("1", 1, "exec"),
    lambda: eval("1", globals={}),
    lambda: exec("1", globals={}),
    lambda: eval("undefined_name"),
    lambda: exec("1 / 0"),
]
for check in checks:
    try:
        check()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def raises_inside():
    exec("def boom():\n    raise ValueError('from exec')\nboom()")


raises_inside()
