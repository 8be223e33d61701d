package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PProperty;
import dev.krait.runtime.protocol.PyObjectGetAttr;

/** {@code property}. */
final class PropertyBuiltins {
    private PropertyBuiltins() {
    }

    static Object orNone(Object value) {
        return value == PNone.NO_VALUE ? PNone.NONE : value;
    }

    static PProperty make(Object getter, Object setter, Object deleter, Object doc) {
        KraitContext context = KraitContext.get(null);
        Object documentation = orNone(doc);
        if (documentation == PNone.NONE && getter != PNone.NONE) {
            Object getterDoc = PyObjectGetAttr.getOrNull(getter, "__doc__");
            documentation = getterDoc == null ? PNone.NONE : getterDoc;
        }
        return new PProperty(context.classes().propertyClass, context.getShape(), getter, setter, deleter, documentation);
    }

    @Builtin(name = "__new__", params = {"cls", "fget=", "fset=", "fdel=", "doc="})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.BuiltinN {
        @Specialization
        static Object newProperty(Object[] args) {
            return make(orNone(args[1]), orNone(args[2]), orNone(args[3]), args[4]);
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object init(Object self, Object args, Object kwargs) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "getter", params = {"self", "fget", "/"})
    @GenerateNodeFactory
    abstract static class GetterNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object getter(Object self, Object fget) {
            PProperty p = (PProperty) self;
            return make(fget, p.setter(), p.deleter(), p.doc());
        }
    }

    @Builtin(name = "setter", params = {"self", "fset", "/"})
    @GenerateNodeFactory
    abstract static class SetterNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object setter(Object self, Object fset) {
            PProperty p = (PProperty) self;
            return make(p.getter(), fset, p.deleter(), p.doc());
        }
    }

    @Builtin(name = "deleter", params = {"self", "fdel", "/"})
    @GenerateNodeFactory
    abstract static class DeleterNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object deleter(Object self, Object fdel) {
            PProperty p = (PProperty) self;
            return make(p.getter(), p.setter(), fdel, p.doc());
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object get(Object self, Object instance, Object owner) {
            if (instance == PNone.NONE) {
                return self;
            }
            return PyObjectGetAttr.descriptorGet(self, instance, dev.krait.runtime.protocol.PyObjectType.classOf(instance));
        }
    }

    @Builtin(name = "__set__", params = {"self", "instance", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object set(Object self, Object instance, Object value) {
            PProperty p = (PProperty) self;
            if (p.setter() == PNone.NONE) {
                throw dev.krait.runtime.exceptions.Errors.attributeError("property has no setter");
            }
            dev.krait.runtime.protocol.PyObjectCall.call(p.setter(), instance, value);
            return PNone.NONE;
        }
    }
}
