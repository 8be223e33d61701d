package dev.krait.bytecode.interpreter;

import static dev.krait.bytecode.Opcodes.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;

import dev.krait.nodes.local.ReadGlobalNode;
import dev.krait.nodes.controlflow.JumpException;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.Tracing;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.CompareOperator;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectGetItem;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectSetAttr;

/**
 * The eval loop: a {@code switch} over CPython 3.12's opcodes, one case per instruction, on the activation's value
 * stack and fast locals. Each case calls the runtime layer's uncached helpers ({@code PyNumber},
 * {@code PyObjectGetAttr}, {@code PyObjectCall}, …), the vocabulary the AST engine's nodes use too, so the two
 * engines cannot disagree on what an operation means. Exceptions unwind through the code unit's exception table.
 * The whole loop is one {@code @TruffleBoundary}: it is compiled as Java, never partially evaluated.
 */
public final class BytecodeInterpreter {
    private static final String[] NO_NAMES = new String[0];
    private static final BinaryOperator[] BINARY_OPERATORS = {BinaryOperator.ADD, BinaryOperator.AND, BinaryOperator.FLOORDIV,
                    BinaryOperator.LSHIFT, BinaryOperator.MATMUL, BinaryOperator.MUL, BinaryOperator.MOD, BinaryOperator.OR,
                    BinaryOperator.POW, BinaryOperator.RSHIFT, BinaryOperator.SUB, BinaryOperator.TRUEDIV, BinaryOperator.XOR};
    private static final CompareOperator[] COMPARE_OPERATORS = CompareOperator.values();

    /** {@code -Dkrait.traceBytecode=true}: each instruction and the stack depth before it, on stderr (clox's trace). */
    private static final boolean TRACE = Boolean.getBoolean("krait.traceBytecode");

    /** The instructions that store or delete a reference (and may drop the last one to a value). */
    private static final boolean[] DROPS = new boolean[256];

    static {
        for (int op : new int[]{STORE_FAST, STORE_NAME, STORE_GLOBAL, STORE_DEREF, STORE_ATTR, STORE_SUBSCR, STORE_SLICE, DELETE_FAST,
                        DELETE_NAME, DELETE_GLOBAL, DELETE_DEREF, DELETE_ATTR, DELETE_SUBSCR}) {
            DROPS[op] = true;
        }
    }

    private static boolean isDelete(int op) {
        return op == DELETE_FAST || op == DELETE_NAME || op == DELETE_GLOBAL || op == DELETE_DEREF || op == DELETE_ATTR || op == DELETE_SUBSCR;
    }

    private BytecodeInterpreter() {
    }

    @TruffleBoundary
    private static void trace(BytecodeFrame f, int op, int arg) {
        System.err.printf("%s %4d %-24s %4d  [stack %d]%n", f.root.getQualifiedName(), 2 * f.current, OPCODE_NAMES.get(op), arg, f.sp);
    }

    private static final java.util.Map<Integer, String> OPCODE_NAMES = opcodeNames();

    private static java.util.Map<Integer, String> opcodeNames() {
        java.util.Map<Integer, String> names = new java.util.HashMap<>();
        for (java.lang.reflect.Field field : dev.krait.bytecode.Opcodes.class.getFields()) {
            if (field.getType() == int.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                try {
                    names.putIfAbsent(field.getInt(null), field.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    /** A call of a bytecode body: sets up the activation, runs it, and ends it as the AST engine's roots do. */
    @TruffleBoundary
    static Object call(BytecodeRootNode root, MaterializedFrame frame) {
        KraitContext context = KraitContext.get(null);
        if (context.enterCall() > context.getRecursionLimit()) {
            context.exitCall();
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
        BytecodeFrame f = newFrame(root, frame);
        Object result = null;
        boolean suspended = false;
        boolean traced = Tracing.mayTrace() && !root.isHidden() && !root.makesGenerator();
        try {
            if (traced) {
                Tracing.call(root, frame, root.isModule() ? 0 : Tracing.firstLine(frame.getArguments()));
            }
            result = run(f, context, null);
            suspended = f.suspended;
            if (traced) {
                Tracing.returned(root, frame, result, false);
            }
            return result;
        } catch (PException e) {
            if (traced) {
                Tracing.unwound(root, frame, e);
            }
            leaveFrame(f, context, e);
            result = e.getPythonExceptionOrNull();
            throw e;
        } catch (StackOverflowError e) {
            PException error = Errors.recursionError("maximum recursion depth exceeded");
            leaveFrame(f, context, error);
            throw error;
        } finally {
            endActivation(f, context, result, suspended);
        }
    }

    private static BytecodeFrame newFrame(BytecodeRootNode root, MaterializedFrame frame) {
        Object[] arguments = frame.getArguments();
        BytecodeFrame f;
        switch (root.kind()) {
            case MODULE -> f = new BytecodeFrame(root, frame, (PModule) arguments[0], arguments.length > 1 ? arguments[1] : null);
            case CLASS_BODY -> f = new BytecodeFrame(root, frame, ((PFunction) arguments[0]).getGlobals(), arguments[1]);
            default -> {
                f = new BytecodeFrame(root, frame, ((PFunction) arguments[0]).getGlobals(), null);
                int[] parameters = root.parameterLocals;
                for (int i = 0; i < parameters.length && i + 1 < arguments.length; i++) {
                    Object value = arguments[i + 1];
                    RefCounts.incRef(value);
                    frame.setObject(parameters[i], value);
                }
            }
        }
        frame.setObject(root.stateSlot(), f);
        return f;
    }

    /** The exception leaves the activation: a traceback entry for it, and its variables go with the exception. */
    static void leaveFrame(BytecodeFrame f, KraitContext context, PException e) {
        BytecodeRootNode root = f.root;
        if (!root.isHidden()) {
            e.leaveFrame(root.unit().filename(), root.getName(), f.frame.getArguments(), root, f.frame);
        } else {
            e.forgetPosition();
        }
        if (root.kind() != BytecodeRootNode.Kind.MODULE && RefCounts.isEnabled()) {
            dev.krait.nodes.root.FrameRelease.moveSlotsToException(f.frame, countedSlots(root), context, e);
        }
    }

    /** The slots a frame counts: every local, cell and free variable, and the dict {@code locals()} made. */
    static int[] countedSlots(BytecodeRootNode root) {
        int[] slots = new int[root.localsCount() + 1];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = i;
        }
        return slots;
    }

    /**
     * The end of a call (see LeaveFrameNode): the handled exceptions it left are restored, its variables dropped
     * and what that released is released before the caller goes on; the result is held meanwhile.
     */
    private static void endActivation(BytecodeFrame f, KraitContext context, Object result, boolean suspended) {
        if (!suspended) {
            while (f.handledPushes > 0) {
                context.popHandledException();
                f.handledPushes--;
            }
        }
        if (!RefCounts.isEnabled()) {
            context.exitCall();
            return;
        }
        RefCounts.incRef(result);
        if (suspended) {
            f.holdStack();
        }
        if (!suspended && f.root.kind() != BytecodeRootNode.Kind.MODULE) {
            int parameters = f.root.parameterLocals.length;
            for (int i = 0; i <= f.root.localsCount(); i++) {
                if (!isParameter(f.root, i, parameters)) {
                    dropLocal(f.frame, i);
                }
            }
        }
        if (context.hasDroppedObjects()) {
            context.releaseDroppedNow();
        }
        context.exitCall();
        if (!suspended && f.root.kind() != BytecodeRootNode.Kind.MODULE) {
            int parameters = f.root.parameterLocals.length;
            for (int i = 0; i < f.root.localsCount(); i++) {
                if (isParameter(f.root, i, parameters)) {
                    dropLocal(f.frame, i);
                }
            }
        }
        RefCounts.decRef(result);
    }

    /** The end of one step of a generator: as a call's end, but a suspended one keeps its variables. */
    static void endStep(BytecodeFrame f, KraitContext context, Object result, boolean suspended) {
        endActivation(f, context, result, suspended);
    }

    /** Runs a generator's activation on from where it stopped, raising {@code pending} there first if given. */
    static Object resumeRun(BytecodeFrame f, KraitContext context, PException pending) {
        return run(f, context, pending);
    }

    private static boolean isParameter(BytecodeRootNode root, int local, int parameters) {
        return local < parameters && root.kind() == BytecodeRootNode.Kind.FUNCTION;
    }

    /** A counted variable is dropped; an immortal one stays (a frame object outliving the call still shows it). */
    private static void dropLocal(MaterializedFrame frame, int slot) {
        Object value = frame.getValue(slot);
        if (value != null && RefCounts.isCounted(value)) {
            frame.setObject(slot, null);
            RefCounts.decRef(value);
        }
    }

    /**
     * Runs the activation from {@code f.next} until it returns (or, for a generator, yields): the loop itself.
     */
    private static Object run(BytecodeFrame f, KraitContext context, PException pending) {
        BytecodeRootNode root = f.root;
        byte[] code = root.code;
        Object[] consts = root.constants(context);
        String[] names = root.names;
        MaterializedFrame frame = f.frame;
        boolean counting = RefCounts.isEnabled();
        int i = pending == null ? f.next : handle(f, context, pending);
        while (true) {
            try {
                while (true) {
                    f.lasti = i;
                    f.current = i;
                    if (root.lineStarts[i]) {
                        if (counting && context.hasDroppedObjects()) {
                            releaseDropped(f, context);
                        }
                        if (Tracing.mayTrace() && !root.isHidden()) {
                            try {
                                Tracing.line(root, frame, root.lines[i]);
                            } catch (JumpException jump) {
                                i = FrameJump.jump(f, context, jump.line());
                                continue;
                            }
                        }
                    }
                    int op = code[2 * i] & 0xFF;
                    int arg = code[2 * i + 1] & 0xFF;
                    i++;
                    while (op == EXTENDED_ARG) {
                        op = code[2 * i] & 0xFF;
                        arg = (arg << 8) | (code[2 * i + 1] & 0xFF);
                        f.lasti = i;
                        f.current = i;
                        i++;
                    }
                    i += caches(op);
                    if (TRACE) {
                        trace(f, op, arg);
                    }
                    switch (op) {
                        case NOP, RESUME, CACHE -> {
                        }
                        case POP_TOP -> Operations.dropPopped(context, f, f.pop());
                        case PUSH_NULL -> f.push(null);
                        case END_FOR -> {
                            f.pop();
                            f.pop();
                        }
                        case END_SEND -> {
                            Object value = f.pop();
                            f.pop();
                            f.push(value);
                        }
                        case COPY -> f.push(f.peek(arg));
                        case SWAP -> {
                            Object top = f.stack[f.sp - 1];
                            f.stack[f.sp - 1] = f.stack[f.sp - arg];
                            f.stack[f.sp - arg] = top;
                        }
                        case LOAD_CONST -> f.push(consts[arg]);
                        case RETURN_CONST -> {
                            return consts[arg];
                        }
                        case RETURN_VALUE -> {
                            return f.pop();
                        }
                        case LOAD_FAST, LOAD_FAST_CHECK -> {
                            Object value = frame.getValue(arg);
                            if (value == null) {
                                throw unboundLocal(root, arg);
                            }
                            f.push(value);
                        }
                        case LOAD_FAST_AND_CLEAR -> {
                            f.push(frame.getValue(arg));
                            frame.setObject(arg, null);
                        }
                        case STORE_FAST -> storeLocal(frame, arg, f.pop());
                        case DELETE_FAST -> {
                            Object old = frame.getValue(arg);
                            if (old == null) {
                                throw unboundLocal(root, arg);
                            }
                            frame.setObject(arg, null);
                            RefCounts.decRef(old);
                        }
                        case MAKE_CELL -> {
                            Object initial = frame.getValue(arg);
                            PCell cell = new PCell(initial);
                            cell.incRef();
                            frame.setObject(arg, cell);
                            RefCounts.decRef(initial);
                        }
                        case COPY_FREE_VARS -> {
                            PCell[] closure = ((PFunction) frame.getArguments()[0]).getClosure();
                            int first = root.localsCount() - arg;
                            for (int k = 0; k < arg; k++) {
                                closure[k].incRef();
                                frame.setObject(first + k, closure[k]);
                            }
                        }
                        case LOAD_CLOSURE -> f.push(frame.getValue(arg));
                        case LOAD_DEREF -> {
                            Object value = ((PCell) frame.getValue(arg)).get();
                            if (value == null) {
                                throw unboundDeref(root, arg);
                            }
                            f.push(value);
                        }
                        case STORE_DEREF -> ((PCell) frame.getValue(arg)).set(f.pop());
                        case DELETE_DEREF -> {
                            PCell cell = (PCell) frame.getValue(arg);
                            if (cell.get() == null) {
                                throw unboundDeref(root, arg);
                            }
                            cell.set(null);
                        }
                        case LOAD_FROM_DICT_OR_DEREF -> {
                            Object mapping = f.pop();
                            Object value = dev.krait.nodes.local.NamespaceMapping.get(mapping, root.unit().localsPlusName(arg));
                            if (value == null) {
                                value = ((PCell) frame.getValue(arg)).get();
                                if (value == null) {
                                    throw unboundDeref(root, arg);
                                }
                            }
                            f.push(value);
                        }
                        case LOAD_FROM_DICT_OR_GLOBALS -> {
                            Object mapping = f.pop();
                            Object value = dev.krait.nodes.local.NamespaceMapping.get(mapping, names[arg]);
                            f.push(value != null ? value : ReadGlobalNode.readUncached(context, f.globals, names[arg]));
                        }
                        case LOAD_GLOBAL -> {
                            if ((arg & 1) != 0) {
                                f.push(null);
                            }
                            f.push(ReadGlobalNode.readUncached(context, f.globals, names[arg >> 1]));
                        }
                        case STORE_GLOBAL -> f.globals.setGlobal(names[arg], f.pop());
                        case DELETE_GLOBAL -> {
                            if (!f.globals.removeGlobal(names[arg])) {
                                throw ReadGlobalNode.notDefined(names[arg]);
                            }
                        }
                        case LOAD_NAME -> f.push(loadName(f, context, names[arg]));
                        case STORE_NAME -> storeName(f, names[arg], f.pop());
                        case DELETE_NAME -> deleteName(f, names[arg]);
                        case LOAD_LOCALS -> {
                            if (f.namespace == null) {
                                throw Errors.raise(ErrorType.SystemError, "no locals found");
                            }
                            f.push(f.namespace);
                        }
                        case LOAD_ATTR -> {
                            Object object = f.pop();
                            if ((arg & 1) != 0) {
                                Object method = Operations.plainMethod(context, object, names[arg >> 1]);
                                if (method != null) {
                                    f.push(method);
                                    f.push(object);
                                    continue;
                                }
                            }
                            Object value = PyObjectGetAttr.get(object, names[arg >> 1]);
                            if ((arg & 1) != 0) {
                                f.push(null);
                            }
                            f.push(value);
                            Operations.consumed(context, object, value);
                        }
                        case STORE_ATTR -> {
                            Object object = f.pop();
                            Object value = f.pop();
                            PyObjectSetAttr.set(object, names[arg], value);
                            Operations.dropPopped(context, f, value); // a __setattr__ that kept nothing
                        }
                        case DELETE_ATTR -> PyObjectSetAttr.set(f.pop(), names[arg], null);
                        case LOAD_SUPER_ATTR -> {
                            Object self = f.pop();
                            Object cls = f.pop();
                            Object superCallable = f.pop();
                            Object value = Operations.superAttribute(context, superCallable, cls, self, names[arg >> 2]);
                            if ((arg & 1) != 0) {
                                f.push(null);
                            }
                            f.push(value);
                        }
                        case BINARY_OP -> {
                            Object right = f.pop();
                            Object left = f.pop();
                            f.push(arg < 13 ? PyNumber.binaryOp(BINARY_OPERATORS[arg], left, right)
                                            : PyNumber.inplaceOp(BINARY_OPERATORS[arg - 13], left, right));
                        }
                        case COMPARE_OP -> {
                            Object right = f.pop();
                            Object left = f.pop();
                            f.push(PyObjectRichCompare.compare(COMPARE_OPERATORS[arg >> 4], left, right));
                        }
                        case IS_OP -> {
                            Object right = f.pop();
                            Object left = f.pop();
                            f.push(Operations.is(left, right) != (arg == 1));
                        }
                        case CONTAINS_OP -> {
                            Object container = f.pop();
                            Object item = f.pop();
                            f.push(PyObjectGetItem.contains(container, item) != (arg == 1));
                        }
                        case UNARY_NEGATIVE -> f.push(PyNumber.negative(f.pop()));
                        case UNARY_INVERT -> f.push(PyNumber.invert(f.pop()));
                        case UNARY_NOT -> f.push(!PyObjectIsTrue.isTrue(f.pop()));
                        case BINARY_SUBSCR -> {
                            Object key = f.pop();
                            Object container = f.pop();
                            f.push(PyObjectGetItem.getItem(container, key));
                        }
                        case STORE_SUBSCR -> {
                            Object key = f.pop();
                            Object container = f.pop();
                            PyObjectGetItem.setItem(container, key, f.pop());
                        }
                        case DELETE_SUBSCR -> {
                            Object key = f.pop();
                            PyObjectGetItem.setItem(f.pop(), key, null);
                        }
                        case BINARY_SLICE -> {
                            Object stop = f.pop();
                            Object start = f.pop();
                            Object container = f.pop();
                            f.push(PyObjectGetItem.getItem(container, Operations.slice(context, start, stop, PNone.NONE)));
                        }
                        case STORE_SLICE -> {
                            Object stop = f.pop();
                            Object start = f.pop();
                            Object container = f.pop();
                            PyObjectGetItem.setItem(container, Operations.slice(context, start, stop, PNone.NONE), f.pop());
                        }
                        case BUILD_SLICE -> {
                            Object step = arg == 3 ? f.pop() : PNone.NONE;
                            Object stop = f.pop();
                            f.push(Operations.slice(context, f.pop(), stop, step));
                        }
                        case BUILD_TUPLE -> f.push(context.newTuple(popArray(f, arg)));
                        case BUILD_LIST -> f.push(context.newList(popArray(f, arg)));
                        case BUILD_SET -> f.push(Operations.buildSet(context, popArray(f, arg)));
                        case BUILD_MAP -> f.push(Operations.buildMap(context, popArray(f, 2 * arg)));
                        case BUILD_CONST_KEY_MAP -> {
                            PTuple keys = (PTuple) f.pop();
                            f.push(Operations.buildConstKeyMap(context, keys.items(), popArray(f, arg)));
                        }
                        case BUILD_STRING -> f.push(Operations.concat(popArray(f, arg)));
                        case LIST_APPEND -> {
                            Object value = f.pop();
                            ((PList) f.peek(arg)).append(value);
                        }
                        case SET_ADD -> {
                            Object value = f.pop();
                            ((PSet) f.peek(arg)).add(value);
                        }
                        case MAP_ADD -> {
                            Object value = f.pop();
                            Object key = f.pop();
                            ((PDict) f.peek(arg)).setItem(key, value);
                        }
                        case LIST_EXTEND -> {
                            Object iterable = f.pop();
                            Operations.listExtend((PList) f.peek(arg), iterable);
                        }
                        case SET_UPDATE -> {
                            Object iterable = f.pop();
                            Operations.setUpdate((PSet) f.peek(arg), iterable);
                        }
                        case DICT_UPDATE -> {
                            Object mapping = f.pop();
                            Operations.dictUpdate((PDict) f.peek(arg), mapping);
                        }
                        case DICT_MERGE -> {
                            Object mapping = f.pop();
                            Operations.dictMerge((PDict) f.peek(arg), mapping, f.peek(arg + 2));
                        }
                        case UNPACK_SEQUENCE -> {
                            Object value = f.pop();
                            Object[] items = dev.krait.nodes.local.UnpackTargetNode.items(value, arg, -1);
                            if (items.length != arg) {
                                throw dev.krait.nodes.local.UnpackTargetNode.wrongCount(arg, items.length);
                            }
                            for (int k = arg - 1; k >= 0; k--) {
                                f.push(items[k]);
                            }
                        }
                        case UNPACK_EX -> Operations.unpackEx(context, f, f.pop(), arg & 0xFF, arg >> 8);
                        case GET_ITER -> f.push(PyIter.getIter(f.pop()));
                        case GET_YIELD_FROM_ITER -> f.push(Generators.yieldFromIter(context, root, f.pop()));
                        case FOR_ITER -> {
                            Object next = Tracing.mayTrace() && !root.isHidden() ? Generators.tracedNext(root, f) : PyIter.next(f.top());
                            if (next == null) {
                                // skips the END_FOR at the target too
                                Operations.dropReturnValue(f.top());
                                Operations.dropTemporary(f.pop());
                                i += arg + 1;
                            } else {
                                f.push(next);
                            }
                        }
                        case JUMP_FORWARD -> i += arg;
                        case JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> {
                            i -= arg;
                            if (op == JUMP_BACKWARD) {
                                com.oracle.truffle.api.TruffleSafepoint.poll(root);
                                if (Tracing.mayTrace() && !root.isHidden() && root.lines[i] > 0) {
                                    try {
                                        Tracing.jumpedBack(root, frame, root.lines[i]);
                                    } catch (JumpException jump) {
                                        i = FrameJump.jump(f, context, jump.line());
                                    }
                                }
                            }
                        }
                        case POP_JUMP_IF_FALSE -> {
                            if (!PyObjectIsTrue.isTrue(f.pop())) {
                                i += arg;
                            }
                        }
                        case POP_JUMP_IF_TRUE -> {
                            if (PyObjectIsTrue.isTrue(f.pop())) {
                                i += arg;
                            }
                        }
                        case POP_JUMP_IF_NONE -> {
                            if (f.pop() == PNone.NONE) {
                                i += arg;
                            }
                        }
                        case POP_JUMP_IF_NOT_NONE -> {
                            if (f.pop() != PNone.NONE) {
                                i += arg;
                            }
                        }
                        case KW_NAMES -> f.kwNames = consts[arg];
                        case CALL -> call(f, context, arg);
                        case CALL_FUNCTION_EX -> {
                            Object keywords = (arg & 1) != 0 ? f.pop() : null;
                            Object positional = f.pop();
                            Object callable = f.pop();
                            f.pop();
                            f.push(Operations.callEx(context, callable, positional, keywords));
                        }
                        case CALL_INTRINSIC_1 -> f.push(Operations.intrinsic1(context, f, arg, f.pop()));
                        case CALL_INTRINSIC_2 -> {
                            Object second = f.pop();
                            Object first = f.pop();
                            f.push(Operations.intrinsic2(context, f, arg, first, second));
                        }
                        case MAKE_FUNCTION -> f.push(Functions.makeFunction(context, f, arg));
                        case LOAD_BUILD_CLASS -> f.push(ReadGlobalNode.readUncached(context, f.globals, "__build_class__"));
                        case LOAD_ASSERTION_ERROR -> f.push(context.classes().errorClass(ErrorType.AssertionError));
                        case SETUP_ANNOTATIONS -> Operations.setupAnnotations(context, f);
                        case FORMAT_VALUE -> {
                            Object spec = (arg & 4) != 0 ? f.pop() : null;
                            f.push(Operations.formatValue(f.pop(), arg & 3, spec));
                        }
                        case IMPORT_NAME -> {
                            Object fromlist = f.pop();
                            Object level = f.pop();
                            f.push(Operations.importName(context, f, names[arg], fromlist, ((Number) level).intValue()));
                        }
                        case IMPORT_FROM -> f.push(Operations.importFrom(context, f.top(), names[arg]));
                        case RAISE_VARARGS -> throw Operations.raise(context, f, arg);
                        case RERAISE -> {
                            Object exception = f.pop();
                            if (arg != 0) {
                                f.lasti = ((Number) f.peek(arg)).intValue();
                            }
                            throw Operations.reraise(f, exception);
                        }
                        case PUSH_EXC_INFO -> {
                            Object exception = f.pop();
                            PException handled = context.currentHandledException();
                            if (handled != null && exception instanceof PBaseException caughtException && f.caughtFor(exception) != null) {
                                // raised while a caller handled another: that one is its context (as the AST engine's except)
                                dev.krait.nodes.controlflow.TryExceptNode.chainToOuter(context, f.caughtFor(exception));
                            }
                            f.noteHandledPush();
                            f.push(handled == null ? PNone.NONE : handled.getPythonExceptionOrNull());
                            f.push(exception);
                            PException caught = f.caughtFor(exception);
                            context.pushHandledException(caught != null ? caught : PException.raise((PBaseException) exception, null));
                        }
                        case POP_EXCEPT -> {
                            f.pop();
                            if (f.handledPushes > 0) {
                                context.popHandledException();
                                f.handledPushes--;
                            }
                        }
                        case CHECK_EXC_MATCH -> {
                            Object type = f.pop();
                            f.push(Operations.exceptionMatches(context, f.top(), type));
                        }
                        case CHECK_EG_MATCH -> {
                            Object type = f.pop();
                            Object raised = f.pop();
                            Object[] split = Operations.exceptionGroupMatch(context, f, raised, type);
                            f.push(split[0]);
                            f.push(split[1]);
                        }
                        case WITH_EXCEPT_START -> {
                            Object exception = f.peek(1);
                            Object exit = f.peek(4);
                            f.push(Operations.callExit(context, exit, exception));
                        }
                        case BEFORE_WITH -> {
                            Object manager = f.pop();
                            Object[] methods = Operations.withMethods(manager, false);
                            f.push(Operations.boundExit(context, manager, methods[1]));
                            f.push(PyObjectCall.callDescriptor(methods[0], manager, new Object[0], NO_NAMES, new Object[0]));
                        }
                        case GET_LEN -> f.push(dev.krait.runtime.protocol.PyObjectSize.size(f.top()));
                        case MATCH_MAPPING -> f.push(dev.krait.runtime.protocol.PatternMatching.isMapping(f.top()));
                        case MATCH_SEQUENCE -> f.push(dev.krait.runtime.protocol.PatternMatching.isSequence(f.top()));
                        case MATCH_KEYS -> f.push(Operations.matchKeys(context, f.peek(2), f.top()));
                        case MATCH_CLASS -> {
                            Object keywords = f.pop();
                            Object type = f.pop();
                            Object subject = f.pop();
                            f.push(Operations.matchClass(context, subject, type, arg, keywords));
                        }
                        case RETURN_GENERATOR -> {
                            f.next = i;
                            f.suspended = true;
                            return Generators.create(context, f);
                        }
                        case YIELD_VALUE -> {
                            f.next = i;
                            f.suspended = true;
                            return Generators.yielded(f, f.pop());
                        }
                        case SEND -> {
                            if (Generators.send(context, f)) {
                                i += arg;
                            }
                        }
                        case GET_AWAITABLE -> f.push(Generators.awaitable(context, f.pop(), arg));
                        case CLEANUP_THROW -> Generators.cleanupThrow(f);
                        case GET_AITER -> f.push(Generators.asyncIterator(f.pop()));
                        case GET_ANEXT -> f.push(Generators.asyncNext(context, f.top()));
                        case END_ASYNC_FOR -> Generators.endAsyncFor(f);
                        case BEFORE_ASYNC_WITH -> {
                            Object manager = f.pop();
                            Object[] methods = Operations.withMethods(manager, true);
                            f.push(Operations.boundExit(context, manager, methods[1]));
                            f.push(Generators.awaitable(context,
                                            PyObjectCall.callDescriptor(methods[0], manager, new Object[0], NO_NAMES, new Object[0]), 1));
                        }
                        default -> throw Errors.raise(ErrorType.SystemError, "unknown opcode " + op);
                    }
                    // a del, or a store that left the stack empty, most likely ended a statement (two on one line):
                    // what it dropped is released now, as CPython releases at once
                    if (DROPS[op] && (f.sp == 0 || isDelete(op)) && counting && context.hasDroppedObjects()) {
                        releaseDropped(f, context);
                    }
                }
            } catch (PException e) {
                i = handle(f, context, e);
            } catch (StackOverflowError e) {
                i = handle(f, context, Errors.recursionError("maximum recursion depth exceeded"));
            } catch (IndexOutOfBoundsException | ClassCastException | NegativeArraySizeException e) {
                // bytecode no compiler made (types.CodeType, code.replace, marshal) can be malformed: a SystemError
                i = handle(f, context, Errors.raise(ErrorType.SystemError, "malformed bytecode at offset " + 2 * f.lasti + " of " +
                                f.root.unit().qualname() + " (" + e + ")"));
            }
        }
    }

    /**
     * An exception at {@code f.lasti}: its position is noted for the traceback, it becomes the context of nothing it
     * came from, and the exception table says where its handler is (the stack cut to the handler's depth, the raising
     * offset pushed if asked, then the exception); with no handler, it leaves the activation.
     */
    private static int handle(BytecodeFrame f, KraitContext context, PException e) {
        BytecodeRootNode root = f.root;
        int at = f.lasti;
        if (at < root.lines.length && root.lines[at] >= 0) {
            Positions.note(root, at, e);
        }
        // the handler is the one of the instruction that raised (RERAISE may have set lasti back to an earlier one)
        at = f.current;
        PException handled = context.currentHandledException();
        if (handled != null && f.handledPushes > 0) {
            dev.krait.nodes.controlflow.TryExceptNode.chain(context, e, handled);
        }
        if (Tracing.mayTrace() && !root.isHidden()) {
            Tracing.exception(root, f.frame, e, root.lines[f.lasti]);
        }
        int entry = root.exceptionTable.find(at);
        if (entry < 0) {
            throw e;
        }
        if (!root.isHidden()) {
            e.caughtInFrame(root.unit().filename(), root.getName(), f.frame.getArguments(), root);
        }
        PBaseException exception = dev.krait.runtime.protocol.ExceptionMatching.materialize(context, e);
        f.popTo(root.exceptionTable.depth(entry));
        if (root.exceptionTable.pushesLasti(entry)) {
            f.push((long) f.lasti);
        }
        f.noteCaught(e);
        f.push(exception);
        return root.exceptionTable.target(entry);
    }

    /**
     * Values the stack holds across a statement boundary are counted while the dropped objects are released: a
     * for-loop's iterator, a with-statement's exit, the exception being handled.
     */
    private static void releaseDropped(BytecodeFrame f, KraitContext context) {
        int sp = f.sp;
        Object[] stack = f.stack;
        for (int k = 0; k < sp; k++) {
            RefCounts.incRef(stack[k]);
        }
        context.releaseDroppedNow();
        for (int k = 0; k < sp; k++) {
            RefCounts.decRef(stack[k]);
        }
    }

    private static void call(BytecodeFrame f, KraitContext context, int argc) {
        Object kwNames = f.kwNames;
        f.kwNames = null;
        int base = f.sp - argc - 2;
        Object method = f.stack[base];
        Object callable;
        Object[] arguments;
        if (method != null) {
            callable = method;
            arguments = new Object[argc + 1];
            System.arraycopy(f.stack, base + 1, arguments, 0, argc + 1);
        } else {
            callable = f.stack[base + 1];
            arguments = new Object[argc];
            System.arraycopy(f.stack, base + 2, arguments, 0, argc);
        }
        Object result;
        if (Tracing.mayTrace()) {
            Object[] given = arguments;
            result = Tracing.profiledCall(f.root, callable, method != null ? arguments[0] : null,
                            () -> callWithNames(f, context, callable, given, kwNames));
        } else {
            result = callWithNames(f, context, callable, arguments, kwNames);
        }
        f.popTo(base);
        f.push(result);
        Operations.consumedAll(context, arguments, result);
    }

    private static Object callWithNames(BytecodeFrame f, KraitContext context, Object callable, Object[] arguments, Object kwNames) {
        Object result;
        if (kwNames == null) {
            if (arguments.length == 0 && callable == context.classes().superClass) {
                result = Operations.zeroArgumentSuper(context, f);
            } else {
                result = PyObjectCall.call(callable, arguments, NO_NAMES, NO_NAMES);
            }
        } else {
            Object[] keywordItems = ((PTuple) kwNames).items();
            int k = keywordItems.length;
            String[] keywordNames = new String[k];
            for (int j = 0; j < k; j++) {
                keywordNames[j] = (String) keywordItems[j];
            }
            Object[] positional = java.util.Arrays.copyOf(arguments, arguments.length - k);
            Object[] values = java.util.Arrays.copyOfRange(arguments, arguments.length - k, arguments.length);
            result = PyObjectCall.call(callable, positional, keywordNames, values);
        }
        return result;
    }

    private static Object[] popArray(BytecodeFrame f, int count) {
        Object[] items = new Object[count];
        System.arraycopy(f.stack, f.sp - count, items, 0, count);
        f.popTo(f.sp - count);
        return items;
    }

    private static void storeLocal(MaterializedFrame frame, int slot, Object value) {
        Object old = frame.getValue(slot);
        frame.setObject(slot, value);
        RefCounts.incRef(value);
        RefCounts.decRef(old);
    }

    private static Object loadName(BytecodeFrame f, KraitContext context, String name) {
        if (f.namespace != null) {
            Object value = dev.krait.nodes.local.NamespaceMapping.get(f.namespace, name);
            if (value != null) {
                return value;
            }
        }
        return ReadGlobalNode.readUncached(context, f.globals, name);
    }

    private static void storeName(BytecodeFrame f, String name, Object value) {
        if (f.namespace != null) {
            dev.krait.nodes.local.NamespaceMapping.set(f.namespace, name, value);
        } else {
            f.globals.setGlobal(name, value);
        }
    }

    private static void deleteName(BytecodeFrame f, String name) {
        boolean deleted = f.namespace != null ? dev.krait.nodes.local.NamespaceMapping.delete(f.namespace, name) : f.globals.removeGlobal(name);
        if (!deleted) {
            throw ReadGlobalNode.notDefined(name);
        }
    }

    @TruffleBoundary
    private static PException unboundLocal(BytecodeRootNode root, int index) {
        String name = root.unit().localsPlusName(index);
        return Errors.raise(ErrorType.UnboundLocalError, "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    @TruffleBoundary
    private static PException unboundDeref(BytecodeRootNode root, int index) {
        String name = root.unit().localsPlusName(index);
        if (root.unit().freevars().contains(name) && !root.unit().cellvars().contains(name)) {
            return Errors.nameError("cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope", name);
        }
        return Errors.raise(ErrorType.UnboundLocalError, "cannot access local variable '" + name + "' where it is not associated with a value");
    }
}
