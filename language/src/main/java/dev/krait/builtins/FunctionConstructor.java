package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.nodes.root.KraitRootNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.bytecode.CodeUnit;
import dev.krait.bytecode.interpreter.Functions;
import dev.krait.runtime.objects.CodeObject;
import dev.krait.runtime.objects.PBytecodeCode;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PCellObject;
import dev.krait.runtime.objects.PCode;
import dev.krait.runtime.objects.PCodeObject;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None)}: a new function of a def's or
 * lambda's code, run with the given globals dict.
 */
final class FunctionConstructor {
    private FunctionConstructor() {
    }

    static void install(BuiltinRegistry registry, KraitContext context) {
        registry.addFunctions(context, context.classes().functionClass, java.util.List.of(FunctionConstructorFactory.NewNodeFactory.getInstance()),
                        context.classes().functionClass, "builtins");
        registry.addFunctions(context, context.classes().cellClass, java.util.List.of(FunctionConstructorFactory.NewCellNodeFactory.getInstance()),
                        context.classes().cellClass, "builtins");
    }

    /** {@code types.CellType(contents)}: a cell holding contents, or an empty one. */
    @Builtin(name = "__new__", params = {"type", "contents=", "/"})
    @GenerateNodeFactory
    abstract static class NewCellNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object newCell(Object type, Object contents) {
            KraitContext context = KraitContext.get(null);
            PCell cell = contents == PNone.NO_VALUE ? new PCell() : new PCell(contents);
            return new PCellObject(context.classes().cellClass, context.getShape(), cell);
        }
    }

    /**
     * The function code a function made of the code object runs: a def's or lambda's own, or for code made from its
     * parts, the bytecode engine's; null for module and class-body code.
     */
    static PCode functionCodeOf(KraitContext context, Object codeObject) {
        return switch (codeObject) {
            case PCodeObject c -> c.root() instanceof KraitRootNode root ? root.getFunctionCode() : null;
            case PBytecodeCode b -> (b.unit().flags() & CodeUnit.CO_OPTIMIZED) != 0 ? Functions.functionCodeOf(context, b) : null;
            default -> null;
        };
    }

    @Builtin(name = "__new__", params = {"type", "code", "globals", "name=", "argdefs=", "closure="})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object newFunction(Object[] args) {
            KraitContext context = KraitContext.get(null);
            Object codeArg = args[1];
            if (!(codeArg instanceof CodeObject codeObject)) {
                throw Errors.typeError("function() argument 'code' must be code, not " + typeName(codeArg));
            }
            if (!(args[2] instanceof PDict globals)) {
                throw Errors.typeError("function() argument 'globals' must be dict, not " + typeName(args[2]));
            }
            Object name = given(args[3]);
            if (name != null && !(name instanceof String)) {
                throw Errors.typeError("arg 3 (name) must be None or string");
            }
            Object argdefs = given(args[4]);
            if (argdefs != null && !(argdefs instanceof PTuple)) {
                throw Errors.typeError("arg 4 (defaults) must be None or tuple");
            }
            Object closureArg = given(args[5]);
            if (closureArg != null && !(closureArg instanceof PTuple)) {
                throw Errors.typeError("arg 5 (closure) must be None or tuple");
            }
            PCode code = functionCodeOf(context, codeObject);
            if (code == null) {
                throw Errors.notImplementedError("types.FunctionType of the code of a module or class body");
            }
            int free = code.freeVariables().length;
            Object[] cells = closureArg == null ? new Object[0] : ((PTuple) closureArg).items();
            if (free > 0 && closureArg == null) {
                throw Errors.typeError("arg 5 (closure) must be tuple");
            }
            if (cells.length != free) {
                throw Errors.valueError(code.name() + " requires closure of length " + free + ", not " + cells.length);
            }
            PCell[] closure = null;
            if (free > 0) {
                closure = new PCell[free];
                for (int i = 0; i < free; i++) {
                    if (!(cells[i] instanceof PCellObject cell)) {
                        throw Errors.typeError("arg 5 (closure) expected cell, found " + typeName(cells[i]));
                    }
                    closure[i] = cell.cell();
                }
            }
            PModule module = PModule.forNamespace(context, globals);
            Object[] defaults = argdefs == null ? null : ((PTuple) argdefs).items().clone();
            PFunction function = new PFunction(context.classes().functionClass, context.getShape(), code, module, closure,
                            defaults, null, codeObject.qualname());
            if (name != null) {
                function.setName((String) name);
            }
            if (code != null && code.docstring() != null) {
                // a new function of a code object has the docstring the code keeps
                dev.krait.runtime.ObjectAttributes.put(function, "__doc__", code.docstring());
            }
            return function;
        }

        private static Object given(Object value) {
            return value == PNone.NO_VALUE || value == PNone.NONE ? null : value;
        }

        private static String typeName(Object value) {
            return value == PNone.NONE ? "None" : PyObjectType.typeName(value);
        }
    }
}
