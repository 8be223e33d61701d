#!/bin/sh
# Regenerates the parser goldens from CPython 3.12: ok/*.ast (ast.dump of each ok/*.py), positions/*.ast (the same
# with include_attributes=True), symtable/*.symtable (CPython's symtable module, one line per scope) and
# errors/expected.tsv (the SyntaxError CPython raises for each case in errors/cases.txt, separated by lines "===").
# Run from anywhere; needs CPython 3.12 as $PYTHON (default: PYENV_VERSION=3.12.1 python3).
set -e
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
export PYENV_VERSION=${PYENV_VERSION:-3.12.1}
"$PY" - <<'PYEOF'
import ast, glob, sys, warnings
assert sys.version_info[:2] == (3, 12), sys.version
warnings.simplefilter("ignore")
for path in sorted(glob.glob("ok/*.py")):
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    with open(path[:-3] + ".ast", "w", encoding="utf-8") as f:
        f.write(ast.dump(tree) + "\n")
for path in sorted(glob.glob("positions/*.py")):
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    with open(path[:-3] + ".ast", "w", encoding="utf-8") as f:
        f.write(ast.dump(tree, include_attributes=True) + "\n")
import symtable
SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
def dump_table(t, depth, out):
    # CPython's internal names (".type_params", "__type_params__"...) are left out; ".0" is kept
    syms = sorted(s.get_name() + ":" + SCOPES[s._Symbol__scope] + (":param" if s.is_parameter() else "")
                  for s in t.get_symbols()
                  if (not s.get_name().startswith(".") or s.get_name() == ".0") and s.get_name() != "__type_params__")
    out.append("  " * depth + t.get_type() + " " + t.get_name() + " " + " ".join(syms))
    for c in t.get_children():
        dump_table(c, depth + 1, out)
for path in sorted(glob.glob("symtable/*.py")):
    with open(path, encoding="utf-8") as f:
        table = symtable.symtable(f.read(), path, "exec")
    out = []
    dump_table(table, 0, out)
    with open(path[:-3] + ".symtable", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
ALLOW_INCOMPLETE = 0x4000  # PyCF_ALLOW_INCOMPLETE_INPUT, as codeop uses it
DONT_IMPLY_DEDENT = 0x200
with open("errors/cases.txt", encoding="utf-8") as f:
    cases = f.read().split("\n===\n")
rows = []
for src in cases:
    if not src.endswith("\n"):
        src += "\n"
    try:
        compile(src, "f.py", "exec")
        raise SystemExit("no error for case:\n" + src)
    except SyntaxError as e:
        err = e
    try:
        compile(src, "f.py", "exec", ALLOW_INCOMPLETE | DONT_IMPLY_DEDENT)
        incomplete = False
    except SyntaxError as e:
        incomplete = e.msg == "incomplete input"
    rows.append("\t".join([type(err).__name__, err.msg, str(err.lineno), str(err.offset), str(incomplete).lower()]))
with open("errors/expected.tsv", "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
PYEOF
