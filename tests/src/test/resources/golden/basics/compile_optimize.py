"""compile()'s optimize argument and __debug__: -1 is the interpreter's level (0 here), 1 drops asserts and makes
__debug__ False, 2 also drops docstrings (of the module, its functions and classes)."""
import builtins

SOURCE = '''"""module doc"""
def f():
    "function doc"
    return 1
class C:
    "class doc"
    def m(self):
        """method doc"""
def only_doc():
    "just a docstring"
log = []
try:
    assert False, "assert message"
    log.append("assert skipped")
except AssertionError as e:
    log.append("assert raised: %s" % e)
if __debug__:
    log.append("debug block")
else:
    log.append("non-debug block")
log.append(__debug__)
'''

for level in (-1, 0, 1, 2):
    namespace = {}
    exec(compile(SOURCE, "<optimized>", "exec", optimize=level), namespace)
    print(level, namespace.get("__doc__"), namespace["f"].__doc__, namespace["C"].__doc__, namespace["C"].m.__doc__,
          namespace["only_doc"].__doc__, namespace["only_doc"](), namespace["log"])

# eval mode and a code object run twice (namespace and plain exec)
code = compile("__debug__", "<e>", "eval", optimize=1)
print(eval(code), eval(compile("__debug__", "<e>", "eval")))
code = compile("assert x, 'x is false'\nresult = 'ran'", "<twice>", "exec", optimize=2)
scope = {"x": 0}
exec(code, scope)
print(scope["result"])
exec(code, {"x": 0}, {})
print("namespace run skipped the assert too")

# __debug__ is the compiler's constant: a builtins attribute does not change it
print(__debug__, builtins.__debug__)
setattr(builtins, "__debug__", False)
print(__debug__, eval("__debug__"))
setattr(builtins, "__debug__", True)

# a lambda and a nested function keep the level of their code
g = eval(compile("lambda: __debug__", "<l>", "eval", optimize=1))
print(g())

for bad in (-2, 3, 100):
    try:
        compile("1", "<bad>", "exec", optimize=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    compile("1", "<bad>", "exec", optimize="1")
except TypeError as e:
    print("TypeError:", e)
try:
    compile("__debug__ = 1", "<bad>", "exec", optimize=2)
except SyntaxError as e:
    print("SyntaxError:", e)
