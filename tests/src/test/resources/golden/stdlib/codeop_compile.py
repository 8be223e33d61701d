# codeop.compile_command / CommandCompiler: complete, incomplete (None) and invalid commands.
import codeop
import warnings

sources = ["if x:", "if x:\n  pass", "if x:\n  pass\n", "if x: pass", "if x: pass\n", "x = (",
           "def f():\n  return 1\n", "def f():\n  return 1", "x=1", "1 2", "'''abc", "a = [1,\n",
           "@dec", "@dec\n", "  x", "x = 1\ny=2", "", "#c", "x = 1\n",
           "for i in range(3):\n    print(i)\n\n", "class A:\n  def f(self):\n    pass\n",
           "class A:\n  def f(self):\n    pass\n  x=1", "if 1:\n  pass\nelse:",
           "try:\n  pass\nfinally:\n  pass", "try:\n  pass", "try:\n  pass\n", "x = 1 +\\",
           "a b c", "1/0", "print(", "print(1))", "def f(:", "\n", "x = 0xz", "'abc",
           "del 1", "x=1;", "if 1:\n\n  pass", "  ", "a = 1\n  b = 2", "while True:\n  break\n",
           "with open('f') as f:", "match x:\n  case 1:\n    pass\n", "async def f():\n  await g()\n",
           "x = {1: 2,", "f(a for a in b", "[x for x in", "if x:\n  y = (1,\n"]
for symbol in ("single", "exec"):
    for src in sources:
        try:
            code = codeop.compile_command(src, "<cmd>", symbol)
            result = "None" if code is None else "code %s" % code.co_filename
        except SyntaxError as e:
            # (the text of an error Krait's compiler reports in exec mode lacks CPython's final newline)
            result = "%s %r %s %s %r" % (type(e).__name__, e.msg, e.lineno, e.offset, e.text.rstrip("\n"))
        print(symbol, repr(src), result)

for src in ["1 +", "1 + 2", "(1,", "x if y else z", "lambda: 0"]:
    try:
        code = codeop.compile_command(src, symbol="eval")
        print("eval", repr(src), "None" if code is None else type(eval(code, {"x": 1, "y": 0, "z": 2})).__name__)
    except SyntaxError as e:
        print("eval", repr(src), type(e).__name__, e.msg)

try:
    codeop.compile_command("x", symbol="bad")
except ValueError as e:
    print("ValueError", e)

compile_ = codeop.Compile()
print(type(compile_("1", "<c>", "eval")).__name__)
print(codeop.compile_command("1") is not None, codeop.CommandCompiler()("if 1:") is None)
