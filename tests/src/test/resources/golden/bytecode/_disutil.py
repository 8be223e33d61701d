"""Helpers for the bytecode golden programs: disassemblies without memory addresses."""
import dis
import io
import re


def scrub(text):
    """Drops memory addresses and the directories of file names (they differ between runs and machines)."""
    text = re.sub(r" at 0x[0-9a-f]+", "", text)
    text = re.sub(r'(?<=file ")[^"]*/', "", text)
    return re.sub(r"^(Filename: +)\S*/", r"\1", text, flags=re.M)


def show(x, **kwargs):
    out = io.StringIO()
    dis.dis(x, file=out, **kwargs)
    print(scrub(out.getvalue()), end="")


def show_source(title, source, **kwargs):
    print("=====", title)
    show(source, **kwargs)
    print()


def code_facts(co, depth=0):
    """The bytecode attributes of a code object and its nested code, one line each."""
    pad = "  " * depth
    print(pad + "code", co.co_name, co.co_qualname, co.co_firstlineno)
    print(pad + "  consts", [c.co_name if hasattr(c, "co_code") else c for c in co.co_consts])
    print(pad + "  names", co.co_names, "varnames", co.co_varnames)
    print(pad + "  cellvars", co.co_cellvars, "freevars", co.co_freevars)
    print(pad + "  flags", co.co_flags, "stacksize", co.co_stacksize, "nlocals", co.co_nlocals,
          "args", co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
    print(pad + "  code", co.co_code.hex())
    print(pad + "  linetable", co.co_linetable.hex())
    print(pad + "  exceptiontable", co.co_exceptiontable.hex())
    print(pad + "  lines", list(co.co_lines()))
    print(pad + "  positions", list(co.co_positions()))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            code_facts(c, depth + 1)
