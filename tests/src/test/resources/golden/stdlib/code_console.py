# code.InteractiveConsole / InteractiveInterpreter / interact: prompts, buffers, errors, banners.
import code
import io
import sys

sys.stderr = sys.stdout      # the console writes its errors to sys.stderr
console = code.InteractiveConsole()
lines = ["x = 1", "x", "def f(a):", "    return a*2", "", "f(4)", "1/0", "f(", "2)", "x y", "if x:",
         "  print('yes')", "", "for i in range(2):", "  i", "", "'''a", "b'''", "  bad indent",
         "class C:", "    def m(self):", "        return 7", "", "C().m()", "_", "undefined",
         "import sys as s2", "s2.maxsize > 0", "[1,", "2]", "None", "raise KeyError('k')"]
for line in lines:
    print(repr(line), console.push(line), console.buffer)
print(sorted(k for k in console.locals if not k.startswith("__")))
print(console.locals["__name__"], console.locals["__doc__"], console.filename)
print(type(sys.last_value).__name__, sys.last_type.__name__, sys.last_traceback is not None)
try:
    console.push("raise SystemExit(3)")
except SystemExit as e:
    print("SystemExit", e.code)
console.push("if 1:")
print(console.buffer)
console.resetbuffer()
print(console.buffer)

script = iter(["a = 5", "a + 1", "if a:", "    print('in block')", "", "import sys", "sys.ps1", "sys.ps2"])
def reader(prompt):
    print("prompt", repr(prompt))
    try:
        return next(script)
    except StopIteration:
        raise EOFError
code.interact(banner="hello", readfunc=reader, local={}, exitmsg="bye")

def eof(prompt):
    raise EOFError
code.interact(banner="", readfunc=eof, exitmsg="")
code.interact(banner="", readfunc=eof)
first = [True]
def interrupt(prompt):
    if first[0]:
        first[0] = False
        raise KeyboardInterrupt
    raise EOFError
code.interact(banner="banner text", readfunc=interrupt, exitmsg="done")


class Recorder(code.InteractiveConsole):
    def __init__(self):
        super().__init__({"v": 10}, "<recorder>")
        self.written = []

    def write(self, data):
        self.written.append(data)

    def raw_input(self, prompt=""):
        if not self.todo:
            raise EOFError
        return self.todo.pop(0)


rec = Recorder()
rec.todo = ["v * 2", "v v", "oops(", ")", "1/0"]
rec.interact(banner="B", exitmsg="E")
print(rec.written)

interp = code.InteractiveInterpreter()
print(interp.runsource("1+1"), interp.runsource("if 1:"), interp.runsource("1 2"))
print(interp.runsource("x=(1,", "<f>", "exec"))
print(interp.runsource("y = 2", "<f>", "exec"), interp.locals["y"])
print(interp.runsource("z = 3\nz", "<f>", "single"))
print(interp.runsource("0xz"))
calls = []
sys.excepthook = lambda *args: calls.append((args[0].__name__, str(args[1])))
interp.runsource("1/0")
interp.runsource("1 2", "<hooked>")
sys.excepthook = sys.__excepthook__
print(calls)
try:
    interp.runsource("1 2", "named.py")
finally:
    pass
print(sys.last_value.filename, sys.last_value.lineno)
print(code.compile_command("if 1:\n  2\n") is not None, code.compile_command("if 1:") is None)
