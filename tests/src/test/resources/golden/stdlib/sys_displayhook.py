# sys.displayhook / sys.__displayhook__: what 'single' mode code does with an expression's value.
import builtins
import io
import sys

print(sys.displayhook is sys.__displayhook__, type(sys.displayhook).__name__)
namespace = {}
exec(compile("40 + 2\n", "<s>", "single"), namespace)
print(builtins._)
exec(compile("None\n", "<s>", "single"), namespace)
print(builtins._)
saved = sys.stdout
sys.stdout = buffer = io.StringIO()
exec(compile("'text'\n", "<s>", "single"), namespace)
sys.displayhook([1, 2])
sys.displayhook(None)
sys.stdout = saved
print(repr(buffer.getvalue()), builtins._)
seen = []
sys.displayhook = seen.append
exec(compile("1 + 1\n", "<s>", "single"), namespace)
exec(compile("None\n", "<s>", "single"), namespace)
sys.displayhook = sys.__displayhook__
print(seen)
sys.stdout = None
try:
    sys.displayhook(5)
except RuntimeError as error:
    sys.stdout = saved
    print("RuntimeError", error)
sys.stdout = saved
del sys.displayhook
try:
    exec(compile("7\n", "<s>", "single"), namespace)
except RuntimeError as error:
    print("RuntimeError", error)
sys.displayhook = sys.__displayhook__
exec(compile("8\n", "<s>", "single"), namespace)
