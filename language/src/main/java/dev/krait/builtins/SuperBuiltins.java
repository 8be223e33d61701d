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
            if (obj == PNone.NO_VALUE || obj == PNone.NONE) {
                return PSuper.unbound(KraitContext.get(null), t);
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
            if (s.object() == null) {
                return "<super: <class '" + s.type().getName() + "'>, NULL>";
            }
            return "<super: <class '" + s.type().getName() + "'>, <" + dev.krait.runtime.protocol.PyObjectType.typeName(s.object()) + " object>>";
        }
    }

    /** {@code super(type).__get__(obj)}: an unbound super object bound to {@code obj}; a bound one stays as it is. */
    @Builtin(name = "__get__", params = {"self", "instance", "owner=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object get(Object self, Object instance, Object owner) {
            PSuper s = (PSuper) self;
            if (instance == PNone.NONE || s.object() != null) {
                return s;
            }
            return PSuper.create(KraitContext.get(null), s.type(), instance);
        }
    }

    static void installAttributes(KraitContext context) {
        var superClass = context.classes().superClass;
        BuiltinTypeInstaller.getset(context, superClass, "__thisclass__", self -> ((PSuper) self).type(), null);
        BuiltinTypeInstaller.getset(context, superClass, "__self__", self -> orNone(((PSuper) self).object()), null);
        BuiltinTypeInstaller.getset(context, superClass, "__self_class__", self -> orNone(((PSuper) self).startClass()), null);
    }

    private static Object orNone(Object value) {
        return value == null ? PNone.NONE : value;
    }
}
