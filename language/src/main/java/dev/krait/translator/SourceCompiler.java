package dev.krait.translator;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
import dev.krait.ast.Mod;
import dev.krait.nodes.root.ModuleRootNode;
import dev.krait.nodes.root.TopLevelRootNode;
import dev.krait.parser.ParseMode;
import dev.krait.parser.Parser;
import dev.krait.parser.PythonSyntaxError;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.SyntaxErrors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PCompiledCode;
import dev.krait.symtable.SymbolTable;

/** Source to call target: parse, build the symbol table, translate to the AST engine's nodes. */
public final class SourceCompiler {
    private SourceCompiler() {
    }

    /** What {@code Context.eval} runs: the source as the {@code __main__} module (or a REPL input). */
    @TruffleBoundary
    public static CallTarget compileTopLevel(KraitLanguage language, Source source) {
        KraitContext context = KraitContext.get(null);
        context.registerSource(source);
        try {
            RootCallTarget module = translate(language, source, source.isInteractive());
            String mainFile = source.isInteractive() ? null : source.getPath();
            return new TopLevelRootNode(language, module, source.isInteractive(), null, mainFile).getCallTarget();
        } catch (PythonSyntaxError e) {
            if (source.isInteractive() && e.incompleteInput()) {
                throw SyntaxErrors.toPException(context, e, true);
            }
            PException error = SyntaxErrors.toPException(context, e, false);
            if (source.isInteractive() || context.exitOnUncaught()) {
                return new TopLevelRootNode(language, null, source.isInteractive(), error).getCallTarget();
            }
            throw error;
        }
    }

    /** A module's code, to run with the module as its globals; syntax errors raise SyntaxError. */
    @TruffleBoundary
    public static RootCallTarget compileModule(KraitLanguage language, KraitContext context, Source source) {
        return compileModule(language, context, source, false);
    }

    /** A module's code; with {@code hideFunctionFrames} its functions stay out of tracebacks (as C functions do). */
    @TruffleBoundary
    public static RootCallTarget compileModule(KraitLanguage language, KraitContext context, Source source, boolean hideFunctionFrames) {
        context.registerSource(source);
        try {
            return translate(language, source, false, hideFunctionFrames);
        } catch (PythonSyntaxError e) {
            throw SyntaxErrors.toPException(context, e, false);
        }
    }

    /** {@code compile()}: parses {@code text} as {@code mode} code; syntax errors raise SyntaxError. */
    @TruffleBoundary
    public static PCompiledCode compileCode(KraitContext context, String text, String filename, ParseMode mode) {
        return compileCode(context, text, filename, mode, context.optimizeLevel());
    }

    /** {@code compile()} at optimization level {@code optimize} (0, 1 or 2: -O's count). */
    @TruffleBoundary
    public static PCompiledCode compileCode(KraitContext context, String text, String filename, ParseMode mode, int optimize) {
        Source source = Source.newBuilder(KraitLanguage.ID, text, filename).build();
        try {
            java.util.List<dev.krait.parser.SyntaxWarningNote> warnings = new java.util.ArrayList<>();
            Mod mod = Parser.parse(text, filename, mode, warnings);
            SymbolTable symbols = SymbolTable.build(mod, filename, text);
            warnings.addAll(LiteralWarnings.find(mod, line -> null));
            dev.krait.runtime.SyntaxWarnings.issue(context, filename, warnings);
            PCompiledCode code = new PCompiledCode(context.classes().codeClass, context.getShape(), source, mod, symbols, filename, optimize);
            if (context.getLanguage().isBytecodeEngine()) {
                // one code for both: its module-level names go through LOAD_NAME, which reads a separate locals mapping
                RootCallTarget target = dev.krait.bytecode.interpreter.Functions.compileModule(context.getLanguage(), source, mod, symbols,
                                filename, text, optimize, false);
                code.setCallTarget(false, target);
                code.setCallTarget(true, target);
                return code;
            }
            // translated now, as CPython compiles: the compiler's own SyntaxErrors (duplicate pattern keys…) come from compile()
            code.setCallTarget(false, Translator.translateCode(context.getLanguage(), source, mod, symbols, false, optimize).getCallTarget());
            return code;
        } catch (PythonSyntaxError e) {
            throw SyntaxErrors.toPException(context, e, false);
        }
    }

    /**
     * The call target running {@code code} with its module as {@code arguments[0]}; in namespace mode its top-level
     * names live in the mapping in {@code arguments[1]}. Translated on first use.
     */
    @TruffleBoundary
    public static RootCallTarget codeTarget(KraitLanguage language, KraitContext context, PCompiledCode code, boolean namespace) {
        RootCallTarget target = code.getCallTarget(namespace);
        if (target == null) {
            try {
                target = Translator.translateCode(language, code.source(), code.mod(), code.symbols(), namespace, code.optimize()).getCallTarget();
            } catch (PythonSyntaxError e) {
                throw SyntaxErrors.toPException(context, e, false);
            }
            code.setCallTarget(namespace, target);
        }
        return target;
    }

    private static RootCallTarget translate(KraitLanguage language, Source source, boolean interactive) {
        return translate(language, source, interactive, false);
    }

    private static RootCallTarget translate(KraitLanguage language, Source source, boolean interactive, boolean hideFunctionFrames) {
        String filename = source.getPath() != null ? source.getPath() : source.getName();
        String text = source.getCharacters().toString();
        if (source.getPath() != null && text.startsWith("\uFEFF")) {
            text = text.substring(1); // a file's UTF-8 byte order mark
        }
        java.util.List<dev.krait.parser.SyntaxWarningNote> warnings = new java.util.ArrayList<>();
        Mod mod = Parser.parse(text, filename, interactive ? ParseMode.SINGLE : ParseMode.EXEC, warnings);
        SymbolTable symbols = SymbolTable.build(mod, filename, text);
        // the compiler's warnings name the line when the source is a file, as CPython reads it back from there
        warnings.addAll(LiteralWarnings.find(mod, line -> source.getPath() != null && line >= 1 && line <= source.getLineCount()
                        ? source.getCharacters(line).toString() + "\n" : null));
        dev.krait.runtime.SyntaxWarnings.issue(KraitContext.get(null), filename, warnings);
        if (language.isBytecodeEngine()) {
            return dev.krait.bytecode.interpreter.Functions.compileModule(language, source, mod, symbols, filename, text,
                            KraitContext.get(null).optimizeLevel(), hideFunctionFrames);
        }
        ModuleRootNode root = Translator.translateModule(language, source, mod, symbols, interactive, hideFunctionFrames,
                        KraitContext.get(null).optimizeLevel());
        return root.getCallTarget();
    }
}
