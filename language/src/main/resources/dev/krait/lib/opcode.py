"""Krait's opcode module: CPython 3.12's instruction set, as Krait's bytecode compiler emits it.

The numbers are CPython 3.12's (they are what co_code holds); the tables say which instructions take an argument,
jump, name a constant, a local, a free variable, and how many CACHE entries follow each one.
"""

__all__ = ["cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "hasexc", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "stack_effect"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

ENABLE_SPECIALIZATION = True
HAVE_ARGUMENT = 90
MIN_INSTRUMENTED_OPCODE = 237
MIN_PSEUDO_OPCODE = 256
MAX_PSEUDO_OPCODE = 266

_REAL_OPS = (
    ('CACHE', 0), ('POP_TOP', 1), ('PUSH_NULL', 2), ('INTERPRETER_EXIT', 3), ('END_FOR', 4), ('END_SEND', 5),
    ('NOP', 9), ('UNARY_NEGATIVE', 11), ('UNARY_NOT', 12), ('UNARY_INVERT', 15), ('RESERVED', 17),
    ('BINARY_SUBSCR', 25), ('BINARY_SLICE', 26), ('STORE_SLICE', 27), ('GET_LEN', 30), ('MATCH_MAPPING', 31),
    ('MATCH_SEQUENCE', 32), ('MATCH_KEYS', 33), ('PUSH_EXC_INFO', 35), ('CHECK_EXC_MATCH', 36),
    ('CHECK_EG_MATCH', 37), ('WITH_EXCEPT_START', 49), ('GET_AITER', 50), ('GET_ANEXT', 51),
    ('BEFORE_ASYNC_WITH', 52), ('BEFORE_WITH', 53), ('END_ASYNC_FOR', 54), ('CLEANUP_THROW', 55),
    ('STORE_SUBSCR', 60), ('DELETE_SUBSCR', 61), ('GET_ITER', 68), ('GET_YIELD_FROM_ITER', 69),
    ('LOAD_BUILD_CLASS', 71), ('LOAD_ASSERTION_ERROR', 74), ('RETURN_GENERATOR', 75), ('RETURN_VALUE', 83),
    ('SETUP_ANNOTATIONS', 85), ('LOAD_LOCALS', 87), ('POP_EXCEPT', 89), ('STORE_NAME', 90), ('DELETE_NAME', 91),
    ('UNPACK_SEQUENCE', 92), ('FOR_ITER', 93), ('UNPACK_EX', 94), ('STORE_ATTR', 95), ('DELETE_ATTR', 96),
    ('STORE_GLOBAL', 97), ('DELETE_GLOBAL', 98), ('SWAP', 99), ('LOAD_CONST', 100), ('LOAD_NAME', 101),
    ('BUILD_TUPLE', 102), ('BUILD_LIST', 103), ('BUILD_SET', 104), ('BUILD_MAP', 105), ('LOAD_ATTR', 106),
    ('COMPARE_OP', 107), ('IMPORT_NAME', 108), ('IMPORT_FROM', 109), ('JUMP_FORWARD', 110),
    ('POP_JUMP_IF_FALSE', 114), ('POP_JUMP_IF_TRUE', 115), ('LOAD_GLOBAL', 116), ('IS_OP', 117), ('CONTAINS_OP', 118),
    ('RERAISE', 119), ('COPY', 120), ('RETURN_CONST', 121), ('BINARY_OP', 122), ('SEND', 123), ('LOAD_FAST', 124),
    ('STORE_FAST', 125), ('DELETE_FAST', 126), ('LOAD_FAST_CHECK', 127), ('POP_JUMP_IF_NOT_NONE', 128),
    ('POP_JUMP_IF_NONE', 129), ('RAISE_VARARGS', 130), ('GET_AWAITABLE', 131), ('MAKE_FUNCTION', 132),
    ('BUILD_SLICE', 133), ('JUMP_BACKWARD_NO_INTERRUPT', 134), ('MAKE_CELL', 135), ('LOAD_CLOSURE', 136),
    ('LOAD_DEREF', 137), ('STORE_DEREF', 138), ('DELETE_DEREF', 139), ('JUMP_BACKWARD', 140),
    ('LOAD_SUPER_ATTR', 141), ('CALL_FUNCTION_EX', 142), ('LOAD_FAST_AND_CLEAR', 143), ('EXTENDED_ARG', 144),
    ('LIST_APPEND', 145), ('SET_ADD', 146), ('MAP_ADD', 147), ('COPY_FREE_VARS', 149), ('YIELD_VALUE', 150),
    ('RESUME', 151), ('MATCH_CLASS', 152), ('FORMAT_VALUE', 155), ('BUILD_CONST_KEY_MAP', 156), ('BUILD_STRING', 157),
    ('LIST_EXTEND', 162), ('SET_UPDATE', 163), ('DICT_MERGE', 164), ('DICT_UPDATE', 165), ('CALL', 171),
    ('KW_NAMES', 172), ('CALL_INTRINSIC_1', 173), ('CALL_INTRINSIC_2', 174), ('LOAD_FROM_DICT_OR_GLOBALS', 175),
    ('LOAD_FROM_DICT_OR_DEREF', 176), ('INSTRUMENTED_LOAD_SUPER_ATTR', 237), ('INSTRUMENTED_POP_JUMP_IF_NONE', 238),
    ('INSTRUMENTED_POP_JUMP_IF_NOT_NONE', 239), ('INSTRUMENTED_RESUME', 240), ('INSTRUMENTED_CALL', 241),
    ('INSTRUMENTED_RETURN_VALUE', 242), ('INSTRUMENTED_YIELD_VALUE', 243), ('INSTRUMENTED_CALL_FUNCTION_EX', 244),
    ('INSTRUMENTED_JUMP_FORWARD', 245), ('INSTRUMENTED_JUMP_BACKWARD', 246), ('INSTRUMENTED_RETURN_CONST', 247),
    ('INSTRUMENTED_FOR_ITER', 248), ('INSTRUMENTED_POP_JUMP_IF_FALSE', 249), ('INSTRUMENTED_POP_JUMP_IF_TRUE', 250),
    ('INSTRUMENTED_END_FOR', 251), ('INSTRUMENTED_END_SEND', 252), ('INSTRUMENTED_INSTRUCTION', 253),
    ('INSTRUMENTED_LINE', 254),
)
_PSEUDO_OPS = (
    ('SETUP_FINALLY', 256), ('SETUP_CLEANUP', 257), ('SETUP_WITH', 258), ('POP_BLOCK', 259), ('JUMP', 260),
    ('JUMP_NO_INTERRUPT', 261), ('LOAD_METHOD', 262), ('LOAD_SUPER_METHOD', 263), ('LOAD_ZERO_SUPER_METHOD', 264),
    ('LOAD_ZERO_SUPER_ATTR', 265), ('STORE_FAST_MAYBE_NULL', 266),
)
_specializations = {
    'BINARY_OP': ['BINARY_OP_ADD_FLOAT', 'BINARY_OP_ADD_INT', 'BINARY_OP_ADD_UNICODE', 'BINARY_OP_INPLACE_ADD_UNICODE', 'BINARY_OP_MULTIPLY_FLOAT', 'BINARY_OP_MULTIPLY_INT', 'BINARY_OP_SUBTRACT_FLOAT', 'BINARY_OP_SUBTRACT_INT'],
    'BINARY_SUBSCR': ['BINARY_SUBSCR_DICT', 'BINARY_SUBSCR_GETITEM', 'BINARY_SUBSCR_LIST_INT', 'BINARY_SUBSCR_TUPLE_INT'],
    'CALL': ['CALL_PY_EXACT_ARGS', 'CALL_PY_WITH_DEFAULTS', 'CALL_BOUND_METHOD_EXACT_ARGS', 'CALL_BUILTIN_CLASS', 'CALL_BUILTIN_FAST_WITH_KEYWORDS', 'CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS', 'CALL_NO_KW_BUILTIN_FAST', 'CALL_NO_KW_BUILTIN_O', 'CALL_NO_KW_ISINSTANCE', 'CALL_NO_KW_LEN', 'CALL_NO_KW_LIST_APPEND', 'CALL_NO_KW_METHOD_DESCRIPTOR_FAST', 'CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS', 'CALL_NO_KW_METHOD_DESCRIPTOR_O', 'CALL_NO_KW_STR_1', 'CALL_NO_KW_TUPLE_1', 'CALL_NO_KW_TYPE_1'],
    'COMPARE_OP': ['COMPARE_OP_FLOAT', 'COMPARE_OP_INT', 'COMPARE_OP_STR'],
    'FOR_ITER': ['FOR_ITER_LIST', 'FOR_ITER_TUPLE', 'FOR_ITER_RANGE', 'FOR_ITER_GEN'],
    'LOAD_SUPER_ATTR': ['LOAD_SUPER_ATTR_ATTR', 'LOAD_SUPER_ATTR_METHOD'],
    'LOAD_ATTR': ['LOAD_ATTR_CLASS', 'LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN', 'LOAD_ATTR_INSTANCE_VALUE', 'LOAD_ATTR_MODULE', 'LOAD_ATTR_PROPERTY', 'LOAD_ATTR_SLOT', 'LOAD_ATTR_WITH_HINT', 'LOAD_ATTR_METHOD_LAZY_DICT', 'LOAD_ATTR_METHOD_NO_DICT', 'LOAD_ATTR_METHOD_WITH_VALUES'],
    'LOAD_CONST': ['LOAD_CONST__LOAD_FAST'],
    'LOAD_FAST': ['LOAD_FAST__LOAD_CONST', 'LOAD_FAST__LOAD_FAST'],
    'LOAD_GLOBAL': ['LOAD_GLOBAL_BUILTIN', 'LOAD_GLOBAL_MODULE'],
    'STORE_ATTR': ['STORE_ATTR_INSTANCE_VALUE', 'STORE_ATTR_SLOT', 'STORE_ATTR_WITH_HINT'],
    'STORE_FAST': ['STORE_FAST__LOAD_FAST', 'STORE_FAST__STORE_FAST'],
    'STORE_SUBSCR': ['STORE_SUBSCR_DICT', 'STORE_SUBSCR_LIST_INT'],
    'UNPACK_SEQUENCE': ['UNPACK_SEQUENCE_LIST', 'UNPACK_SEQUENCE_TUPLE', 'UNPACK_SEQUENCE_TWO_TUPLE'],
    'SEND': ['SEND_GEN'],
}

opmap = {}
for _name, _number in _REAL_OPS + _PSEUDO_OPS:
    opmap[_name] = _number
opname = ['<%r>' % (_number,) for _number in range(MAX_PSEUDO_OPCODE + 1)]
for _name, _number in _REAL_OPS + _PSEUDO_OPS:
    opname[_number] = _name

EXTENDED_ARG = opmap['EXTENDED_ARG']


def is_pseudo(op):
    return MIN_PSEUDO_OPCODE <= op <= MAX_PSEUDO_OPCODE


def _numbers(*names):
    return [opmap[n] for n in names]


hasarg = sorted([op for _, op in _REAL_OPS if op >= HAVE_ARGUMENT] +
                _numbers('JUMP', 'JUMP_NO_INTERRUPT', 'LOAD_METHOD', 'LOAD_SUPER_METHOD',
                         'LOAD_ZERO_SUPER_METHOD', 'LOAD_ZERO_SUPER_ATTR', 'STORE_FAST_MAYBE_NULL'))
hasconst = _numbers('LOAD_CONST', 'RETURN_CONST', 'KW_NAMES')
hasname = _numbers('STORE_NAME', 'DELETE_NAME', 'STORE_ATTR', 'DELETE_ATTR', 'STORE_GLOBAL', 'DELETE_GLOBAL',
                   'LOAD_NAME', 'LOAD_ATTR', 'IMPORT_NAME', 'IMPORT_FROM', 'LOAD_GLOBAL', 'LOAD_SUPER_ATTR',
                   'LOAD_FROM_DICT_OR_GLOBALS', 'LOAD_METHOD', 'LOAD_SUPER_METHOD', 'LOAD_ZERO_SUPER_METHOD',
                   'LOAD_ZERO_SUPER_ATTR')
hasjrel = _numbers('FOR_ITER', 'JUMP_FORWARD', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'SEND',
                   'POP_JUMP_IF_NOT_NONE', 'POP_JUMP_IF_NONE', 'JUMP_BACKWARD_NO_INTERRUPT', 'JUMP_BACKWARD',
                   'JUMP', 'JUMP_NO_INTERRUPT')
hasjabs = []
haslocal = _numbers('LOAD_FAST', 'STORE_FAST', 'DELETE_FAST', 'LOAD_FAST_CHECK', 'LOAD_FAST_AND_CLEAR',
                    'STORE_FAST_MAYBE_NULL')
hascompare = _numbers('COMPARE_OP')
# 148 was LOAD_CLASSDEREF: 3.12 retired the instruction but still lists its number here
hasfree = sorted(_numbers('MAKE_CELL', 'LOAD_CLOSURE', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF',
                          'LOAD_FROM_DICT_OR_DEREF') + [148])
hasexc = _numbers('SETUP_FINALLY', 'SETUP_CLEANUP', 'SETUP_WITH')

_nb_ops = [
    ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"), ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"), ("NB_OR", "|"),
    ("NB_POWER", "**"), ("NB_RSHIFT", ">>"), ("NB_SUBTRACT", "-"), ("NB_TRUE_DIVIDE", "/"), ("NB_XOR", "^"),
]
_nb_ops = _nb_ops + [("NB_INPLACE" + name[2:], symbol + "=") for name, symbol in _nb_ops]

_intrinsic_1_descs = [
    "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
    "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
    "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
]
_intrinsic_2_descs = [
    "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
]

_specialized_instructions = [name for family in _specializations.values() for name in family]

# the layout of each instruction's inline cache, in two-byte entries
_cache_format = {
    "LOAD_GLOBAL": {"counter": 1, "index": 1, "module_keys_version": 1, "builtin_keys_version": 1},
    "BINARY_OP": {"counter": 1},
    "UNPACK_SEQUENCE": {"counter": 1},
    "COMPARE_OP": {"counter": 1},
    "BINARY_SUBSCR": {"counter": 1},
    "FOR_ITER": {"counter": 1},
    "LOAD_SUPER_ATTR": {"counter": 1},
    "LOAD_ATTR": {"counter": 1, "version": 2, "keys_version": 2, "descr": 4},
    "STORE_ATTR": {"counter": 1, "version": 2, "index": 1},
    "CALL": {"counter": 1, "func_version": 2},
    "STORE_SUBSCR": {"counter": 1},
    "SEND": {"counter": 1},
}

_inline_cache_entries = [sum(_cache_format.get(opname[op], {}).values()) for op in range(256)]

# stack effects: (without jump, with jump); a function of the argument where it depends on it
_FIXED_EFFECTS = {
    'NOP': 0, 'RESUME': 0, 'EXTENDED_ARG': 0, 'CACHE': 0, 'MAKE_CELL': 0, 'COPY_FREE_VARS': 0,
    'RETURN_CONST': 0, 'JUMP_FORWARD': 0, 'JUMP_BACKWARD': 0, 'JUMP_BACKWARD_NO_INTERRUPT': 0,
    'JUMP': 0, 'JUMP_NO_INTERRUPT': 0, 'POP_BLOCK': 0, 'SWAP': 0, 'KW_NAMES': 0,
    'POP_TOP': -1, 'RETURN_VALUE': -1, 'STORE_NAME': -1, 'STORE_GLOBAL': -1, 'STORE_FAST': -1,
    'STORE_DEREF': -1, 'STORE_FAST_MAYBE_NULL': -1, 'INTERPRETER_EXIT': -1, 'END_SEND': -1,
    'PUSH_NULL': 1, 'LOAD_CONST': 1, 'LOAD_NAME': 1, 'LOAD_FAST': 1, 'LOAD_FAST_CHECK': 1,
    'LOAD_FAST_AND_CLEAR': 1, 'LOAD_DEREF': 1, 'LOAD_CLOSURE': 1, 'LOAD_BUILD_CLASS': 1,
    'LOAD_ASSERTION_ERROR': 1, 'LOAD_LOCALS': 1, 'COPY': 1, 'GET_LEN': 1, 'MATCH_MAPPING': 1,
    'MATCH_SEQUENCE': 1, 'MATCH_KEYS': 1, 'PUSH_EXC_INFO': 1, 'BEFORE_WITH': 1, 'BEFORE_ASYNC_WITH': 1,
    'WITH_EXCEPT_START': 1, 'GET_ANEXT': 1, 'IMPORT_FROM': 1, 'RETURN_GENERATOR': 0, 'LOAD_METHOD': 1, 'RESERVED': 0,
    'END_FOR': -2, 'END_ASYNC_FOR': -2, 'MATCH_CLASS': -2, 'LOAD_ZERO_SUPER_ATTR': -1,
    'LOAD_SUPER_METHOD': -1, 'LOAD_ZERO_SUPER_METHOD': -1,
    'UNARY_NEGATIVE': 0, 'UNARY_NOT': 0, 'UNARY_INVERT': 0, 'GET_ITER': 0, 'GET_AITER': 0,
    'GET_YIELD_FROM_ITER': 0, 'GET_AWAITABLE': 0, 'CALL_INTRINSIC_1': 0, 'YIELD_VALUE': 0,
    'LOAD_FROM_DICT_OR_GLOBALS': 0, 'LOAD_FROM_DICT_OR_DEREF': 0, 'DELETE_NAME': 0, 'DELETE_GLOBAL': 0,
    'DELETE_FAST': 0, 'DELETE_DEREF': 0, 'SETUP_ANNOTATIONS': 0, 'CHECK_EXC_MATCH': 0, 'CHECK_EG_MATCH': 0,
    'BINARY_OP': -1, 'COMPARE_OP': -1, 'IS_OP': -1, 'CONTAINS_OP': -1, 'BINARY_SUBSCR': -1,
    'CALL_INTRINSIC_2': -1, 'STORE_SUBSCR': -3, 'DELETE_SUBSCR': -2, 'STORE_ATTR': -2, 'DELETE_ATTR': -1,
    'BINARY_SLICE': -2, 'STORE_SLICE': -4, 'LIST_APPEND': -1, 'SET_ADD': -1, 'LIST_EXTEND': -1,
    'SET_UPDATE': -1, 'DICT_UPDATE': -1, 'DICT_MERGE': -1, 'MAP_ADD': -2,
    'POP_JUMP_IF_FALSE': -1, 'POP_JUMP_IF_TRUE': -1, 'POP_JUMP_IF_NONE': -1, 'POP_JUMP_IF_NOT_NONE': -1,
    'FOR_ITER': 1, 'SEND': 0, 'RERAISE': -1, 'POP_EXCEPT': -1, 'CLEANUP_THROW': -1, 'IMPORT_NAME': -1,
    'RAISE_VARARGS': lambda arg: -arg,
    'LOAD_ATTR': lambda arg: arg & 1,
    'LOAD_SUPER_ATTR': lambda arg: -2 + (arg & 1),
    'LOAD_GLOBAL': lambda arg: 1 + (arg & 1),
    'BUILD_TUPLE': lambda arg: 1 - arg, 'BUILD_LIST': lambda arg: 1 - arg, 'BUILD_SET': lambda arg: 1 - arg,
    'BUILD_STRING': lambda arg: 1 - arg, 'BUILD_MAP': lambda arg: 1 - 2 * arg,
    'BUILD_CONST_KEY_MAP': lambda arg: -arg, 'BUILD_SLICE': lambda arg: -2 if arg == 3 else -1,
    'UNPACK_SEQUENCE': lambda arg: arg - 1, 'UNPACK_EX': lambda arg: (arg & 0xFF) + (arg >> 8),
    'CALL': lambda arg: -1 - arg, 'CALL_FUNCTION_EX': lambda arg: -2 - (arg & 1),
    'MAKE_FUNCTION': lambda arg: -bin(arg & 0xF).count('1'),
    'FORMAT_VALUE': lambda arg: -1 if arg & 0x4 else 0,
}
_HASARG = frozenset(hasarg)
_JUMP_EFFECTS = {'SETUP_FINALLY': (0, 1), 'SETUP_CLEANUP': (0, 2), 'SETUP_WITH': (0, 1)}


def stack_effect(opcode, oparg=None, /, *, jump=None):
    """Compute the stack effect of the opcode."""
    if not isinstance(opcode, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(opcode).__name__)
    name = opname[opcode] if 0 <= opcode <= MAX_PSEUDO_OPCODE else None
    if opcode >= HAVE_ARGUMENT and (not is_pseudo(opcode) or opcode in _HASARG):
        if oparg is None:
            raise ValueError("stack_effect: opcode requires oparg but oparg was not specified")
    elif oparg is not None:
        raise ValueError("stack_effect: opcode does not permit oparg but oparg was specified")
    if jump is not None and not isinstance(jump, bool):
        raise ValueError("stack_effect: jump must be False, True or None")
    if name in _JUMP_EFFECTS:
        plain, jumped = _JUMP_EFFECTS[name]
        if jump is None:
            return max(plain, jumped)
        return jumped if jump else plain
    if name is not None and name.startswith('INSTRUMENTED_') and name != 'INSTRUMENTED_LINE':
        # CPython 3.12's table: the instrumented forms pop what their plain forms pop, minus the jumps' condition
        base = name[len('INSTRUMENTED_'):]
        if base in ('LOAD_SUPER_ATTR', 'RETURN_VALUE', 'END_FOR', 'END_SEND'):
            name = base
        else:
            return 0
    effect = _FIXED_EFFECTS.get(name)
    if effect is None:
        raise ValueError("invalid opcode or oparg")
    if callable(effect):
        return effect(oparg)
    return effect


del _name, _number
