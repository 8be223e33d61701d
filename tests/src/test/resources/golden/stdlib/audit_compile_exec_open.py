# The compile, exec and open audit events (PEP 578) with CPython's arguments
import sys, os, tempfile
path = os.path.join(tempfile.mkdtemp(), "f.txt")
events = []
def hook(event, args):
    if event in ("exec", "compile", "open"):
        events.append((event, [a if isinstance(a, int) else "PATH" if a == path else a if isinstance(a, str) else type(a).__name__ for a in args]))
sys.addaudithook(hook)
exec("x = 1")
exec(compile("y = 2", "f", "exec"))
eval("1 + 1")
eval(compile("2", "g", "eval"))
compile("z = 3", "h", "exec")
for mode in ("w", "r", "a", "x+", "rb", "r+", "wb+"):
    try:
        open(path, mode).close()
    except FileExistsError:
        events.append(("FileExistsError", []))
for e in events:
    print(e)
