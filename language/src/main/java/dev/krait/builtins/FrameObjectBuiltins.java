package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.FrameObjects;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.CodeObject;
import dev.krait.runtime.objects.PFrameObject;
import dev.krait.runtime.objects.PTracebackObject;
import dev.krait.runtime.objects.PythonClass;

/** {@code traceback}, {@code frame} and {@code code} objects: their read-only attributes and reprs. */
final class FrameObjectBuiltins {
    private FrameObjectBuiltins() {
    }

    /**
     * The line of bytecode with no line number (PEP 626: a line table says so) is None; the AST engine's -1 stays a
     * number, as it only means the line was not found.
     */
    private static Object lineOrNone(long line, com.oracle.truffle.api.nodes.RootNode root) {
        return line < 0 && root instanceof dev.krait.bytecode.interpreter.BytecodeRootNode ? dev.krait.runtime.objects.PNone.NONE : (Object) line;
    }

    static void install(KraitContext context) {
        PythonClass traceback = context.classes().tracebackClass;
        BuiltinTypeInstaller.getset(context, traceback, "tb_frame", self -> FrameObjects.frameOf(context, (PTracebackObject) self), null);
        // an instruction with no line (PEP 626) has None for its line number
        BuiltinTypeInstaller.getset(context, traceback, "tb_lineno", self -> lineOrNone(((PTracebackObject) self).entry().lineno(), ((PTracebackObject) self).entry().code()), null);
        // Krait runs no bytecode: the instruction offset CPython reports has no counterpart; -1 is "unknown" there too
        BuiltinTypeInstaller.getset(context, traceback, "tb_lasti", self -> -1L, null);
        BuiltinTypeInstaller.getset(context, traceback, "tb_next", self -> FrameObjects.nextOf(context, (PTracebackObject) self),
                        (self, value) -> FrameObjects.setNext(context, (PTracebackObject) self, value));

        PythonClass frame = context.classes().frameClass;
        BuiltinTypeInstaller.getset(context, frame, "f_code", self -> FrameObjects.codeOf(context, (PFrameObject) self), null);
        BuiltinTypeInstaller.getset(context, frame, "f_lineno", self -> lineOrNone(FrameObjects.linenoOf((PFrameObject) self), ((PFrameObject) self).code()),
                        (self, value) -> setLineno(context, (PFrameObject) self, value));
        BuiltinTypeInstaller.getset(context, frame, "f_trace", self -> {
            Object function = ((PFrameObject) self).traceFunction();
            return function == null ? dev.krait.runtime.objects.PNone.NONE : function;
        }, (self, value) -> dev.krait.runtime.Tracing.setFrameTrace((PFrameObject) self, value));
        BuiltinTypeInstaller.getset(context, frame, "f_trace_lines", self -> ((PFrameObject) self).traceLines(),
                        (self, value) -> ((PFrameObject) self).setTraceLines(traceFlag(value)));
        BuiltinTypeInstaller.getset(context, frame, "f_trace_opcodes", self -> ((PFrameObject) self).traceOpcodes(),
                        (self, value) -> ((PFrameObject) self).setTraceOpcodes(traceFlag(value)));
        BuiltinTypeInstaller.getset(context, frame, "f_lasti", self -> -1L, null);
        BuiltinTypeInstaller.getset(context, frame, "f_globals", self -> FrameObjects.globalsOf(context, (PFrameObject) self), null);
        BuiltinTypeInstaller.getset(context, frame, "f_locals", self -> FrameObjects.localsOf(context, (PFrameObject) self), null);
        BuiltinTypeInstaller.getset(context, frame, "f_back", self -> FrameObjects.backOf(context, (PFrameObject) self), null);
        BuiltinTypeInstaller.getset(context, frame, "f_builtins", self -> FrameObjects.builtinsOf(context), null);

        PythonClass code = context.classes().codeClass;
        BuiltinTypeInstaller.getset(context, code, "co_name", self -> ((CodeObject) self).name(), null);
        BuiltinTypeInstaller.getset(context, code, "co_qualname", self -> ((CodeObject) self).qualname(), null);
        BuiltinTypeInstaller.getset(context, code, "co_filename", self -> ((CodeObject) self).filename(), null);
        BuiltinTypeInstaller.getset(context, code, "co_firstlineno", self -> (long) ((CodeObject) self).firstLineno(), null);
        BuiltinTypeInstaller.getset(context, code, "co_argcount", self -> {
            var signature = ((CodeObject) self).signature();
            return signature == null ? 0L : (long) signature.positionalCount();
        }, null);
        BuiltinTypeInstaller.getset(context, code, "co_varnames", self -> context.newTuple(localNames((CodeObject) self)), null);
        BuiltinTypeInstaller.getset(context, code, "co_nlocals", self -> (long) localNames((CodeObject) self).length, null);
        BuiltinTypeInstaller.getset(context, code, "co_cellvars", self -> context.newTuple(
                        functionCode(self) != null ? (Object[]) functionCode(self).cellVariables().clone() : new Object[0]), null);
        BuiltinTypeInstaller.getset(context, code, "co_flags", self -> codeFlags((CodeObject) self), null);
        BuiltinTypeInstaller.getset(context, code, "co_freevars", self -> context.newTuple(
                        functionCode(self) != null ? (Object[]) functionCode(self).freeVariables().clone() : new Object[0]), null);
        BuiltinTypeInstaller.getset(context, code, "co_posonlyargcount", self -> {
            var signature = ((CodeObject) self).signature();
            return signature == null ? 0L : (long) signature.positionalOnlyCount();
        }, null);
        BuiltinTypeInstaller.getset(context, code, "co_kwonlyargcount", self -> {
            var signature = ((CodeObject) self).signature();
            return signature == null ? 0L : (long) signature.keywordOnlyCount();
        }, null);
    }

    /**
     * {@code frame.f_lineno = n} in a trace function: CPython's checks (the event, the range, what the stack holds at
     * both places, see FrameSetLineno), then the frame goes on at that line once the trace function returns.
     */
    private static void setLineno(KraitContext context, PFrameObject frame, Object value) {
        if (value == null) {
            throw Errors.attributeError("cannot delete attribute");
        }
        if (!(value instanceof Long) && !(value instanceof dev.krait.runtime.objects.PInt)) {
            throw Errors.valueError("lineno must be an integer");
        }
        if (!context.threadState().isInsideTracer() || !frame.isReporting()) {
            throw Errors.valueError("f_lineno can only be set in a trace function");
        }
        switch (frame.reportingEvent()) {
            case "line" -> {
            }
            case "call" -> throw Errors.valueError("can't jump from the 'call' trace event of a new frame");
            default -> throw Errors.valueError("can only jump from a 'line' trace event");
        }
        if (!(value instanceof Long requested) || requested > Integer.MAX_VALUE || requested < Integer.MIN_VALUE) {
            throw Errors.valueError("line " + dev.krait.runtime.protocol.PyObjectRepr.str(value) + " comes after the current code block");
        }
        if (!(frame.code() instanceof dev.krait.nodes.root.KraitRootNode root)) {
            throw Errors.notImplementedError("Krait cannot jump in this frame");
        }
        if (root instanceof dev.krait.bytecode.interpreter.BytecodeRootNode bytecode) {
            // the loop goes on at the target line's instruction once the trace function returns (see FrameJump)
            frame.setPendingJump(dev.krait.runtime.FrameSetLineno.check(bytecode.unit(), frame.lineno(), requested.intValue(),
                            bytecode.currentInstruction(frame.frame())));
            return;
        }
        if (dev.krait.nodes.root.GeneratorFunctionRootNode.ownerOf(root) != null) {
            throw Errors.notImplementedError("Krait cannot jump to another line of a generator's frame yet");
        }
        dev.krait.bytecode.CodeUnit unit = CodeBytecodeBuiltins.bytecodeOf(FrameObjects.codeOf(context, frame));
        int target = dev.krait.runtime.FrameSetLineno.check(unit, frame.lineno(), requested.intValue());
        if (!dev.krait.nodes.StatementNode.holdsLine(root, target)) {
            throw Errors.notImplementedError("Krait cannot jump into the middle of a statement (line " + target + ")");
        }
        frame.setPendingJump(target);
    }

    private static dev.krait.runtime.objects.PCode functionCode(Object code) {
        return code instanceof dev.krait.runtime.objects.PCodeObject c ? c.root().getFunctionCode() : null;
    }

    /** CPython's {@code co_varnames}: the parameters, then the other local variables not kept in cells. */
    private static Object[] localNames(CodeObject code) {
        if (code instanceof dev.krait.runtime.objects.PCodeObject c && c.root() instanceof dev.krait.nodes.root.FunctionRootNode f &&
                        f.isClassBody()) {
            return new Object[0]; // a class body's namespace is no local variable
        }
        Object[] parameters = parameterNames(code);
        var function = functionCode(code);
        if (function == null || function.otherLocalVariables().length == 0) {
            return parameters;
        }
        String[] others = function.otherLocalVariables();
        Object[] names = java.util.Arrays.copyOf(parameters, parameters.length + others.length);
        System.arraycopy(others, 0, names, parameters.length, others.length);
        return names;
    }

    /** The value of {@code f_trace_lines = value} or {@code f_trace_opcodes = value}: a bool. */
    private static boolean traceFlag(Object value) {
        if (!(value instanceof Boolean flag)) {
            throw Errors.typeError("attribute value type must be bool");
        }
        return flag;
    }

    /** {@code frame.clear()}: drops the variables and trace function of a frame that no longer runs. */
    @Builtin(name = "clear", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FrameClearNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object clear(Object self) {
            if (!(self instanceof PFrameObject frame)) {
                throw Errors.typeError("descriptor 'clear' for 'frame' objects doesn't apply to a '" +
                                dev.krait.runtime.protocol.PyObjectType.typeName(self) + "' object");
            }
            if (FrameObjects.isExecuting(frame)) {
                throw Errors.runtimeError("cannot clear an executing frame");
            }
            frame.clear();
            return dev.krait.runtime.objects.PNone.NONE;
        }
    }

    /**
     * The parameter names in CPython's {@code co_varnames} order: positional, keyword-only, {@code *args},
     * {@code **kwargs}.
     */
    private static Object[] parameterNames(CodeObject code) {
        var signature = code.signature();
        if (signature == null) {
            return new Object[0];
        }
        String[] names = signature.names();
        int positional = signature.positionalCount();
        int keywordOnly = signature.keywordOnlyCount();
        int varargs = signature.hasVarargs() ? 1 : 0;
        Object[] result = new Object[names.length];
        int i = 0;
        for (int k = 0; k < positional; k++) {
            result[i++] = names[k];
        }
        for (int k = 0; k < keywordOnly; k++) {
            result[i++] = names[positional + varargs + k];
        }
        if (varargs == 1) {
            result[i++] = names[positional];
        }
        if (signature.hasVarKeywords()) {
            result[i++] = names[names.length - 1];
        }
        return result;
    }

    /** CPython's CO_* flags of a function's code: optimized, new locals, *args, **kwargs, nested, and its kind. */
    private static long codeFlags(CodeObject code) {
        if (code instanceof dev.krait.runtime.objects.PCodeObject c && c.root() instanceof dev.krait.bytecode.interpreter.BytecodeRootNode b) {
            return b.flags();
        }
        var signature = code.signature();
        if (signature == null || code instanceof dev.krait.runtime.objects.PCodeObject c &&
                        c.root() instanceof dev.krait.nodes.root.FunctionRootNode f && f.isClassBody()) {
            return 0L;
        }
        long flags = 0x1 | 0x2;
        if (signature.hasVarargs()) {
            flags |= 0x4;
        }
        if (signature.hasVarKeywords()) {
            flags |= 0x8;
        }
        if (code.qualname() != null && code.qualname().contains("<locals>")) {
            flags |= 0x10;
        }
        if (code instanceof dev.krait.runtime.objects.PCodeObject c &&
                        dev.krait.nodes.root.GeneratorFunctionRootNode.ownerOf(c.root()) instanceof dev.krait.nodes.root.GeneratorFunctionRootNode g) {
            flags |= switch (g.getKind()) {
                case GENERATOR -> g.isIterableCoroutine() ? 0x20 | 0x100 : 0x20;
                case COROUTINE -> 0x80;
                case ASYNC_GENERATOR -> 0x200;
            };
        }
        return flags;
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class FrameReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static String repr(Object self) {
            if (!(self instanceof PFrameObject frame)) {
                throw Errors.typeError("descriptor '__repr__' requires a 'frame' object");
            }
            KraitContext context = KraitContext.get(null);
            Object code = FrameObjects.codeOf(context, frame);
            String file = code instanceof CodeObject c ? c.filename() : "<unknown>";
            String name = code instanceof CodeObject c ? c.name() : "<unknown>";
            return "<frame at " + PyObjectRepr.address(frame) + ", file " + PyObjectRepr.repr(file) + ", line " + FrameObjects.linenoOf(frame) +
                            ", code " + name + ">";
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CodeReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static String repr(Object self) {
            if (!(self instanceof CodeObject code)) {
                throw Errors.typeError("descriptor '__repr__' requires a 'code' object");
            }
            return "<code object " + code.name() + " at " + PyObjectRepr.address((Object) code) + ", file \"" + code.filename() + "\", line " +
                            code.firstLineno() + ">";
        }
    }
}
