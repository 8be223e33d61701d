# Code objects' bytecode attributes (co_code, co_consts, co_names, co_lines(), co_positions(), co_linetable,
# co_exceptiontable, co_stacksize, co_lnotab, _varname_from_oparg) and the dis module's API
import dis
import io
import opcode
import warnings

from _disutil import code_facts, scrub, show


def sample(a, b=2, *args, key=None, **kwargs):
    """Docstring."""
    total = a + b
    for item in args:
        try:
            total += item
        except TypeError as error:
            print(error)
    return [total, key, kwargs]


def no_docstring(x):
    return x


def gen(n):
    yield from range(n)


code = sample.__code__
print(type(code.co_code).__name__, code.co_code)
print(code.co_consts)
print(code.co_names)
print(code.co_varnames, code.co_nlocals, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_stacksize, code.co_flags)
print(code.co_linetable)
print(code.co_exceptiontable)
print(list(code.co_lines()))
print(list(code.co_positions()))
print(no_docstring.__code__.co_consts, (lambda: 0).__code__.co_consts)
print(code.co_consts is code.co_consts, type(code.co_lines()).__name__ != "list")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(code.co_lnotab)
print([(w.category.__name__, str(w.message)) for w in caught])

print([code._varname_from_oparg(i) for i in range(code.co_nlocals)])
for bad in (100, -1, "x"):
    try:
        code._varname_from_oparg(bad)
    except Exception as e:
        print(type(e).__name__, e)

print("===== get_instructions")
for instruction in dis.get_instructions(no_docstring):
    print(instruction)
for instruction in dis.get_instructions(no_docstring, first_line=100):
    print(instruction.opname, instruction.starts_line, instruction.positions)
ins = list(dis.get_instructions(sample))
print(len(ins), [i.opname for i in ins if i.is_jump_target])
print([(i.opname, i.arg, i.argval, i.argrepr) for i in ins if i.arg is not None][:12])

print("===== Bytecode")
bc = dis.Bytecode(no_docstring)
print(scrub(repr(bc)))
print([i.opname for i in bc])
print(scrub(bc.info()))
print(bc.dis(), end="")
print(dis.Bytecode(no_docstring, current_offset=4).dis(), end="")
print(dis.Bytecode(gen).first_line, dis.Bytecode(gen, first_line=7).first_line)

print("===== code_info")
print(scrub(dis.code_info(sample)))
out = io.StringIO()
dis.show_code(no_docstring, file=out)
print(scrub(out.getvalue()), end="")
print(dis.code_info("x = 1"))
print(list(dis.findlinestarts(code)))
print(dis.findlabels(code.co_code))
print(dis.pretty_flags(code.co_flags), dis.pretty_flags(0), dis.pretty_flags(1 << 20))

print("===== caches and generators")
show(no_docstring, show_caches=True)
show(gen(3))
show(code)
try:
    dis.dis(5)
except TypeError as e:
    print("TypeError", e)

print("===== opcode tables")
print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, dis.HAVE_ARGUMENT)
print(opcode.opname[:12], opcode.opname[255], len(opcode.opname))
print(opcode.opmap["LOAD_CONST"], opcode.opmap["CALL"], opcode.opmap["JUMP"], opcode.opmap["RESUME"])
print(opcode.cmp_op, opcode.hasjrel, opcode.hasjabs, opcode.hasconst, opcode.hasname)
print(opcode.haslocal, opcode.hasfree, opcode.hascompare, opcode.hasexc, len(opcode.hasarg))
print(dis.COMPILER_FLAG_NAMES[32], dis.MAKE_FUNCTION_FLAGS, dis.FORMAT_VALUE_CONVERTERS[2][1])
print(opcode.stack_effect(opcode.opmap["LOAD_CONST"], 0), opcode.stack_effect(opcode.opmap["POP_TOP"]),
      opcode.stack_effect(opcode.opmap["BUILD_LIST"], 3), opcode.stack_effect(opcode.opmap["CALL"], 2),
      opcode.stack_effect(opcode.opmap["FOR_ITER"], 1, jump=True), opcode.stack_effect(opcode.opmap["SETUP_FINALLY"]),
      opcode.stack_effect(opcode.opmap["SETUP_CLEANUP"], jump=False))
for args in ((opcode.opmap["LOAD_CONST"],), (opcode.opmap["POP_TOP"], 1), (300, 0), (opcode.opmap["NOP"], None, 2)):
    try:
        opcode.stack_effect(*args[:2], **({"jump": args[2]} if len(args) > 2 else {}))
    except ValueError as e:
        print("ValueError", e)

print("===== extended arguments")
many = "def big():\n    return (" + ", ".join("v%d" % i for i in range(300)) + ")\n"
namespace = {}
exec(compile(many, "<big>", "exec"), namespace)
big = namespace["big"].__code__
print(len(big.co_names), big.co_code[:8].hex(), big.co_code[-16:].hex())
extended = [i for i in dis.get_instructions(big) if i.opname == "EXTENDED_ARG"]
print(len(extended), extended[0])

print("===== compiled source")
code_facts(compile("def f(x):\n    def g():\n        return x\n    return g\nclass C:\n    '''Doc.'''\n    y: int = (1, 2)\n", "<src>", "exec"))
