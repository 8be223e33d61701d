package dev.krait.builtins;


import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PProperty;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;

/** {@code property}. */
final class PropertyBuiltins {
    private PropertyBuiltins() {
    }

    static Object orNone(Object value) {
        return value == PNone.NO_VALUE ? PNone.NONE : value;
    }

    /** The docstring a property takes: the given one, else its getter's. */
    private static Object documentation(Object getter, Object doc) {
        Object documentation = orNone(doc);
        if (documentation == PNone.NONE && getter != PNone.NONE) {
            Object getterDoc = PyObjectGetAttr.getOrNull(getter, "__doc__");
            documentation = getterDoc == null ? PNone.NONE : getterDoc;
        }
        return documentation;
    }

    static PProperty make(Object getter, Object setter, Object deleter, Object doc) {
        KraitContext context = KraitContext.get(null);
        PProperty p = new PProperty(context.classes().propertyClass, context.getShape(), getter, setter, deleter, documentation(getter, doc));
        p.setDocFromGetter(orNone(doc) == PNone.NONE && p.doc() != PNone.NONE);
        return p;
    }

    /** getter()/setter()/deleter(): a copy of the property, of the same (sub)class, with one function replaced (None keeps it). */
    private static Object copyWith(PProperty p, Object getter, Object setter, Object deleter) {
        KraitContext context = KraitContext.get(null);
        Object doc = p.isDocFromGetter() && getter != PNone.NONE ? PNone.NONE : p.doc();
        Object copy = p.getPythonClass() == context.classes().propertyClass ? make(getter, setter, deleter, doc)
                        : PyObjectCall.call(p.getPythonClass(), getter, setter, deleter, doc);
        if (copy instanceof PProperty property && p.name() != null) {
            property.setName(p.name());
        }
        return copy;
    }

    /** A subclass's instance starts empty; __init__ gives it its functions (CPython's generic new). */
    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newProperty(Object cls, Object args, Object kwargs) {
            KraitContext context = KraitContext.get(null);
            PythonClass type = (PythonClass) cls;
            return new PProperty(type, context.getShape(), PNone.NONE, PNone.NONE, PNone.NONE, PNone.NONE);
        }
    }

    @Builtin(name = "__init__", params = {"self", "fget=", "fset=", "fdel=", "doc="})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.BuiltinN {
        @Specialization
        static Object init(Object[] args) {
            PProperty p = (PProperty) args[0];
            Object getter = orNone(args[1]);
            Object doc = documentation(getter, args[4]);
            p.initialize(getter, orNone(args[2]), orNone(args[3]), doc);
            p.setDocFromGetter(orNone(args[4]) == PNone.NONE && doc != PNone.NONE);
            if (p.getPythonClass() != KraitContext.get(null).classes().propertyClass) {
                // the subclass's own __doc__ would hide the property's: the instance keeps it (as CPython does)
                dev.krait.runtime.protocol.PyObjectSetAttr.set(p, "__doc__", doc);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "getter", params = {"self", "fget", "/"})
    @GenerateNodeFactory
    abstract static class GetterNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object getter(Object self, Object fget) {
            PProperty p = (PProperty) self;
            return copyWith(p, fget == PNone.NONE ? p.getter() : fget, p.setter(), p.deleter());
        }
    }

    @Builtin(name = "setter", params = {"self", "fset", "/"})
    @GenerateNodeFactory
    abstract static class SetterNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object setter(Object self, Object fset) {
            PProperty p = (PProperty) self;
            return copyWith(p, p.getter(), fset == PNone.NONE ? p.setter() : fset, p.deleter());
        }
    }

    @Builtin(name = "deleter", params = {"self", "fdel", "/"})
    @GenerateNodeFactory
    abstract static class DeleterNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object deleter(Object self, Object fdel) {
            PProperty p = (PProperty) self;
            return copyWith(p, p.getter(), p.setter(), fdel == PNone.NONE ? p.deleter() : fdel);
        }
    }

    /** Called when the class the property is assigned in is made: the name shows in error messages. */
    @Builtin(name = "__set_name__", params = {"self", "owner", "name", "/"})
    @GenerateNodeFactory
    abstract static class SetNameNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object setName(Object self, Object owner, Object name) {
            ((PProperty) self).setName(name);
            return PNone.NONE;
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
            PProperty p = (PProperty) self;
            if (p.getter() == PNone.NONE) {
                throw p.noAccessor(instance, "getter");
            }
            return PyObjectCall.call(p.getter(), instance);
        }
    }

    @Builtin(name = "__set__", params = {"self", "instance", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object set(Object self, Object instance, Object value) {
            callAccessor((PProperty) self, instance, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delete__", params = {"self", "instance", "/"})
    @GenerateNodeFactory
    abstract static class DeleteNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object delete(Object self, Object instance) {
            callAccessor((PProperty) self, instance, null);
            return PNone.NONE;
        }
    }

    /** The setter with the value, or the deleter when value is null; CPython's error when there is none. */
    private static void callAccessor(PProperty p, Object instance, Object value) {
        Object function = value == null ? p.deleter() : p.setter();
        if (function == PNone.NONE) {
            throw p.noAccessor(instance, value == null ? "deleter" : "setter");
        }
        if (value == null) {
            PyObjectCall.call(function, instance);
        } else {
            PyObjectCall.call(function, instance, value);
        }
    }
}
