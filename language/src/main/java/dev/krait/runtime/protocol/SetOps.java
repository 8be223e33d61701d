package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.storage.SetStorage;

/** The set operators {@code | & - ^} and the subset comparisons. */
public final class SetOps {
    private SetOps() {
    }

    @TruffleBoundary
    public static Object binary(BinaryOperator op, PSet a, PSet b) {
        PythonKeyProtocol p = PythonKeyProtocol.INSTANCE;
        SetStorage result = switch (op) {
            case OR -> a.storage().union(b.storage(), p);
            case AND -> a.storage().intersection(b.storage(), p);
            case SUB -> a.storage().difference(b.storage(), p);
            case XOR -> a.storage().symmetricDifference(b.storage(), p);
            default -> null;
        };
        if (result == null) {
            return Singletons.NOT_IMPLEMENTED;
        }
        KraitContext context = KraitContext.get(null);
        PythonClass cls = a.getPythonClass().isSubclassOf(context.classes().frozensetClass) ? context.classes().frozensetClass
                        : context.classes().setClass;
        return new PSet(cls, context.getShape(), result);
    }

    @TruffleBoundary
    public static boolean compare(CompareOperator op, PSet a, PSet b) {
        PythonKeyProtocol p = PythonKeyProtocol.INSTANCE;
        SetStorage x = a.storage();
        SetStorage y = b.storage();
        return switch (op) {
            case EQ -> x.setEquals(y, p);
            case NE -> !x.setEquals(y, p);
            case LE -> x.isSubset(y, p);
            case LT -> x.size() < y.size() && x.isSubset(y, p);
            case GE -> x.isSuperset(y, p);
            case GT -> x.size() > y.size() && x.isSuperset(y, p);
        };
    }
}
