package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.protocol.PyObjectCall;

/**
 * {@code __class_getitem__} of the builtin generic types (list, dict, tuple, set, frozenset, enumerate, mappingproxy,
 * weakref.ref, BaseExceptionGroup): {@code list[int]} is a {@code types.GenericAlias} (PEP 585).
 */
final class GenericAliasClassMethod {
    private GenericAliasClassMethod() {
    }

    @Builtin(name = "__class_getitem__", params = {"cls", "item", "/"}, classMethod = true, doc = "See PEP 585")
    @GenerateNodeFactory
    abstract static class ClassGetItemNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object classGetItem(Object cls, Object item) {
            PModule module = ModuleLoader.importModule(KraitContext.get(null), "_generic_types");
            return PyObjectCall.call(ObjectAttributes.get(module, "GenericAlias"), cls, item);
        }
    }
}
