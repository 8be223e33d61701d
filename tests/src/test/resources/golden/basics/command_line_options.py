"""The interpreter's command line, run through sys.executable: -O/-OO, -W and PYTHONWARNINGS, -X, -d, -t, -R, -x,
-V, PYTHONHASHSEED, and running a directory's __main__ module. Output naming the interpreter is shown as EXE."""
import os
import subprocess
import sys
import tempfile

TEMP = tempfile.mkdtemp()
ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def run(*args, env=None, stdin=""):
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, env={**ENV, **(env or {})},
                            input=stdin)
    out = result.stdout.replace(sys.executable, "EXE").replace(TEMP, "TEMP")
    err = result.stderr.replace(sys.executable, "EXE").replace(TEMP, "TEMP")
    shown = " ".join(args).replace(TEMP, "TEMP")
    print("$", shown, "" if result.returncode == 0 else "-> status %d" % result.returncode)
    for line in out.splitlines():
        print("  out:", line)
    for line in err.splitlines():
        if not line.startswith("Try `"):  # CPython's names python, Krait's krait
            print("  err:", line)


PROBE = ("import sys, warnings; f = sys.flags; "
         "print(f.optimize, f.debug, f.dev_mode, f.utf8_mode, f.warn_default_encoding, f.int_max_str_digits, "
         "f.hash_randomization, f.bytes_warning); print(sys.warnoptions, sys._xoptions); "
         "print(warnings.filters[:2])")

run("-c", PROBE)
run("-OO", "-OOO", "-d", "-t", "-c", PROBE)
run("-O", "-c", "assert False, 'x'; print(__debug__)")
run("-OO", "-c", "def f():\n 'doc'\nprint(f.__doc__, __doc__)\n'''module'''")
run("-W", "error", "-c", "import warnings\ntry:\n warnings.warn('boom')\nexcept UserWarning as e:\n print('raised', e)")
run("-W", "ignore::DeprecationWarning", "-Wd", "-c", PROBE)
run("-W", "foo", "-W", "ba,r", "-W", "error::Foo", "-W", "error::1:2:3:4", "-W", "error::int", "-W", "e::os.Nope",
    "-W", "e::nomodule.Nope", "-W", "i:::x:-3", "-W", "i:::x:y", "-c", "import sys; print(sys.warnoptions[-1])")
run("-W", "baz", "-c", PROBE, env={"PYTHONWARNINGS": "error::UserWarning,,ignore"})
run("-E", "-c", PROBE, env={"PYTHONWARNINGS": "error", "PYTHONOPTIMIZE": "2"})
run("-c", PROBE, env={"PYTHONOPTIMIZE": "x", "PYTHONDEBUG": "3", "PYTHONDEVMODE": "1"})
run("-X", "dev", "-X", "utf8", "-X", "foo", "-Xbar=baz=1", "-X", "int_max_str_digits=1000", "-X", "warn_default_encoding",
    "-c", PROBE)
run("-X", "utf8=0", "-bb", "-c", PROBE, env={"PYTHONINTMAXSTRDIGITS": "700", "PYTHONUTF8": "1"})
run("-X", "int_max_str_digits=5", "-c", "pass")
run("-X", "utf8=x", "-c", "pass")
run("-c", "pass", env={"PYTHONINTMAXSTRDIGITS": "100"})
run("-c", "pass", env={"PYTHONHASHSEED": "-1"})
run("-W")
run("-c", PROBE, env={"PYTHONHASHSEED": "0"})
run("-R", "-c", PROBE, env={"PYTHONHASHSEED": "0"})
run("-V")
run("-X", "warn_default_encoding", "-c", "import io\nopen('/dev/null').close()\nprint(io.text_encoding(None))")
# -i with stdin not a terminal: prompts (sys.ps1, sys.ps2) on stderr, a newline at the end of input
run("-i", "-c", "x = 1", stdin="print(x + 1)\nif x:\n  print(3)\n\nimport sys; sys.ps1 = 'T:'\n1/0\nx\n")

seeded = [subprocess.run([sys.executable, "-c", "print(hash('abcdefghijkl'), hash(b'xyz'))"], capture_output=True,
                         text=True, env={**ENV, "PYTHONHASHSEED": "1234"}).stdout for _ in range(2)]
print("PYTHONHASHSEED=1234 gives the same hashes each run:", seeded[0] == seeded[1])

if True:
    directory = TEMP
    script = os.path.join(directory, "skip.py")
    with open(script, "w") as f:
        f.write("this line is not Python\nimport sys\nprint('second line runs', sys.argv[1:])\nraise SystemExit(3)\n")
    run("-x", script, "a")
    app = os.path.join(directory, "app")
    os.mkdir(app)
    with open(os.path.join(app, "__main__.py"), "w") as f:
        f.write("import sys, helper\nprint(__name__, sys.argv, sys.path[0] == %r, helper.VALUE)\n" % app)
    with open(os.path.join(app, "helper.py"), "w") as f:
        f.write("VALUE = 'helper imported from the directory'\n")
    run(app, "x", "y")
    empty = os.path.join(directory, "empty")
    os.mkdir(empty)
    subprocess_result = subprocess.run([sys.executable, empty], capture_output=True, text=True, env=ENV)
    print(subprocess_result.returncode,
          subprocess_result.stderr.replace(sys.executable, "EXE").replace(empty, "EMPTY").strip())
run("-m", "no_such_module_here")

import shutil
shutil.rmtree(TEMP)
