package dev.krait.bytecode.interpreter;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.ast.Mod;
import dev.krait.bytecode.CodeGenerator;
import dev.krait.bytecode.CodeUnit;
import dev.krait.bytecode.UnsupportedConstructException;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBytecodeCode;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PCode;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PTuple;
import dev.krait.symtable.SymbolTable;

/**
 * Code units becoming runnable: a module's code compiled to a call target, and MAKE_FUNCTION making ordinary
 * {@link PFunction}s whose code's call target is a {@link BytecodeRootNode} (so calls from Java, {@code inspect},
 * {@code __defaults__} and the rest work as for the AST engine's functions). Arguments are bound by the runtime's
 * {@code ArgumentBinder} before the body runs.
 */
public final class Functions {
    private Functions() {
    }

    /** Module code (or {@code exec}/{@code eval} code, or an interactive input) as a call target of the bytecode engine. */
    @TruffleBoundary
    public static RootCallTarget compileModule(KraitLanguage language, Source source, Mod mod, SymbolTable symbols, String filename,
                    CharSequence text, int optimize, boolean hideFunctionFrames) {
        CodeUnit unit;
        try {
            unit = CodeGenerator.compileModule(mod, symbols, filename, optimize, text);
        } catch (UnsupportedConstructException e) {
            throw Errors.notImplementedError("Krait's bytecode compiler does not compile " + e.getMessage() + " yet");
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded during compilation");
        }
        return new BytecodeRootNode(language, unit, source, BytecodeRootNode.Kind.MODULE, false, hideFunctionFrames).getCallTarget();
    }

    /** MAKE_FUNCTION: the code on top, below it the closure, annotations, keyword-only defaults and defaults its flags name. */
    @TruffleBoundary
    static PFunction makeFunction(KraitContext context, BytecodeFrame f, int flags) {
        PBytecodeCode codeObject = (PBytecodeCode) f.pop();
        PTuple closureTuple = (flags & 8) != 0 ? (PTuple) f.pop() : null;
        PTuple annotations = (flags & 4) != 0 ? (PTuple) f.pop() : null;
        PDict kwDefaults = (flags & 2) != 0 ? (PDict) f.pop() : null;
        PTuple defaults = (flags & 1) != 0 ? (PTuple) f.pop() : null;
        PCode code = functionCode(context, f.root, codeObject);
        PCell[] closure = null;
        if (closureTuple != null) {
            Object[] cells = closureTuple.items();
            closure = new PCell[cells.length];
            for (int i = 0; i < cells.length; i++) {
                closure[i] = (PCell) cells[i];
            }
        }
        java.util.Map<String, Object> keywordDefaults = null;
        if (kwDefaults != null && kwDefaults.size() > 0) {
            keywordDefaults = new java.util.HashMap<>();
            for (Object key : kwDefaults.storage().keysArray()) {
                keywordDefaults.put((String) key, kwDefaults.getItem(key));
            }
        }
        CodeUnit unit = codeObject.unit();
        PFunction function = new PFunction(context.classes().functionClass, context.getShape(), code, f.globals, closure,
                        defaults == null ? null : defaults.items().clone(), keywordDefaults, unit.qualname());
        if (code.docstring() != null) {
            ObjectAttributes.put(function, "__doc__", code.docstring());
        }
        if (annotations != null) {
            Object[] items = annotations.items();
            PDict dict = context.newDict();
            for (int i = 0; i + 1 < items.length; i += 2) {
                dict.setItem(items[i], items[i + 1]);
            }
            ObjectAttributes.put(function, "__annotations__", dict);
        }
        return function;
    }

    /** The function code of a nested code unit, made the first time a function is made of it. */
    private static PCode functionCode(KraitContext context, BytecodeRootNode parent, PBytecodeCode codeObject) {
        PCode existing = codeObject.functionCode();
        if (existing != null) {
            return existing;
        }
        return makeFunctionCode(context, codeObject, parent.source(), parent.hidesFunctionFrames());
    }

    /**
     * The function code of a code object made from its parts ({@code types.CodeType}, {@code code.replace},
     * {@code marshal.loads}): it runs on the bytecode engine, which executes the given {@code co_code}; its source
     * lines are read from the file {@code co_filename} names, as CPython's tracebacks read them.
     */
    @TruffleBoundary
    public static PCode functionCodeOf(KraitContext context, PBytecodeCode codeObject) {
        PCode existing = codeObject.functionCode();
        if (existing != null) {
            return existing;
        }
        return makeFunctionCode(context, codeObject, sourceOfFile(context, codeObject.unit().filename()), false);
    }

    /**
     * Module-level code made from its parts as a call target of the bytecode engine ({@code exec} of it): called with
     * the module, and a locals mapping when names go elsewhere than the globals.
     */
    @TruffleBoundary
    public static RootCallTarget moduleTargetOf(KraitContext context, CodeUnit unit) {
        return new BytecodeRootNode(context.getLanguage(), unit, sourceOfFile(context, unit.filename()), BytecodeRootNode.Kind.MODULE, false,
                        false).getCallTarget();
    }

    /** The source in the file a code object names, or null when there is no such readable file. */
    private static Source sourceOfFile(KraitContext context, String filename) {
        try {
            com.oracle.truffle.api.TruffleFile file = context.getEnv().getPublicTruffleFile(filename);
            if (!file.isRegularFile() || !file.isReadable()) {
                return null;
            }
            return Source.newBuilder(KraitLanguage.ID, file).build();
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static PCode makeFunctionCode(KraitContext context, PBytecodeCode codeObject, Source source, boolean hidesFunctionFrames) {
        CodeUnit unit = codeObject.unit();
        boolean classBody = (unit.flags() & CodeUnit.CO_OPTIMIZED) == 0;
        BytecodeRootNode root = new BytecodeRootNode(context.getLanguage(), unit, source,
                        classBody ? BytecodeRootNode.Kind.CLASS_BODY : BytecodeRootNode.Kind.FUNCTION, hidesFunctionFrames,
                        hidesFunctionFrames);
        PGenerator.Kind kind = (unit.flags() & CodeUnit.CO_GENERATOR) != 0 ? PGenerator.Kind.GENERATOR
                        : (unit.flags() & CodeUnit.CO_COROUTINE) != 0 ? PGenerator.Kind.COROUTINE
                                        : (unit.flags() & CodeUnit.CO_ASYNC_GENERATOR) != 0 ? PGenerator.Kind.ASYNC_GENERATOR : null;
        PCode code = new PCode(unit.name(), unit.filename(), unit.firstLineno(), root.signature(), kind != null);
        code.setKind(kind);
        code.setFreeVariables(unit.freevars().toArray(new String[0]));
        List<String> others = new ArrayList<>();
        for (int i = unit.argcount() + unit.kwonlyargcount() + ((unit.flags() & CodeUnit.CO_VARARGS) != 0 ? 1 : 0) +
                        ((unit.flags() & CodeUnit.CO_VARKEYWORDS) != 0 ? 1 : 0); i < unit.varnames().size(); i++) {
            others.add(unit.varnames().get(i));
        }
        code.setLocalVariables(others.toArray(new String[0]), unit.cellvars().toArray(new String[0]));
        code.setBytecodeUnit(unit);
        Object doc = docstring(unit, classBody);
        if (doc != null) {
            code.setDocstring(doc);
        }
        code.setCallTarget(root.getCallTarget());
        codeObject.setFunctionCode(code);
        return code;
    }

    /** A function's docstring: CPython 3.12 keeps it (or None) as the first constant of a def's code. */
    private static Object docstring(CodeUnit unit, boolean classBody) {
        if (classBody || unit.name().startsWith("<") || unit.consts().isEmpty()) {
            return null;
        }
        return unit.consts().get(0) instanceof String s ? s : null;
    }
}
