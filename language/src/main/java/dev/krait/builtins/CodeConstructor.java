package dev.krait.builtins;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.bytecode.CodeUnit;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.CodeObject;
import dev.krait.runtime.objects.PBytecodeCode;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PComplex;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.Singletons;

/**
 * Code objects made from their parts: {@code types.CodeType(argcount, …, exceptiontable, freevars, cellvars)} and
 * {@code code.replace(co_name=…)}, with CPython 3.12's checks and messages, and code equality by those parts. The
 * result is a {@link PBytecodeCode}: the bytecode engine runs it, executing the {@code co_code} given.
 */
final class CodeConstructor {
    private CodeConstructor() {
    }

    /** The parts of a code object, in the order {@code code()} takes them. */
    private static final String[] PARTS = {"argcount", "posonlyargcount", "kwonlyargcount", "nlocals", "stacksize", "flags", "code",
                    "consts", "names", "varnames", "filename", "name", "qualname", "firstlineno", "linetable", "exceptiontable",
                    "freevars", "cellvars"};

    /** What each part is: an int, bytes, a tuple (of names when 'n'), or a str. */
    private static final String KINDS = "iiiiiibtnnsssibbnn";

    @Builtin(name = "__new__", params = {"type", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newCode(Object type, Object args, Object kwargs) {
            if (((dev.krait.runtime.objects.PDict) kwargs).size() != 0) {
                throw Errors.typeError("code() takes no keyword arguments");
            }
            Object[] given = ((PTuple) args).items();
            if (given.length < 16) {
                throw Errors.typeError("code expected at least 16 arguments, got " + given.length);
            }
            if (given.length > 18) {
                throw Errors.typeError("code expected at most 18 arguments, got " + given.length);
            }
            Object[] parts = new Object[PARTS.length];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = i < given.length ? checked(i, given[i], "code() argument " + (i + 1)) : KraitContext.get(null).newTuple(new Object[0]);
            }
            for (int i = 0; i < 4; i++) {
                if ((int) parts[i] < 0) {
                    throw Errors.valueError("code: " + PARTS[i] + " must not be negative");
                }
            }
            return make(parts);
        }
    }

    @Builtin(name = "replace", doc = "A copy of the code object with the fields named by the keywords (co_name=..., co_consts=...) changed.", params = {"self", "/", "*", "co_argcount=", "co_posonlyargcount=", "co_kwonlyargcount=", "co_nlocals=",
                    "co_stacksize=", "co_flags=", "co_firstlineno=", "co_code=", "co_consts=", "co_names=", "co_varnames=", "co_freevars=",
                    "co_cellvars=", "co_filename=", "co_name=", "co_qualname=", "co_linetable=", "co_exceptiontable="})
    @GenerateNodeFactory
    abstract static class ReplaceNode extends BuiltinNode.BuiltinN {
        /** The order replace() takes its keywords in, as indexes into {@link #PARTS}. */
        private static final int[] ORDER = {0, 1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 16, 17, 10, 11, 12, 14, 15};

        @Specialization
        @TruffleBoundary
        static Object replace(Object[] args) {
            if (!(args[0] instanceof CodeObject)) {
                throw Errors.typeError("descriptor 'replace' for 'code' objects doesn't apply to a '" + PyObjectType.typeName(args[0]) + "' object");
            }
            Object[] parts = partsOf(args[0]);
            for (int k = 0; k < ORDER.length; k++) {
                Object value = args[k + 1];
                if (value == PNone.NO_VALUE) {
                    continue;
                }
                int i = ORDER[k];
                parts[i] = checked(i, value, "replace() argument 'co_" + PARTS[i] + "'");
                if (KINDS.charAt(i) == 'i' && (int) parts[i] < 0) {
                    throw Errors.valueError("co_" + PARTS[i] + " must be a positive integer");
                }
            }
            return make(parts);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class EqNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object eq(Object self, Object other) {
            return compare(self, other, true);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class NeNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object ne(Object self, Object other) {
            return compare(self, other, false);
        }
    }

    /** Equal code objects hash alike: the hash reads only what equality compares first (the name and first line). */
    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static long hash(Object self) {
            CodeObject code = (CodeObject) self;
            long h = code.name().hashCode() * 1_000_003L + code.firstLineno();
            return h == -1 ? -2 : h;
        }
    }

    // ------------------------------------------------------------------------------------------- parts

    /** A part given to code() or replace(), checked as CPython's argument clinic checks it. */
    private static Object checked(int i, Object value, String argument) {
        return switch (KINDS.charAt(i)) {
            case 'i' -> PyNumber.asCInt(value);
            case 'b' -> {
                if (!(value instanceof PBytes bytes)) {
                    throw Errors.typeError(argument + " must be bytes, not " + PyObjectType.typeName(value));
                }
                yield bytes;
            }
            case 's' -> {
                if (!(value instanceof String)) {
                    throw Errors.typeError(argument + " must be str, not " + PyObjectType.typeName(value));
                }
                yield value;
            }
            default -> {
                if (!(value instanceof PTuple)) {
                    throw Errors.typeError(argument + " must be tuple, not " + PyObjectType.typeName(value));
                }
                yield value;
            }
        };
    }

    /** The parts of an existing code object (what replace() keeps unless told otherwise). */
    private static Object[] partsOf(Object code) {
        KraitContext context = KraitContext.get(null);
        CodeUnit unit = CodeBytecodeBuiltins.bytecodeOf(code);
        CodeObject names = (CodeObject) code;
        return new Object[]{unit.argcount(), unit.posonlyargcount(), unit.kwonlyargcount(), unit.varnames().size(), unit.stacksize(),
                        unit.flags(), bytes(context, unit.code()), CodeBytecodeBuiltins.constsOf(code), strings(context, unit.names()),
                        strings(context, unit.varnames()), names.filename(), names.name(), names.qualname(), names.firstLineno(),
                        bytes(context, unit.linetable()), bytes(context, unit.exceptiontable()), strings(context, unit.freevars()),
                        strings(context, unit.cellvars())};
    }

    private static PBytes bytes(KraitContext context, byte[] data) {
        return new PBytes(context.classes().bytesClass, context.getShape(), data.clone());
    }

    private static PTuple strings(KraitContext context, List<String> names) {
        return context.newTuple(names.toArray());
    }

    /** CPython's code_new and _PyCode_Validate: the checks across parts, then the code object. */
    private static PBytecodeCode make(Object[] p) {
        KraitContext context = KraitContext.get(null);
        List<String> names = names((PTuple) p[8]);
        List<String> varnames = names((PTuple) p[9]);
        List<String> freevars = names((PTuple) p[16]);
        List<String> cellvars = names((PTuple) p[17]);
        int argcount = (int) p[0];
        int posonly = (int) p[1];
        int kwonly = (int) p[2];
        int flags = (int) p[5];
        if (argcount < posonly || (int) p[4] < 0 || flags < 0) {
            throw Errors.raise(dev.krait.runtime.exceptions.ErrorType.SystemError, "bad argument to internal function");
        }
        byte[] code = ((PBytes) p[6]).bytes();
        if (code.length % 2 != 0) {
            throw Errors.valueError("code: co_code is malformed");
        }
        int parameters = argcount + kwonly + ((flags & CodeUnit.CO_VARARGS) != 0 ? 1 : 0) + ((flags & CodeUnit.CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (parameters > varnames.size()) {
            throw Errors.valueError("code: co_varnames is too small");
        }
        if ((int) p[3] != varnames.size()) {
            throw Errors.valueError("code: co_nlocals != len(co_varnames)");
        }
        List<Object> consts = new ArrayList<>();
        for (Object c : ((PTuple) p[7]).items()) {
            // nested code the bytecode engine makes functions of is kept as a code unit (MAKE_FUNCTION's operand)
            consts.add(c instanceof CodeObject && !(c instanceof PBytecodeCode) ? CodeBytecodeBuiltins.bytecodeOf(c)
                            : c instanceof PBytecodeCode b ? b.unit() : c);
        }
        CodeUnit unit = new CodeUnit((String) p[11], (String) p[12], (String) p[10], (int) p[13], argcount, posonly, kwonly, flags, (int) p[4],
                        code.clone(), consts, names, varnames, cellvars, freevars, ((PBytes) p[14]).bytes().clone(), ((PBytes) p[15]).bytes().clone());
        return new PBytecodeCode(context.classes().codeClass, context.getShape(), unit);
    }

    private static List<String> names(PTuple tuple) {
        List<String> names = new ArrayList<>();
        for (Object item : tuple.items()) {
            if (!(item instanceof String name)) {
                throw Errors.typeError("name tuples must contain only strings, not '" + PyObjectType.typeName(item) + "'");
            }
            names.add(name);
        }
        return names;
    }

    // ------------------------------------------------------------------------------------------- equality

    /** {@code ==} ({@code equal} true) or {@code !=} of two code objects; NotImplemented for anything else. */
    private static Object compare(Object self, Object other, boolean equal) {
        if (!(self instanceof CodeObject a) || !(other instanceof CodeObject b)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        return (self == other || sameParts(a, b)) == equal;
    }

    /** CPython's code_richcompare: the name, counts, flags, first line, bytecode, constants, names and tables. */
    private static boolean sameParts(CodeObject a, CodeObject b) {
        if (!a.name().equals(b.name()) || a.firstLineno() != b.firstLineno()) {
            return false;
        }
        CodeUnit x;
        CodeUnit y;
        try {
            x = CodeBytecodeBuiltins.bytecodeOf(a);
            y = CodeBytecodeBuiltins.bytecodeOf(b);
        } catch (PException e) {
            return false; // code the bytecode compiler cannot compile yet compares by identity
        }
        if (x.argcount() != y.argcount() || x.posonlyargcount() != y.posonlyargcount() || x.kwonlyargcount() != y.kwonlyargcount() ||
                        x.flags() != y.flags() || !java.util.Arrays.equals(x.code(), y.code()) || !x.names().equals(y.names()) ||
                        !x.varnames().equals(y.varnames()) || !x.cellvars().equals(y.cellvars()) || !x.freevars().equals(y.freevars()) ||
                        !java.util.Arrays.equals(x.linetable(), y.linetable()) || !java.util.Arrays.equals(x.exceptiontable(), y.exceptiontable())) {
            return false;
        }
        Object[] cx = CodeBytecodeBuiltins.constsOf(a).items();
        Object[] cy = CodeBytecodeBuiltins.constsOf(b).items();
        if (cx.length != cy.length) {
            return false;
        }
        for (int i = 0; i < cx.length; i++) {
            if (!sameConstant(cx[i], cy[i])) {
                return false;
            }
        }
        return true;
    }

    /** Constants are the same when their types are and their values are equal (0.0 and -0.0 differ, as 1 and True). */
    private static boolean sameConstant(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (PyObjectType.classOf(a) != PyObjectType.classOf(b)) {
            return false;
        }
        return switch (a) {
            case Double d -> Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits((Double) b);
            case PComplex c -> Double.doubleToRawLongBits(c.real()) == Double.doubleToRawLongBits(((PComplex) b).real()) &&
                            Double.doubleToRawLongBits(c.imag()) == Double.doubleToRawLongBits(((PComplex) b).imag());
            case PTuple t -> {
                Object[] x = t.items();
                Object[] y = ((PTuple) b).items();
                boolean same = x.length == y.length;
                for (int i = 0; same && i < x.length; i++) {
                    same = sameConstant(x[i], y[i]);
                }
                yield same;
            }
            default -> PyObjectRichCompare.equals(a, b);
        };
    }
}
