package dev.krait.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Mod;
import dev.krait.bytecode.CodeGenerator;
import dev.krait.bytecode.CodeUnit;
import dev.krait.bytecode.Constants;
import dev.krait.bytecode.LocationTable;
import dev.krait.bytecode.UnsupportedConstructException;
import dev.krait.nodes.root.FunctionRootNode;
import dev.krait.nodes.root.ModuleRootNode;
import dev.krait.parser.ParseMode;
import dev.krait.parser.Parser;
import dev.krait.parser.PythonSyntaxError;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.CodeObject;
import dev.krait.runtime.objects.PBytecodeCode;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PCode;
import dev.krait.runtime.objects.PCodeObject;
import dev.krait.runtime.objects.PCompiledCode;
import dev.krait.runtime.objects.PComplex;
import dev.krait.runtime.objects.PGetSetDescriptor;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyErrWarn;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.Singletons;
import dev.krait.symtable.SymbolTable;

/**
 * A code object's bytecode attributes ({@code co_code}, {@code co_consts}, {@code co_names}, {@code co_lines()}…):
 * CPython 3.12's view, compiled by {@link CodeGenerator} from the code's syntax tree when first asked for.
 */
public final class CodeBytecodeBuiltins {
    private CodeBytecodeBuiltins() {
    }

    /** A code object's compiled unit and its constants as Python objects, made once per code object. */
    private record View(CodeUnit unit, PTuple consts) {
    }

    static void install(KraitContext context) {
        PythonClass code = context.classes().codeClass;
        BuiltinTypeInstaller.getset(context, code, "co_code", self -> bytes(context, view(self).unit().code()), null);
        BuiltinTypeInstaller.getset(context, code, "co_consts", self -> view(self).consts(), null);
        BuiltinTypeInstaller.getset(context, code, "co_names", self -> context.newTuple(view(self).unit().names().toArray()), null);
        BuiltinTypeInstaller.getset(context, code, "co_stacksize", self -> (long) view(self).unit().stacksize(), null);
        BuiltinTypeInstaller.getset(context, code, "co_linetable", self -> bytes(context, view(self).unit().linetable()), null);
        BuiltinTypeInstaller.getset(context, code, "co_exceptiontable", self -> bytes(context, view(self).unit().exceptiontable()), null);
        BuiltinTypeInstaller.getset(context, code, "co_lnotab", self -> {
            PyErrWarn.warn("DeprecationWarning", "co_lnotab is deprecated, use co_lines instead.", 1);
            return bytes(context, lnotab(view(self).unit()));
        }, null);
        // the facts the running code reports, for code objects only the compiler made (nested code in co_consts)
        wrap(context, code, "co_argcount", u -> (long) u.argcount());
        wrap(context, code, "co_posonlyargcount", u -> (long) u.posonlyargcount());
        wrap(context, code, "co_kwonlyargcount", u -> (long) u.kwonlyargcount());
        wrap(context, code, "co_varnames", u -> context.newTuple(u.varnames().toArray()));
        wrap(context, code, "co_nlocals", u -> (long) u.varnames().size());
        // a module's comprehensions (PEP 709) give its code fast locals that only the compiler knows about
        wrapModule(context, code, "co_varnames", u -> context.newTuple(u.varnames().toArray()));
        wrapModule(context, code, "co_nlocals", u -> (long) u.varnames().size());
        wrap(context, code, "co_cellvars", u -> context.newTuple(u.cellvars().toArray()));
        wrap(context, code, "co_freevars", u -> context.newTuple(u.freevars().toArray()));
        wrap(context, code, "co_flags", u -> (long) u.flags());
    }

    private static void wrap(KraitContext context, PythonClass code, String name, Function<CodeUnit, Object> fromUnit) {
        Object old = code.getOwn(name);
        Function<Object, Object> previous = old instanceof PGetSetDescriptor d ? d.getter() : null;
        BuiltinTypeInstaller.getset(context, code, name, self -> {
            if (self instanceof PBytecodeCode b) {
                return fromUnit.apply(b.unit());
            }
            return previous != null ? previous.apply(self) : PNone.NONE;
        }, null);
    }

    private static void wrapModule(KraitContext context, PythonClass code, String name, Function<CodeUnit, Object> fromUnit) {
        Function<Object, Object> previous = ((PGetSetDescriptor) code.getOwn(name)).getter();
        BuiltinTypeInstaller.getset(context, code, name, self -> {
            if (self instanceof PCompiledCode || self instanceof PCodeObject c && c.root() instanceof ModuleRootNode) {
                try {
                    return fromUnit.apply(view(self).unit());
                } catch (dev.krait.runtime.exceptions.PException e) {
                    return previous.apply(self);
                }
            }
            return previous.apply(self);
        }, null);
    }

    private static PBytes bytes(KraitContext context, byte[] data) {
        return new PBytes(context.classes().bytesClass, context.getShape(), data.clone());
    }

    // ------------------------------------------------------------------------------------------- compiling

    /** The bytecode of a code object, compiled on first use (NotImplementedError for what the compiler cannot do yet). */
    public static dev.krait.bytecode.CodeUnit bytecodeOf(Object code) {
        return view(code).unit();
    }

    /** A code object's {@code co_consts}. */
    public static PTuple constsOf(Object code) {
        return view(code).consts();
    }

    @TruffleBoundary
    private static View view(Object self) {
        Object cached = switch (self) {
            case PBytecodeCode b -> b.bytecodeView();
            case PCodeObject c -> c.bytecodeView();
            case PCompiledCode c -> c.bytecodeView();
            default -> throw Errors.typeError("descriptor requires a 'code' object");
        };
        if (cached != null) {
            return (View) cached;
        }
        CodeUnit unit;
        try {
            unit = unitOf(self);
        } catch (UnsupportedConstructException e) {
            throw Errors.notImplementedError("Krait's bytecode compiler does not compile " + e.getMessage() + " yet");
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded during compilation");
        }
        KraitContext context = KraitContext.get(null);
        View view = new View(unit, RefCounts.immortal(constsTuple(context, unit)));
        switch (self) {
            case PBytecodeCode b -> b.setBytecodeView(view);
            case PCodeObject c -> c.setBytecodeView(view);
            case PCompiledCode c -> c.setBytecodeView(view);
            default -> {
            }
        }
        return view;
    }

    private static CodeUnit unitOf(Object self) {
        switch (self) {
            case PBytecodeCode b -> {
                return b.unit();
            }
            case PCompiledCode c -> {
                return CodeGenerator.compileModule(c.mod(), c.symbols(), c.filename(), c.optimize(), c.source().getCharacters());
            }
            case PCodeObject c -> {
                if (c.root() instanceof dev.krait.bytecode.interpreter.BytecodeRootNode running) {
                    return running.unit(); // the code the bytecode engine runs
                }
                PCode function = c.root().getFunctionCode();
                if (function != null && function.bytecodeSource() != null) {
                    if (function.bytecodeUnit() == null) {
                        function.setBytecodeUnit(function.bytecodeSource().compile());
                    }
                    return function.bytecodeUnit();
                }
                if (c.root() instanceof ModuleRootNode root) {
                    return moduleUnit(root);
                }
                if (c.root() instanceof FunctionRootNode) {
                    throw new UnsupportedConstructException("this code");
                }
                throw new UnsupportedConstructException("code without source");
            }
            default -> throw Errors.typeError("descriptor requires a 'code' object");
        }
    }

    /** A module's code is compiled again from its source. */
    private static CodeUnit moduleUnit(ModuleRootNode root) {
        var section = root.getSourceSection();
        if (section == null || !section.isAvailable()) {
            throw new UnsupportedConstructException("module code without source");
        }
        String text = section.getSource().getCharacters().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a file's UTF-8 byte order mark
        }
        String filename = root.getTracebackFilename();
        try {
            Mod mod = Parser.parse(text, filename, ParseMode.EXEC);
            SymbolTable symbols = SymbolTable.build(mod, filename, text);
            return CodeGenerator.compileModule(mod, symbols, filename, KraitContext.get(null).optimizeLevel(), text);
        } catch (PythonSyntaxError e) {
            throw new UnsupportedConstructException("module code whose source changed");
        }
    }

    private static PTuple constsTuple(KraitContext context, CodeUnit unit) {
        Object[] items = new Object[unit.consts().size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = pythonConstant(context, unit.consts().get(i));
        }
        return context.newTuple(items);
    }

    public static Object pythonConstant(KraitContext context, Object c) {
        return switch (c) {
            case ConstantValue v -> v == ConstantValue.NONE ? PNone.NONE : Singletons.ELLIPSIS;
            case java.math.BigInteger b -> PInt.normalize(b);
            case Constants.Bytes b -> b.value().length == 0 ? context.emptyBytes()
                            : RefCounts.immortal(new PBytes(context.classes().bytesClass, context.getShape(), b.value()));
            case Constants.Complex x -> RefCounts.immortal(new PComplex(context.classes().complexClass, context.getShape(), x.real(), x.imag()));
            case Constants.Tuple t -> {
                Object[] items = new Object[t.items().size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = pythonConstant(context, t.items().get(i));
                }
                yield RefCounts.immortal(context.newTuple(items));
            }
            case Constants.FrozenSet f -> {
                Object[] items = new Object[f.items().size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = pythonConstant(context, f.items().get(i));
                }
                // as CPython's compiler: a frozenset built in source order, replaced by an equal one rebuilt from its order
                Object built = PyObjectCall.call(context.classes().frozensetClass, context.newTuple(items));
                yield PyObjectCall.call(context.classes().frozensetClass, context.newTuple(dev.krait.runtime.protocol.PyIter.toArray(built)));
            }
            case CodeUnit u -> RefCounts.immortal(new PBytecodeCode(context.classes().codeClass, context.getShape(), u));
            default -> c;
        };
    }

    // ------------------------------------------------------------------------------------------- line tables

    /** The deprecated {@code co_lnotab}: (byte increment, line increment) pairs, from the location table. */
    private static byte[] lnotab(CodeUnit unit) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int line = unit.firstLineno();
        int codeOffset = 0;
        for (LocationTable.Range r : LocationTable.decode(unit.linetable(), unit.firstLineno())) {
            if (r.computedLine() != line) {
                int bdelta = r.start() - codeOffset;
                int ldelta = r.computedLine() - line;
                while (bdelta > 255) {
                    out.write(255);
                    out.write(0);
                    bdelta -= 255;
                }
                while (ldelta > 127) {
                    out.write(bdelta);
                    out.write(127);
                    bdelta = 0;
                    ldelta -= 127;
                }
                while (ldelta < -128) {
                    out.write(bdelta);
                    out.write(-128 & 0xFF);
                    bdelta = 0;
                    ldelta += 128;
                }
                out.write(bdelta);
                out.write(ldelta & 0xFF);
                codeOffset = r.start();
                line = r.computedLine();
            }
        }
        return out.toByteArray();
    }

    private static Object orNone(int value) {
        return value < 0 ? PNone.NONE : (Object) (long) value;
    }

    @Builtin(name = "co_lines", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CoLinesNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object lines(Object self) {
            CodeUnit unit = view(self).unit();
            KraitContext context = KraitContext.get(null);
            List<LocationTable.Range> ranges = LocationTable.decode(unit.linetable(), unit.firstLineno());
            List<Object> result = new ArrayList<>();
            int i = 0;
            while (i < ranges.size()) {
                LocationTable.Range r = ranges.get(i);
                int end = r.end();
                int j = i + 1;
                while (j < ranges.size() && ranges.get(j).line() == r.line()) {
                    end = ranges.get(j).end();
                    j++;
                }
                result.add(context.newTuple(new Object[]{(long) r.start(), (long) end, orNone(r.line())}));
                i = j;
            }
            return PyIter.getIter(context.newList(result.toArray()));
        }
    }

    @Builtin(name = "co_positions", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CoPositionsNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object positions(Object self) {
            CodeUnit unit = view(self).unit();
            KraitContext context = KraitContext.get(null);
            List<Object> result = new ArrayList<>();
            for (LocationTable.Range r : LocationTable.decode(unit.linetable(), unit.firstLineno())) {
                Object t = context.newTuple(new Object[]{orNone(r.line()), orNone(r.line() < 0 ? -1 : r.endLine()),
                                orNone(r.line() < 0 ? -1 : r.col()), orNone(r.line() < 0 ? -1 : r.endCol())});
                for (int offset = r.start(); offset < r.end(); offset += 2) {
                    result.add(t);
                }
            }
            return PyIter.getIter(context.newList(result.toArray()));
        }
    }

    @Builtin(name = "_varname_from_oparg", params = {"self", "oparg"})
    @GenerateNodeFactory
    abstract static class VarnameFromOpargNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object varname(Object self, Object oparg) {
            CodeUnit unit = view(self).unit();
            if (!(oparg instanceof Long index)) {
                throw Errors.typeError("'" + dev.krait.runtime.protocol.PyObjectType.typeName(oparg) + "' object cannot be interpreted as an integer");
            }
            String name = index < 0 || index >= unit.localsPlusCount() ? null : unit.localsPlusName((int) (long) index);
            if (name == null) {
                throw Errors.indexError("tuple index out of range");
            }
            return name;
        }
    }
}
