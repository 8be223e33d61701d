package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;

/**
 * The errors that say what was missing: {@code NameError(*args, name=None)} and
 * {@code AttributeError(*args, name=None, obj=None)}. Both attributes read as None until set; the interpreter sets
 * them when a name or attribute look-up fails.
 */
final class MissingNameErrorBuiltins {
    private MissingNameErrorBuiltins() {
    }

    static void install(KraitContext context, BuiltinRegistry registry) {
        PythonClass nameError = context.classes().byName("NameError");
        PythonClass attributeError = context.classes().byName("AttributeError");
        registry.addFunctions(context, nameError, java.util.List.of(MissingNameErrorBuiltinsFactory.NameErrorInitNodeFactory.getInstance()),
                        nameError, "builtins");
        registry.addFunctions(context, attributeError, java.util.List.of(MissingNameErrorBuiltinsFactory.AttributeErrorInitNodeFactory.getInstance()),
                        attributeError, "builtins");
        nameError.defineOwn("name", PNone.NONE);
        attributeError.defineOwn("name", PNone.NONE);
        attributeError.defineOwn("obj", PNone.NONE);
    }

    @TruffleBoundary
    private static void initialize(Object self, Object args, Object kwargs, String typeName, String... allowed) {
        PBaseException exception = (PBaseException) self;
        exception.setArgs(((PTuple) args).items());
        PDict keywords = (PDict) kwargs;
        for (Object key : keywords.storage().keysArray()) {
            if (!java.util.List.of(allowed).contains(key)) {
                throw Errors.typeError("'" + key + "' is an invalid keyword argument for " + typeName + "()");
            }
        }
        for (String name : allowed) {
            Object value = keywords.getItem(name);
            if (value != null) {
                ObjectAttributes.put(exception, name, value);
            }
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NameErrorInitNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object init(Object self, Object args, Object kwargs) {
            initialize(self, args, kwargs, "NameError", "name");
            return PNone.NONE;
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class AttributeErrorInitNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object init(Object self, Object args, Object kwargs) {
            initialize(self, args, kwargs, "AttributeError", "name", "obj");
            return PNone.NONE;
        }
    }
}
