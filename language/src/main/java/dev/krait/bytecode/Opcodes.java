package dev.krait.bytecode;

/**
 * CPython 3.12's instruction set as its {@code opcode} module numbers it: the real instructions (below 256), whose
 * numbers are what {@code co_code} holds, and the compiler's pseudo-instructions (256 and up), which the assembler
 * replaces by real ones. Also each instruction's count of inline CACHE entries and its stack effect.
 */
public final class Opcodes {
    private Opcodes() {
    }

    /** Instructions numbered from here on carry an argument. */
    public static final int HAVE_ARGUMENT = 90;

    public static final int CACHE = 0;
    public static final int POP_TOP = 1;
    public static final int PUSH_NULL = 2;
    public static final int INTERPRETER_EXIT = 3;
    public static final int END_FOR = 4;
    public static final int END_SEND = 5;
    public static final int NOP = 9;
    public static final int UNARY_NEGATIVE = 11;
    public static final int UNARY_NOT = 12;
    public static final int UNARY_INVERT = 15;
    public static final int RESERVED = 17;
    public static final int BINARY_SUBSCR = 25;
    public static final int BINARY_SLICE = 26;
    public static final int STORE_SLICE = 27;
    public static final int GET_LEN = 30;
    public static final int MATCH_MAPPING = 31;
    public static final int MATCH_SEQUENCE = 32;
    public static final int MATCH_KEYS = 33;
    public static final int PUSH_EXC_INFO = 35;
    public static final int CHECK_EXC_MATCH = 36;
    public static final int CHECK_EG_MATCH = 37;
    public static final int WITH_EXCEPT_START = 49;
    public static final int GET_AITER = 50;
    public static final int GET_ANEXT = 51;
    public static final int BEFORE_ASYNC_WITH = 52;
    public static final int BEFORE_WITH = 53;
    public static final int END_ASYNC_FOR = 54;
    public static final int CLEANUP_THROW = 55;
    public static final int STORE_SUBSCR = 60;
    public static final int DELETE_SUBSCR = 61;
    public static final int GET_ITER = 68;
    public static final int GET_YIELD_FROM_ITER = 69;
    public static final int LOAD_BUILD_CLASS = 71;
    public static final int LOAD_ASSERTION_ERROR = 74;
    public static final int RETURN_GENERATOR = 75;
    public static final int RETURN_VALUE = 83;
    public static final int SETUP_ANNOTATIONS = 85;
    public static final int LOAD_LOCALS = 87;
    public static final int POP_EXCEPT = 89;
    public static final int STORE_NAME = 90;
    public static final int DELETE_NAME = 91;
    public static final int UNPACK_SEQUENCE = 92;
    public static final int FOR_ITER = 93;
    public static final int UNPACK_EX = 94;
    public static final int STORE_ATTR = 95;
    public static final int DELETE_ATTR = 96;
    public static final int STORE_GLOBAL = 97;
    public static final int DELETE_GLOBAL = 98;
    public static final int SWAP = 99;
    public static final int LOAD_CONST = 100;
    public static final int LOAD_NAME = 101;
    public static final int BUILD_TUPLE = 102;
    public static final int BUILD_LIST = 103;
    public static final int BUILD_SET = 104;
    public static final int BUILD_MAP = 105;
    public static final int LOAD_ATTR = 106;
    public static final int COMPARE_OP = 107;
    public static final int IMPORT_NAME = 108;
    public static final int IMPORT_FROM = 109;
    public static final int JUMP_FORWARD = 110;
    public static final int POP_JUMP_IF_FALSE = 114;
    public static final int POP_JUMP_IF_TRUE = 115;
    public static final int LOAD_GLOBAL = 116;
    public static final int IS_OP = 117;
    public static final int CONTAINS_OP = 118;
    public static final int RERAISE = 119;
    public static final int COPY = 120;
    public static final int RETURN_CONST = 121;
    public static final int BINARY_OP = 122;
    public static final int SEND = 123;
    public static final int LOAD_FAST = 124;
    public static final int STORE_FAST = 125;
    public static final int DELETE_FAST = 126;
    public static final int LOAD_FAST_CHECK = 127;
    public static final int POP_JUMP_IF_NOT_NONE = 128;
    public static final int POP_JUMP_IF_NONE = 129;
    public static final int RAISE_VARARGS = 130;
    public static final int GET_AWAITABLE = 131;
    public static final int MAKE_FUNCTION = 132;
    public static final int BUILD_SLICE = 133;
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 134;
    public static final int MAKE_CELL = 135;
    public static final int LOAD_CLOSURE = 136;
    public static final int LOAD_DEREF = 137;
    public static final int STORE_DEREF = 138;
    public static final int DELETE_DEREF = 139;
    public static final int JUMP_BACKWARD = 140;
    public static final int LOAD_SUPER_ATTR = 141;
    public static final int CALL_FUNCTION_EX = 142;
    public static final int LOAD_FAST_AND_CLEAR = 143;
    public static final int EXTENDED_ARG = 144;
    public static final int LIST_APPEND = 145;
    public static final int SET_ADD = 146;
    public static final int MAP_ADD = 147;
    public static final int COPY_FREE_VARS = 149;
    public static final int YIELD_VALUE = 150;
    public static final int RESUME = 151;
    public static final int MATCH_CLASS = 152;
    public static final int FORMAT_VALUE = 155;
    public static final int BUILD_CONST_KEY_MAP = 156;
    public static final int BUILD_STRING = 157;
    public static final int LIST_EXTEND = 162;
    public static final int SET_UPDATE = 163;
    public static final int DICT_MERGE = 164;
    public static final int DICT_UPDATE = 165;
    public static final int CALL = 171;
    public static final int KW_NAMES = 172;
    public static final int CALL_INTRINSIC_1 = 173;
    public static final int CALL_INTRINSIC_2 = 174;
    public static final int LOAD_FROM_DICT_OR_GLOBALS = 175;
    public static final int LOAD_FROM_DICT_OR_DEREF = 176;
    public static final int INSTRUMENTED_LOAD_SUPER_ATTR = 237;
    public static final int INSTRUMENTED_POP_JUMP_IF_NONE = 238;
    public static final int INSTRUMENTED_POP_JUMP_IF_NOT_NONE = 239;
    public static final int INSTRUMENTED_RESUME = 240;
    public static final int INSTRUMENTED_CALL = 241;
    public static final int INSTRUMENTED_RETURN_VALUE = 242;
    public static final int INSTRUMENTED_YIELD_VALUE = 243;
    public static final int INSTRUMENTED_CALL_FUNCTION_EX = 244;
    public static final int INSTRUMENTED_JUMP_FORWARD = 245;
    public static final int INSTRUMENTED_JUMP_BACKWARD = 246;
    public static final int INSTRUMENTED_RETURN_CONST = 247;
    public static final int INSTRUMENTED_FOR_ITER = 248;
    public static final int INSTRUMENTED_POP_JUMP_IF_FALSE = 249;
    public static final int INSTRUMENTED_POP_JUMP_IF_TRUE = 250;
    public static final int INSTRUMENTED_END_FOR = 251;
    public static final int INSTRUMENTED_END_SEND = 252;
    public static final int INSTRUMENTED_INSTRUCTION = 253;
    public static final int INSTRUMENTED_LINE = 254;
    public static final int SETUP_FINALLY = 256;
    public static final int SETUP_CLEANUP = 257;
    public static final int SETUP_WITH = 258;
    public static final int POP_BLOCK = 259;
    public static final int JUMP = 260;
    public static final int JUMP_NO_INTERRUPT = 261;
    public static final int LOAD_METHOD = 262;
    public static final int LOAD_SUPER_METHOD = 263;
    public static final int LOAD_ZERO_SUPER_METHOD = 264;
    public static final int LOAD_ZERO_SUPER_ATTR = 265;
    public static final int STORE_FAST_MAYBE_NULL = 266;

    /** How many two-byte CACHE entries follow an instruction in {@code co_code} (unspecialized form). */
    public static int caches(int op) {
        return switch (op) {
            case BINARY_SUBSCR, STORE_SUBSCR, UNPACK_SEQUENCE, FOR_ITER, COMPARE_OP, BINARY_OP, SEND, LOAD_SUPER_ATTR -> 1;
            case STORE_ATTR, LOAD_GLOBAL -> 4;
            case LOAD_ATTR -> 9;
            case CALL -> 3;
            default -> 0;
        };
    }

    public static boolean hasArgument(int op) {
        return op >= HAVE_ARGUMENT;
    }

    public static boolean isJump(int op) {
        return switch (op) {
            case FOR_ITER, JUMP_FORWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, SEND, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE,
                            JUMP_BACKWARD_NO_INTERRUPT, JUMP_BACKWARD, JUMP, JUMP_NO_INTERRUPT -> true;
            default -> false;
        };
    }

    /** A jump that always transfers control (the block ends there). */
    public static boolean isUnconditionalJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    public static boolean isConditionalJump(int op) {
        return op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE || op == POP_JUMP_IF_NONE || op == POP_JUMP_IF_NOT_NONE;
    }

    /** Leaves the code unit: no fall-through and no jump. */
    public static boolean isScopeExit(int op) {
        return op == RETURN_VALUE || op == RETURN_CONST || op == RAISE_VARARGS || op == RERAISE;
    }

    public static boolean isBlockPush(int op) {
        return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }

    /** The stack effect of an instruction; {@code jump} selects the effect when the jump (or the handler) is taken. */
    public static int stackEffect(int op, int oparg, boolean jump) {
        return switch (op) {
            case NOP, RESUME, EXTENDED_ARG, CACHE, JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT,
                            POP_BLOCK, MAKE_CELL, COPY_FREE_VARS, RETURN_CONST -> 0;
            case POP_TOP, RETURN_VALUE, STORE_NAME, STORE_GLOBAL, STORE_FAST, STORE_DEREF -> -1;
            case PUSH_NULL, LOAD_CONST, LOAD_NAME, LOAD_FAST, LOAD_FAST_CHECK, LOAD_FAST_AND_CLEAR, LOAD_DEREF, LOAD_CLOSURE,
                            LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, LOAD_LOCALS -> 1;
            case END_FOR -> -2;
            case END_SEND -> -1;
            case UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, GET_ITER, GET_AITER, GET_YIELD_FROM_ITER, GET_AWAITABLE,
                            CALL_INTRINSIC_1, YIELD_VALUE, LOAD_FROM_DICT_OR_GLOBALS,
                            LOAD_FROM_DICT_OR_DEREF -> 0;
            case DELETE_NAME, DELETE_GLOBAL, DELETE_FAST, DELETE_DEREF, SETUP_ANNOTATIONS -> 0;
            case BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR, CALL_INTRINSIC_2 -> -1;
            case CHECK_EXC_MATCH -> 0;
            case CHECK_EG_MATCH -> 0;
            case STORE_SUBSCR -> -3;
            case DELETE_SUBSCR -> -2;
            case STORE_ATTR -> -2;
            case DELETE_ATTR -> -1;
            case LOAD_ATTR -> (oparg & 1);
            case LOAD_SUPER_ATTR -> -2 + (oparg & 1);
            case LOAD_GLOBAL -> 1 + (oparg & 1);
            case BINARY_SLICE -> -2;
            case STORE_SLICE -> -4;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - oparg;
            case BUILD_MAP -> 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP -> -oparg;
            case BUILD_SLICE -> oparg == 3 ? -2 : -1;
            case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE -> -1;
            case MAP_ADD -> -2;
            case UNPACK_SEQUENCE -> oparg - 1;
            case UNPACK_EX -> (oparg & 0xFF) + (oparg >> 8);
            case CALL -> -1 - oparg;
            case CALL_FUNCTION_EX -> -2 - (oparg & 1);
            case KW_NAMES -> 0;
            case MAKE_FUNCTION -> -Integer.bitCount(oparg & 0xF);
            case FORMAT_VALUE -> (oparg & 0x4) != 0 ? -1 : 0;
            case COPY -> 1;
            case SWAP -> 0;
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> -1;
            case FOR_ITER -> jump ? 1 : 1;
            case SEND -> 0;
            case RAISE_VARARGS -> -oparg;
            case RERAISE -> -1;
            case POP_EXCEPT -> -1;
            case PUSH_EXC_INFO -> 1;
            case BEFORE_WITH, BEFORE_ASYNC_WITH -> 1;
            case WITH_EXCEPT_START -> 1;
            case CLEANUP_THROW -> -1;
            case END_ASYNC_FOR -> -2;
            case GET_ANEXT -> 1;
            case GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE -> 1;
            case MATCH_KEYS -> 1;
            case MATCH_CLASS -> -2;
            case IMPORT_NAME -> -1;
            case IMPORT_FROM -> 1;
            case RETURN_GENERATOR -> 1;
            case SETUP_FINALLY -> jump ? 1 : 0;
            case SETUP_CLEANUP -> jump ? 2 : 0;
            case SETUP_WITH -> jump ? 1 : 0;
            case LOAD_METHOD -> 1;
            case LOAD_SUPER_METHOD, LOAD_ZERO_SUPER_METHOD -> -1;
            case LOAD_ZERO_SUPER_ATTR -> -2;
            case STORE_FAST_MAYBE_NULL -> -1;
            case INTERPRETER_EXIT -> -1;
            default -> throw new IllegalArgumentException("no stack effect for " + op);
        };
    }
}
