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
        registry.addFunctions(context, c.noneClass, List.of(SingletonTypeBuiltinsFactory.NoneNewNodeFactory.getInstance()), c.noneClass, "builtins");
        registry.addFunctions(context, c.ellipsisClass, List.of(SingletonTypeBuiltinsFactory.EllipsisNewNodeFactory.getInstance()), c.ellipsisClass, "builtins");
        registry.addFunctions(context, c.notImplementedClass, List.of(SingletonTypeBuiltinsFactory.NotImplementedNewNodeFactory.getInstance()),
                        c.notImplementedClass, "builtins");
    }

    private static Object singleton(String typeName, Object args, Object kwargs, Object value) {
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
            return singleton("NoneType", args, kwargs, PNone.NONE);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class EllipsisNewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newEllipsis(Object cls, Object args, Object kwargs) {
            return singleton("ellipsis", args, kwargs, Singletons.ELLIPSIS);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NotImplementedNewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newNotImplemented(Object cls, Object args, Object kwargs) {
            return singleton("NotImplementedType", args, kwargs, Singletons.NOT_IMPLEMENTED);
        }
    }
}
