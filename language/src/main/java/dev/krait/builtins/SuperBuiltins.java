package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSuper;
import dev.krait.runtime.objects.PythonClass;

/** {@code super(type, obj)} called explicitly (zero-argument {@code super()} is compiled to a node). */
final class SuperBuiltins {
    private SuperBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "type=", "obj=", "/"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newSuper(Object cls, Object type, Object obj) {
            if (type == PNone.NO_VALUE) {
                throw Errors.runtimeError("super(): no arguments");
            }
            if (!(type instanceof PythonClass t)) {
                throw Errors.typeError("super() argument 1 must be a type, not " + dev.krait.runtime.protocol.PyObjectType.typeName(type));
            }
            if (obj == PNone.NO_VALUE) {
                throw Errors.notImplementedError("unbound super objects are not supported by Krait yet");
            }
            return PSuper.create(KraitContext.get(null), t, obj);
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object init(Object self, Object args) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            PSuper s = (PSuper) self;
            return "<super: <class '" + s.type().getName() + "'>, <" + dev.krait.runtime.protocol.PyObjectType.typeName(s.object()) + " object>>";
        }
    }
}
