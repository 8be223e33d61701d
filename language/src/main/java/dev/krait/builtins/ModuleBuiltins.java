package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectType;

/** {@code module} called directly ({@code types.ModuleType("name", doc)}): an empty module made by the program. */
final class ModuleBuiltins {
    private ModuleBuiltins() {
    }

    /**
     * {@code module.__annotations__}: the module's own {@code __annotations__} global; a module without one gets an
     * empty dict, stored as that global (as CPython's getset does).
     */
    static void installAnnotations(KraitContext context, PythonClass moduleClass) {
        BuiltinTypeInstaller.getset(context, moduleClass, "__annotations__", self -> {
            PModule module = (PModule) self;
            Object annotations = module.getGlobal("__annotations__");
            if (annotations == null) {
                annotations = KraitContext.get(null).newDict();
                module.setGlobal("__annotations__", annotations);
            }
            return annotations;
        }, (self, value) -> {
            PModule module = (PModule) self;
            if (value != null) {
                module.setGlobal("__annotations__", value);
            } else if (!module.removeGlobal("__annotations__")) {
                throw Errors.attributeError("__annotations__");
            }
        });
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newModule(Object cls, Object args, Object kwargs) {
            Object[] given = ((PTuple) args).items();
            String name = given.length > 0 && given[0] instanceof String s ? s : "?";
            PModule module = new PModule((PythonClass) cls, KraitContext.get(null).getShape(), name);
            module.markMadeByProgram();
            return module;
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            Object[] given = ((PTuple) args).items();
            PDict keywords = (PDict) kwargs;
            if (given.length > 2) {
                throw Errors.typeError("module() takes at most 2 arguments (" + (given.length + keywords.size()) + " given)");
            }
            Object name = given.length > 0 ? given[0] : keywords.getItem("name");
            Object doc = given.length > 1 ? given[1] : keywords.getItem("doc");
            if (given.length > 0 && keywords.getItem("name") != null) {
                throw Errors.typeError("argument for module() given by name ('name') and position (1)");
            }
            var storage = keywords.storage();
            for (int ix = storage.nextIndex(0); ix >= 0; ix = storage.nextIndex(ix + 1)) {
                Object key = storage.keyAt(ix);
                if (!"name".equals(key) && !"doc".equals(key)) {
                    throw Errors.typeError("module() got an unexpected keyword argument '" + key + "'");
                }
            }
            if (name == null) {
                throw Errors.typeError("module() missing required argument 'name' (pos 1)");
            }
            if (!(name instanceof String)) {
                throw Errors.typeError("module() argument 'name' must be str, not " + PyObjectType.typeName(name));
            }
            PModule module = (PModule) self;
            ObjectAttributes.put(module, "__name__", name);
            ObjectAttributes.put(module, "__doc__", doc == null ? PNone.NONE : doc);
            ObjectAttributes.put(module, "__package__", PNone.NONE);
            ObjectAttributes.put(module, "__loader__", PNone.NONE);
            ObjectAttributes.put(module, "__spec__", PNone.NONE);
            return PNone.NONE;
        }
    }
}
