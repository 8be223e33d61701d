package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.storage.Hashing;
import dev.krait.runtime.objects.PBoundMethod;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectHash;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.Singletons;

/**
 * Equality and hashing of bound methods ({@code method} and {@code builtin_function_or_method}): two methods are
 * equal when they bind the same object (identity) to equal functions; the hash mixes the object's identity with the
 * function's hash. Only {@code ==} and {@code !=} are defined; other operands give NotImplemented.
 */
final class BoundMethodComparison {
    private BoundMethodComparison() {
    }

    static void install(BuiltinRegistry registry, KraitContext context) {
        for (PythonClass cls : new PythonClass[]{context.classes().methodClass, context.classes().builtinFunctionClass}) {
            registry.addFunctions(context, cls, BoundMethodComparisonFactory.getFactories(), cls, "builtins");
        }
    }

    @TruffleBoundary
    private static Object compare(Object self, Object other, boolean equal) {
        KraitContext context = KraitContext.get(null);
        PythonClass type = PyObjectType.classOf(context, self);
        if (PyObjectType.classOf(context, other) != type && !PyObjectType.classOf(context, other).isSubclassOf(type)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        boolean result;
        if (self instanceof PBoundMethod a && other instanceof PBoundMethod b) {
            if (type == context.classes().builtinFunctionClass) {
                result = a.getSelf() == b.getSelf() && a.getFunction() == b.getFunction();
            } else {
                result = PyObjectRichCompare.equals(a.getFunction(), b.getFunction()) && a.getSelf() == b.getSelf();
            }
        } else {
            result = self == other;
        }
        return result == equal;
    }

    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class EqNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object eq(Object self, Object other) {
            return compare(self, other, true);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class NeNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object ne(Object self, Object other) {
            return compare(self, other, false);
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static long hash(Object self) {
            if (!(self instanceof PBoundMethod method)) {
                return Hashing.identityHash(self);
            }
            Object function = method.getFunction();
            long functionHash = function instanceof PBuiltinFunction ? Hashing.identityHash(function) : PyObjectHash.hash(function);
            long h = Hashing.identityHash(method.getSelf()) ^ functionHash;
            return h == -1 ? -2 : h;
        }
    }
}
