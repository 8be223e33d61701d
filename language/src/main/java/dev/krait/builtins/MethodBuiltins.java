package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBoundMethod;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectHash;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectType;

/** {@code method} ({@code types.MethodType}): a function bound to an object. */
final class MethodBuiltins {
    private MethodBuiltins() {
    }

    /**
     * Bound methods compare equal when bound to the same object (identity) and their functions are equal, as
     * CPython's {@code method_richcompare}; builtin functions bound to an object likewise ({@code d.keys == d.keys}).
     */
    static void installComparisons(KraitContext context) {
        for (PythonClass cls : new PythonClass[]{context.classes().methodClass,
                        context.classes().builtinFunctionClass, context.classes().methodWrapperClass}) {
            java.util.function.Predicate<Object> isInstance = value -> PyObjectType.classOf(value) == cls;
            OperatorMethods.define(context, cls, "__eq__", OperatorMethods.BINARY, isInstance, args -> equalMethods(cls, args[0], args[1]));
            OperatorMethods.define(context, cls, "__ne__", OperatorMethods.BINARY, isInstance, args -> {
                Object equal = equalMethods(cls, args[0], args[1]);
                return equal == OperatorMethods.notImplemented() ? equal : !(Boolean) equal;
            });
            OperatorMethods.define(context, cls, "__hash__", OperatorMethods.UNARY, isInstance, args -> {
                if (args[0] instanceof PBoundMethod m) {
                    return (long) System.identityHashCode(m.getSelf()) ^ PyObjectHash.hash(m.getFunction());
                }
                return (long) System.identityHashCode(args[0]);
            });
        }
    }

    private static Object equalMethods(PythonClass cls, Object a, Object b) {
        if (PyObjectType.classOf(b) != cls) {
            return OperatorMethods.notImplemented();
        }
        if (a instanceof PBoundMethod x && b instanceof PBoundMethod y) {
            return x.getSelf() == y.getSelf() && (x.getFunction() == y.getFunction() ||
                            cls == KraitContext.get(null).classes().methodClass && PyObjectRichCompare.equals(x.getFunction(), y.getFunction()));
        }
        return a == b;
    }

    @Builtin(name = "__new__", params = {"cls", "function", "instance", "/"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newMethod(Object cls, Object function, Object instance) {
            if (!BuiltinFunctions.CallableNode.callable(function)) {
                throw Errors.typeError("first argument must be callable");
            }
            if (instance == PNone.NONE) {
                throw Errors.typeError("instance must not be None");
            }
            return KraitContext.get(null).newBoundMethod(instance, function);
        }
    }
}
