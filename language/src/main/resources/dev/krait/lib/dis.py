"""Krait's dis module: disassembles the CPython 3.12 bytecode Krait's compiler gives code objects.

The output is laid out as CPython 3.12's dis lays it out. Krait does not run this bytecode (its programs run on the
AST engine), so there is no adaptive (specialized) form: ``adaptive=True`` shows the same instructions.
"""

import collections
import io
import sys
import types

from opcode import *
from opcode import (__all__ as _opcodes_all, _cache_format, _inline_cache_entries, _nb_ops,
                    _intrinsic_1_descs, _intrinsic_2_descs, _specializations, _specialized_instructions)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod, staticmethod, type,
              types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)

FORMAT_VALUE = opmap['FORMAT_VALUE']
FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

LOAD_CONST = opmap['LOAD_CONST']
RETURN_CONST = opmap['RETURN_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']
FOR_ITER = opmap['FOR_ITER']
SEND = opmap['SEND']
LOAD_ATTR = opmap['LOAD_ATTR']
LOAD_SUPER_ATTR = opmap['LOAD_SUPER_ATTR']
CALL_INTRINSIC_1 = opmap['CALL_INTRINSIC_1']
CALL_INTRINSIC_2 = opmap['CALL_INTRINSIC_2']
CACHE = opmap["CACHE"]

# the specialized instructions take the unused numbers, in order (they only appear in adaptive code)
_all_opname = list(opname)
_all_opmap = dict(opmap)
_free_numbers = [number for number, name in enumerate(_all_opname) if name.startswith("<")]
for _number, _name in zip(_free_numbers, _specialized_instructions):
    _all_opname[_number] = _name
    _all_opmap[_name] = _number
del _number, _name, _free_numbers

deoptmap = {special: family for family, members in _specializations.items() for special in members}

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    shown = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            shown.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                return ", ".join(shown)
    shown.append(hex(flags))
    return ", ".join(shown)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()


def _try_compile(source, name):
    """Compiles source as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _unwrap(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    for attribute in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _get_code_object(x):
    """The code object of a method, function, generator, coroutine, code object or source string."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _deoptop(op):
    name = _all_opname[op]
    return _all_opmap[deoptmap[name]] if name in deoptmap else op


def _get_code_array(co, adaptive):
    return co.co_code


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.
    """
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_exc.__traceback__ if hasattr(sys, 'last_exc') else sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches, adaptive=adaptive)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    out = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    for title, values, form in (("Constants:", co.co_consts, "%4d: %r"), ("Names:", co.co_names, "%4d: %s"),
                                ("Variable names:", co.co_varnames, "%4d: %s"),
                                ("Free variables:", co.co_freevars, "%4d: %s"),
                                ("Cell variables:", co.co_cellvars, "%4d: %s")):
        if values:
            out.append(title)
            out.extend(form % pair for pair in enumerate(values))
    return "\n".join(out)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file* (stdout by default)."""
    print(code_info(co), file=file)


Positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                   defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line', 'is_jump_target', 'positions'],
    defaults=[None])

_Instruction.opname.__doc__ = "Human readable name for operation"
_Instruction.opcode.__doc__ = "Numeric code for operation"
_Instruction.arg.__doc__ = "Numeric argument to operation (if any), otherwise None"
_Instruction.argval.__doc__ = "Resolved arg value (if known), otherwise same as arg"
_Instruction.argrepr.__doc__ = "Human readable description of operation argument"
_Instruction.offset.__doc__ = "Start index of operation within bytecode sequence"
_Instruction.starts_line.__doc__ = "Line started by this opcode (if any), otherwise None"
_Instruction.is_jump_target.__doc__ = "True if other code jumps to here, otherwise False"
_Instruction.positions.__doc__ = "dis.Positions object holding the span of source code covered by this instruction"

_ExceptionTableEntry = collections.namedtuple("_ExceptionTableEntry", "start end target depth lasti")

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction(_Instruction):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of a disassembly: line number, current marker, jump-target marker, offset, name, argument."""
        columns = []
        if lineno_width:
            columns.append(str(self.starts_line).rjust(lineno_width) if self.starts_line is not None
                           else ' ' * lineno_width)
        columns.append('-->' if mark_as_current else '   ')
        columns.append('>>' if self.is_jump_target else '  ')
        columns.append(repr(self.offset).rjust(offset_width))
        columns.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            columns.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                columns.append('(' + self.argrepr + ')')
        return ' '.join(columns).rstrip()


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.

    If *first_line* is not None, it indicates the line number that should
    be reported for the first source line in the disassembled code.
    Otherwise, the source line information (if any) is taken directly from
    the disassembled code object.
    """
    co = _get_code_object(x)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _get_instructions_bytes(_get_code_array(co, adaptive), co._varname_from_oparg, co.co_names,
                                   co.co_consts, dict(findlinestarts(co)), line_offset,
                                   co_positions=co.co_positions(), show_caches=show_caches)


def _get_const_value(op, arg, co_consts):
    """The constant a hasconst instruction names, or UNKNOWN without co_consts."""
    return UNKNOWN if co_consts is None else co_consts[arg]


def _get_const_info(op, arg, co_consts):
    value = _get_const_value(op, arg, co_consts)
    return value, ('' if value is UNKNOWN else repr(value))


def _get_name_info(name_index, get_name, **extrainfo):
    if get_name is None:
        return UNKNOWN, ''
    name = get_name(name_index, **extrainfo)
    return name, name


def _parse_varint(iterator):
    byte = next(iterator)
    value = byte & 63
    while byte & 64:
        byte = next(iterator)
        value = (value << 6) | (byte & 63)
    return value


def _parse_exception_table(code):
    """The entries of co_exceptiontable, offsets in bytes."""
    entries = []
    bytes_iter = iter(code.co_exceptiontable)
    while True:
        try:
            start = _parse_varint(bytes_iter) * 2
        except StopIteration:
            return entries
        end = start + _parse_varint(bytes_iter) * 2
        target = _parse_varint(bytes_iter) * 2
        depth_lasti = _parse_varint(bytes_iter)
        entries.append(_ExceptionTableEntry(start, end, target, depth_lasti >> 1, bool(depth_lasti & 1)))


def _is_backward_jump(op):
    return 'JUMP_BACKWARD' in opname[op]


def _jump_target(offset, op, arg):
    """Where a relative jump at offset lands (past its own caches)."""
    if _is_backward_jump(op):
        arg = -arg
    return offset + 2 + 2 * arg + 2 * _inline_cache_entries[op]


def _describe_argument(op, arg, offset, varname_from_oparg, get_name, co_consts):
    """(argval, argrepr) of an instruction's argument."""
    if op in hasconst:
        return _get_const_info(op, arg, co_consts)
    if op in hasname:
        if op == LOAD_GLOBAL:
            value, text = _get_name_info(arg // 2, get_name)
            return value, ("NULL + " + text) if arg & 1 and text else text
        if op == LOAD_ATTR:
            value, text = _get_name_info(arg // 2, get_name)
            return value, ("NULL|self + " + text) if arg & 1 and text else text
        if op == LOAD_SUPER_ATTR:
            value, text = _get_name_info(arg // 4, get_name)
            return value, ("NULL|self + " + text) if arg & 1 and text else text
        return _get_name_info(arg, get_name)
    if op in hasjabs:
        return arg * 2, "to " + repr(arg * 2)
    if op in hasjrel:
        target = _jump_target(offset, op, arg)
        return target, "to " + repr(target)
    if op in haslocal or op in hasfree:
        return _get_name_info(arg, varname_from_oparg)
    if op in hascompare:
        return cmp_op[arg >> 4], cmp_op[arg >> 4]
    if op == FORMAT_VALUE:
        converter, text = FORMAT_VALUE_CONVERTERS[arg & 0x3]
        with_spec = bool(arg & 0x4)
        if with_spec:
            text = text + ', with format' if text else 'with format'
        return (converter, with_spec), text
    if op == MAKE_FUNCTION:
        return arg, ', '.join(flag for bit, flag in enumerate(MAKE_FUNCTION_FLAGS) if arg & (1 << bit))
    if op == BINARY_OP:
        return arg, _nb_ops[arg][1]
    if op == CALL_INTRINSIC_1:
        return arg, _intrinsic_1_descs[arg]
    if op == CALL_INTRINSIC_2:
        return arg, _intrinsic_2_descs[arg]
    return arg, ''


def _get_instructions_bytes(code, varname_from_oparg=None, names=None, co_consts=None, linestarts=None,
                            line_offset=0, exception_entries=(), co_positions=None, show_caches=False):
    """The Instructions of a bytecode string, given what the code object knows about its arguments."""
    positions_iter = co_positions or iter(())
    get_name = None if names is None else names.__getitem__
    labels = set(findlabels(code))
    for entry in exception_entries:
        labels.add(entry.target)
    for offset, op, arg in _unpack_opargs(code):
        starts_line = None
        if linestarts is not None:
            starts_line = linestarts.get(offset)
            if starts_line is not None:
                starts_line += line_offset
        positions = Positions(*next(positions_iter, ()))
        base = _deoptop(op)
        argval, argrepr = (None, '') if arg is None else _describe_argument(
            base, arg, offset, varname_from_oparg, get_name, co_consts)
        yield Instruction(_all_opname[op], op, arg, argval, argrepr, offset, starts_line, offset in labels,
                          positions)
        caches = _inline_cache_entries[base]
        if not caches:
            continue
        if not show_caches:
            for _ in range(caches):
                next(positions_iter, ())
            continue
        for name, size in _cache_format[opname[base]].items():
            for k in range(size):
                offset += 2
                text = ''
                if k == 0:
                    text = "%s: %d" % (name, int.from_bytes(code[offset:offset + 2 * size], sys.byteorder))
                yield Instruction("CACHE", CACHE, 0, None, text, offset, None, False,
                                  Positions(*next(positions_iter, ())))


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _disassemble_bytes(_get_code_array(co, adaptive), lasti, co._varname_from_oparg, co.co_names, co.co_consts,
                       dict(findlinestarts(co)), file=file, exception_entries=_parse_exception_table(co),
                       co_positions=co.co_positions(), show_caches=show_caches)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is not None and depth <= 0:
        return
    inner_depth = None if depth is None else depth - 1
    for const in co.co_consts:
        if hasattr(const, 'co_code'):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=inner_depth, show_caches=show_caches, adaptive=adaptive)


def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None, names=None, co_consts=None, linestarts=None,
                       *, file=None, line_offset=0, exception_entries=(), co_positions=None, show_caches=False):
    lineno_width = 0
    if linestarts:
        highest = max(linestarts.values()) + line_offset
        lineno_width = len(str(highest)) if highest >= 1000 else 3
    last_offset = len(code) - 2
    offset_width = len(str(last_offset)) if last_offset >= 10000 else 4
    for instr in _get_instructions_bytes(code, varname_from_oparg, names, co_consts, linestarts,
                                         line_offset=line_offset, exception_entries=exception_entries,
                                         co_positions=co_positions, show_caches=show_caches):
        if lineno_width and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        if show_caches:
            current = instr.offset == lasti
        else:
            current = instr.offset <= lasti <= instr.offset + 2 * _inline_cache_entries[_deoptop(instr.opcode)]
        print(instr._disassemble(lineno_width, current, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            print("  %d to %d -> %d [%d]%s" % (entry.start, entry.end - 2, entry.target, entry.depth,
                                              " lasti" if entry.lasti else ""), file=file)


def _disassemble_str(source, **kwargs):
    """Compile the source string, then disassemble the code object."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


_INT_BITS = 32
_INT_OVERFLOW = 2 ** (_INT_BITS - 1)


def _unpack_opargs(code):
    """(offset, opcode, argument or None) for each instruction, skipping caches and folding EXTENDED_ARG."""
    extended = 0
    skip = 0
    for offset in range(0, len(code), 2):
        if skip:
            skip -= 1
            continue
        op = code[offset]
        base = _deoptop(op)
        skip = _inline_cache_entries[base]
        if base in hasarg:
            arg = code[offset + 1] | extended
            extended = arg << 8 if base == EXTENDED_ARG else 0
            # the argument is a C int: it wraps around past its range
            if extended >= _INT_OVERFLOW:
                extended -= 2 * _INT_OVERFLOW
        else:
            arg = None
            extended = 0
        yield offset, op, arg


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets.

    Return the list of offsets.
    """
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is None:
            continue
        base = _deoptop(op)
        if base in hasjrel:
            label = _jump_target(offset, base, arg)
        elif base in hasjabs:
            label = arg * 2
        else:
            continue
        if label not in labels:
            labels.append(label)
    return labels


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    previous = None
    for start, end, line in code.co_lines():
        if line is not None and line != previous:
            previous = line
            yield start, line


def _find_imports(co):
    """(name, level, fromlist) of each import in the code."""
    IMPORT_NAME = opmap['IMPORT_NAME']
    consts = co.co_consts
    names = co.co_names
    instructions = [(op, arg) for _, op, arg in _unpack_opargs(co.co_code) if op != EXTENDED_ARG]
    for i, (op, arg) in enumerate(instructions):
        if op == IMPORT_NAME and i >= 2:
            level_op, from_op = instructions[i - 2], instructions[i - 1]
            if level_op[0] in hasconst and from_op[0] in hasconst:
                yield (names[arg], _get_const_value(level_op[0], level_op[1], consts),
                       _get_const_value(from_op[0], from_op[1], consts))


def _find_store_names(co):
    """Names the code stores with STORE_NAME or STORE_GLOBAL."""
    stores = {opmap['STORE_NAME'], opmap['STORE_GLOBAL']}
    names = co.co_names
    for _, op, arg in _unpack_opargs(co.co_code):
        if op in stores:
            yield names[arg]


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._line_offset = self.first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(_get_code_array(co, self.adaptive), co._varname_from_oparg, co.co_names,
                                       co.co_consts, self._linestarts, line_offset=self._line_offset,
                                       exception_entries=self.exception_entries, co_positions=co.co_positions(),
                                       show_caches=self.show_caches)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        co = self.codeobj
        with io.StringIO() as output:
            _disassemble_bytes(_get_code_array(co, self.adaptive), varname_from_oparg=co._varname_from_oparg,
                               names=co.co_names, co_consts=co.co_consts, linestarts=self._linestarts,
                               line_offset=self._line_offset, file=output,
                               lasti=-1 if self.current_offset is None else self.current_offset,
                               exception_entries=self.exception_entries, co_positions=co.co_positions(),
                               show_caches=self.show_caches)
            return output.getvalue()


def main():
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument('infile', type=argparse.FileType('rb'), nargs='?', default='-')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    dis(compile(source, args.infile.name, "exec"))


if __name__ == "__main__":
    main()
