package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameInstance;

import dev.krait.nodes.local.FrameGlobals;
import dev.krait.parser.ParseMode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.SyntaxErrors;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.CodeObject;
import dev.krait.runtime.objects.PBytecodeCode;
import dev.krait.runtime.objects.PCellObject;
import dev.krait.runtime.objects.PCode;
import dev.krait.runtime.objects.PCompiledCode;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.translator.SourceCompiler;

/**
 * {@code compile}, {@code exec} and {@code eval}: running source given as a string or a code object in a globals dict
 * (the module mirroring it, see {@link PModule#forNamespace}) and, when it differs, a locals dict. Called by name
 * without namespaces they receive their caller's from {@link dev.krait.nodes.expression.ScopedEvalNode}; called
 * another way, they run in the calling frame's globals.
 */
public final class CodeExecutionFunctions {
    /** compile() flags Krait knows: the {@code __future__} feature bits and {@code PyCF_*} options CPython accepts. */
    /** {@code ast.PyCF_ONLY_AST}: compile() returns the syntax tree. */
    private static final long PYCF_ONLY_AST = 0x0400L;
    private static final long KNOWN_FLAGS = 0x3fe0000L | 0x0100L | 0x0200L | 0x0400L | 0x0800L | 0x1000L | 0x2000L | 0x4000L;

    private CodeExecutionFunctions() {
    }

    /** The "compile" audit event: the source as UTF-8 bytes (as CPython hands it on) and the file name. */
    private static void auditCompile(KraitContext context, String text, String filename) {
        if (context.audit().hasHooks()) {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            dev.krait.runtime.PySysAudit.audit(context, "compile",
                            new dev.krait.runtime.objects.PBytes(context.classes().bytesClass, context.getShape(), bytes), filename);
        }
    }

    @Builtin(name = "compile", params = {"source", "filename", "mode", "flags=", "dont_inherit=", "optimize=", "*", "_feature_version="})
    @GenerateNodeFactory
    public abstract static class CompileNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object compile(Object[] args) {
            Object source = args[0];
            if (!(args[1] instanceof String filename)) {
                throw Errors.typeError("expected str, bytes or os.PathLike object, not " + PyObjectType.typeName(args[1]));
            }
            if (!(args[2] instanceof String mode)) {
                throw Errors.typeError("compile() argument 'mode' must be str, not " + PyObjectType.typeName(args[2]));
            }
            ParseMode parseMode = switch (mode) {
                case "exec" -> ParseMode.EXEC;
                case "eval" -> ParseMode.EVAL;
                case "single" -> ParseMode.SINGLE;
                default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            };
            if (BuiltinFunctions.given(args[3]) && (PyNumber.asSize(args[3]) & ~KNOWN_FLAGS) != 0) {
                throw Errors.valueError("compile(): unrecognised flags");
            }
            long optimize = BuiltinFunctions.given(args[5]) ? PyNumber.asSize(args[5]) : -1;
            if (optimize < -1 || optimize > 2) {
                throw Errors.valueError("compile(): invalid optimize value");
            }
            if (source instanceof PCompiledCode code) {
                return code;
            }
            if (BuiltinFunctions.given(args[3]) && (PyNumber.asSize(args[3]) & PYCF_ONLY_AST) != 0) {
                // the tree as the ast module's node objects: ast.parse builds them
                Object parse = PyObjectGetAttr.get(ModuleLoader.importModule(KraitContext.get(null), "ast"), "parse");
                return PyObjectCall.call(parse, source, filename, mode);
            }
            if (isAstNode(source)) {
                Object compileTree = PyObjectGetAttr.get(ModuleLoader.importModule(KraitContext.get(null), "ast"), "_compile");
                return PyObjectCall.call(compileTree, source, filename, mode, optimize);
            }
            KraitContext context = KraitContext.get(null);
            String text = sourceText(source, "compile() arg 1 must be a string, bytes or AST object", filename);
            auditCompile(context, text, filename);
            return SourceCompiler.compileCode(context, text, filename, parseMode, optimize == -1 ? context.optimizeLevel() : (int) optimize);
        }
    }

    @Builtin(name = "exec", params = {"source", "globals=", "locals=", "/", "*", "closure="})
    @GenerateNodeFactory
    public abstract static class ExecNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object exec(Object[] args) {
            KraitContext context = KraitContext.get(null);
            Object globals = args[1];
            Object locals = args[2];
            PDict globalsDict;
            if (isNone(globals)) {
                globalsDict = callerGlobals(context);
            } else if (globals instanceof PDict dict) {
                globalsDict = dict;
            } else {
                throw Errors.typeError("exec() globals must be a dict, not " + PyObjectType.typeName(globals));
            }
            if (!isNone(locals) && !isMapping(locals)) {
                throw Errors.typeError("locals must be a mapping or None, not " + PyObjectType.typeName(locals));
            }
            Object closure = isNone(args[3]) ? null : args[3];
            PCompiledCode code;
            if (args[0] instanceof PCompiledCode c) {
                checkClosure(c, closure);
                code = c;
            } else if (args[0] instanceof CodeObject other) {
                PCellObject[] cells = checkClosure(other, closure);
                dev.krait.runtime.PySysAudit.audit(context, "exec", other);
                runCodeObject(context, other, cells, globalsDict, isNone(locals) ? defaultLocals(context, globals, globalsDict) : locals);
                return PNone.NONE;
            } else {
                if (closure != null) {
                    throw Errors.typeError("closure can only be used when source is a code object");
                }
                String text = sourceText(args[0], "exec() arg 1 must be a string, bytes or code object", "<string>");
                auditCompile(context, text, "<string>");
                code = SourceCompiler.compileCode(context, text, "<string>", ParseMode.EXEC);
            }
            dev.krait.runtime.PySysAudit.audit(context, "exec", code);
            run(context, code, globalsDict, isNone(locals) ? defaultLocals(context, globals, globalsDict) : locals);
            return PNone.NONE;
        }
    }

    @Builtin(name = "eval", params = {"source", "globals=", "locals=", "/"})
    @GenerateNodeFactory
    public abstract static class EvalNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object eval(Object source, Object globals, Object locals) {
            KraitContext context = KraitContext.get(null);
            PDict globalsDict;
            if (isNone(globals)) {
                globalsDict = callerGlobals(context);
            } else if (globals instanceof PDict dict) {
                globalsDict = dict;
            } else {
                throw Errors.typeError(isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
            }
            if (!isNone(locals) && !isMapping(locals)) {
                throw Errors.typeError("locals must be a mapping");
            }
            PCompiledCode code;
            if (source instanceof PCompiledCode c) {
                code = c;
            } else if (source instanceof CodeObject other) {
                if (freeVariableCount(other) > 0) {
                    throw Errors.typeError("code object passed to eval() may not contain free variables");
                }
                dev.krait.runtime.PySysAudit.audit(context, "exec", other);
                return runCodeObject(context, other, null, globalsDict, isNone(locals) ? defaultLocals(context, globals, globalsDict) : locals);
            } else {
                String text = sourceText(source, "eval() arg 1 must be a string, bytes or code object", "<string>");
                auditCompile(context, text, "<string>");
                code = SourceCompiler.compileCode(context, stripLeadingBlanks(text), "<string>", ParseMode.EVAL);
            }
            dev.krait.runtime.PySysAudit.audit(context, "exec", code);
            return run(context, code, globalsDict, isNone(locals) ? defaultLocals(context, globals, globalsDict) : locals);
        }
    }

    /** The number of free variables of a code object (which a closure must give cells for). */
    private static int freeVariableCount(CodeObject code) {
        return switch (code) {
            case PBytecodeCode b -> b.unit().freevars().size();
            case dev.krait.runtime.objects.PCodeObject c -> {
                PCode function = c.root().getFunctionCode();
                yield function == null ? 0 : function.freeVariables().length;
            }
            default -> 0;
        };
    }

    /** exec()'s closure argument: none for code without free variables, else an exact tuple of as many cells. */
    private static PCellObject[] checkClosure(CodeObject code, Object closure) {
        int free = freeVariableCount(code);
        if (free == 0) {
            if (closure != null) {
                throw Errors.typeError("cannot use a closure with this code object");
            }
            return null;
        }
        boolean ok = closure instanceof PTuple tuple && BuiltinArithmetic.isExact(tuple) && tuple.length() == free;
        PCellObject[] cells = new PCellObject[free];
        for (int i = 0; ok && i < free; i++) {
            ok = ((PTuple) closure).get(i) instanceof PCellObject cell;
            cells[i] = ok ? (PCellObject) ((PTuple) closure).get(i) : null;
        }
        if (!ok) {
            throw Errors.typeError("code object requires a closure of exactly length " + free);
        }
        return cells;
    }

    /**
     * Runs a code object other than compile()'s: a function's code as a call of a new function of it with no
     * arguments (its result is eval()'s), other code made from its parts on the bytecode engine.
     */
    private static Object runCodeObject(KraitContext context, CodeObject code, PCellObject[] cells, PDict globals, Object locals) {
        if (globals.getItem("__builtins__") == null) {
            globals.setItem("__builtins__", context.getBuiltins().getNamespaceDict(context));
        }
        PModule module = PModule.forNamespace(context, globals);
        PCode function = FunctionConstructor.functionCodeOf(context, code);
        if (function != null) {
            dev.krait.runtime.objects.PCell[] closure = null;
            if (cells != null) {
                closure = new dev.krait.runtime.objects.PCell[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    closure[i] = cells[i].cell();
                }
            }
            PFunction made = new PFunction(context.classes().functionClass, context.getShape(), function, module, closure, null, null, code.qualname());
            return PyObjectCall.call(made);
        }
        if (cells != null) {
            throw Errors.notImplementedError("Krait cannot exec the code of a class body with a closure yet");
        }
        RootCallTarget target = code instanceof PBytecodeCode b ? b.moduleTarget() : null;
        if (target == null) {
            target = dev.krait.bytecode.interpreter.Functions.moduleTargetOf(context, CodeBytecodeBuiltins.bytecodeOf(code));
            if (code instanceof PBytecodeCode b) {
                b.setModuleTarget(target);
            }
        }
        boolean namespace = locals != globals || !BuiltinArithmetic.isExact(globals);
        return namespace ? target.call(module, locals) : target.call(module);
    }

    /** Whether value is an {@code ast.AST} node (whose class the bundled ast module made). */
    private static boolean isAstNode(Object value) {
        if (value instanceof String) {
            return false;
        }
        for (dev.krait.runtime.objects.PythonClass cls : PyObjectType.classOf(value).getMro()) {
            if (cls.getName().equals("AST") && "ast".equals(PyObjectGetAttr.getOrNull(cls, "__module__"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The locals of code run without a locals mapping: the given globals, or with none given the caller's locals, as
     * CPython takes them from the calling frame. (The AST engine compiles a direct call in a function to pass its
     * scope, ScopedEvalNode; the bytecode engine's calls reach here, so the caller's frame is asked.)
     */
    private static Object defaultLocals(KraitContext context, Object globals, PDict globalsDict) {
        if (!isNone(globals) || !context.getLanguage().isBytecodeEngine()) {
            return globalsDict;
        }
        return dev.krait.runtime.FrameObjects.localsOf(context, dev.krait.runtime.FrameObjects.runningFrame(context, 0));
    }

    private static boolean isNone(Object value) {
        return value == PNone.NO_VALUE || value == PNone.NONE;
    }

    private static boolean isMapping(Object value) {
        return PyObjectType.classOf(value).lookup("__getitem__") != null;
    }

    private static String sourceText(Object source, String typeError, String filename) {
        byte[] data = dev.krait.runtime.bytes.ByteSequences.dataOrNull(source);
        if (data != null) {
            source = dev.krait.translator.SourceBytes.decode(KraitContext.get(null), data, filename);
        }
        if (source instanceof String text) {
            if (text.indexOf('\0') >= 0) {
                throw SyntaxErrors.withoutLocation(KraitContext.get(null), "source code string cannot contain null bytes");
            }
            if (hasLoneSurrogate(text)) {
                // CPython encodes the source to UTF-8 before parsing it: the encoder's UnicodeEncodeError
                dev.krait.runtime.bytes.Codecs.encode(text, "utf-8", "strict");
            }
            return text;
        }
        throw Errors.typeError(typeError);
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** eval() ignores the spaces and tabs before an expression. */
    private static String stripLeadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(i);
    }

    /** Runs {@code code} in the module mirroring {@code globals}; with names in {@code locals} when it is another mapping. */
    private static Object run(KraitContext context, PCompiledCode code, PDict globals, Object locals) {
        if (globals.getItem("__builtins__") == null) {
            globals.setItem("__builtins__", context.getBuiltins().getNamespaceDict(context));
        }
        PModule module = PModule.forNamespace(context, globals);
        // a dict subclass as the namespace is used through its __getitem__/__setitem__, as CPython's LOAD_NAME does
        boolean namespace = locals != globals || !BuiltinArithmetic.isExact(globals);
        RootCallTarget target = SourceCompiler.codeTarget(context.getLanguage(), context, code, namespace);
        Object result = namespace ? target.call(module, locals) : target.call(module);
        return code.isExpression() ? result : PNone.NONE;
    }

    /** The globals of the nearest Python frame (for exec/eval/globals() called other than by name). */
    static PDict callerGlobals(KraitContext context) {
        PModule module = Truffle.getRuntime().iterateFrames((FrameInstance instance) -> {
            Object[] arguments = instance.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
            if (arguments.length > 0 && (arguments[0] instanceof PModule || arguments[0] instanceof PFunction)) {
                return FrameGlobals.getGlobals(instance.getFrame(FrameInstance.FrameAccess.READ_ONLY));
            }
            return null;
        });
        return (module != null ? module : context.getMainModule()).getNamespaceDict(context);
    }
}
