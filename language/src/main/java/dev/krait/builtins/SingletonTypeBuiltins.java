package dev.krait.builtins;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.Singletons;

/** Calling the types of the singletons ({@code type(None)()}, {@code type(...)()}) returns the singleton. */
final class SingletonTypeBuiltins {
    private SingletonTypeBuiltins() {
    }

    static void install(BuiltinRegistry registry, KraitContext context) {
        BuiltinClasses c = context.classes();
        registry.addFunctions(context, c.noneClass, List.of(SingletonTypeBuiltinsFactory.NoneNewNodeFactory.getInstance(),
                        SingletonTypeBuiltinsFactory.NoneReprNodeFactory.getInstance()), c.noneClass, "builtins");
        // NoneType's own truth, hash and comparisons (equal only to itself), as CPython 3.12's
        java.util.function.Predicate<Object> isNone = value -> value == PNone.NONE;
        OperatorMethods.define(context, c.noneClass, "__bool__", OperatorMethods.UNARY, isNone, args -> false);
        OperatorMethods.define(context, c.noneClass, "__hash__", OperatorMethods.UNARY, isNone,
                        args -> dev.krait.runtime.protocol.PyObjectHash.hash(PNone.NONE));
        OperatorMethods.comparisons(context, c.noneClass, isNone, (op, self, other) -> switch (op) {
            case EQ -> self == other ? (Object) true : OperatorMethods.notImplemented();
            case NE -> self == other ? (Object) false : OperatorMethods.notImplemented();
            default -> OperatorMethods.notImplemented();
        });
        registry.addFunctions(context, c.ellipsisClass, List.of(SingletonTypeBuiltinsFactory.EllipsisNewNodeFactory.getInstance(),
                        SingletonTypeBuiltinsFactory.EllipsisReprNodeFactory.getInstance(), SingletonTypeBuiltinsFactory.EllipsisReduceNodeFactory.getInstance()),
                        c.ellipsisClass, "builtins");
        registry.addFunctions(context, c.notImplementedClass, List.of(SingletonTypeBuiltinsFactory.NotImplementedNewNodeFactory.getInstance(),
                        SingletonTypeBuiltinsFactory.NotImplementedReprNodeFactory.getInstance(),
                        SingletonTypeBuiltinsFactory.NotImplementedReduceNodeFactory.getInstance()), c.notImplementedClass, "builtins");
    }

    private static Object singleton(String typeName, Object cls, Object args, Object kwargs, Object value) {
        if (!(cls instanceof dev.krait.runtime.objects.PythonClass type)) {
            throw Errors.typeError(typeName + ".__new__(X): X is not a type object (" + dev.krait.runtime.protocol.PyObjectType.typeName(cls) + ")");
        }
        if (type != dev.krait.runtime.protocol.PyObjectType.classOf(value)) {
            throw Errors.typeError(typeName + ".__new__(" + type.getName() + "): " + type.getName() + " is not a subtype of " + typeName);
        }
        if (((PTuple) args).items().length > 0 || (kwargs instanceof dev.krait.runtime.objects.PDict d && d.size() > 0)) {
            throw Errors.typeError(typeName + " takes no arguments");
        }
        return value;
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NoneNewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newNone(Object cls, Object args, Object kwargs) {
            return singleton("NoneType", cls, args, kwargs, PNone.NONE);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class EllipsisNewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newEllipsis(Object cls, Object args, Object kwargs) {
            return singleton("ellipsis", cls, args, kwargs, Singletons.ELLIPSIS);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NotImplementedNewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newNotImplemented(Object cls, Object args, Object kwargs) {
            return singleton("NotImplementedType", cls, args, kwargs, Singletons.NOT_IMPLEMENTED);
        }
    }

    /** The name of a singleton, for {@code __repr__} and {@code __reduce__} called on {@code expected}. */
    private static String nameOf(String method, Object expected, Object self) {
        if (self != expected) {
            throw OperatorMethods.descriptorError(method, dev.krait.runtime.protocol.PyObjectType.typeName(expected), self);
        }
        return dev.krait.runtime.protocol.PyObjectRepr.repr(self);
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class NoneReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            return nameOf("__repr__", PNone.NONE, self);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class EllipsisReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            return nameOf("__repr__", Singletons.ELLIPSIS, self);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class NotImplementedReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            return nameOf("__repr__", Singletons.NOT_IMPLEMENTED, self);
        }
    }

    /** {@code Ellipsis.__reduce__()}: the name pickle finds the singleton by. */
    @Builtin(name = "__reduce__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class EllipsisReduceNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String reduce(Object self) {
            return nameOf("__reduce__", Singletons.ELLIPSIS, self);
        }
    }

    @Builtin(name = "__reduce__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class NotImplementedReduceNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String reduce(Object self) {
            return nameOf("__reduce__", Singletons.NOT_IMPLEMENTED, self);
        }
    }
}
