package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PGetSetDescriptor;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectSetAttr;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code getset_descriptor} and {@code member_descriptor} (a {@code __slots__} entry) called directly:
 * {@code __get__}, {@code __set__}, {@code __delete__} and their {@code __name__}/{@code __objclass__}/{@code __doc__}.
 */
final class GetSetDescriptorBuiltins {
    private GetSetDescriptorBuiltins() {
    }

    static void install(BuiltinRegistry registry, KraitContext context) {
        for (PythonClass descriptorClass : new PythonClass[]{context.classes().byName("getset_descriptor"), context.classes().memberDescriptorClass}) {
            registry.addFunctions(context, descriptorClass, GetSetDescriptorBuiltinsFactory.getFactories(), descriptorClass, "builtins");
            BuiltinTypeInstaller.member(context, descriptorClass, "__name__", self -> ((PGetSetDescriptor) self).name());
            BuiltinTypeInstaller.getset(context, descriptorClass, "__qualname__",
                            self -> ((PGetSetDescriptor) self).owner().getQualname() + "." + ((PGetSetDescriptor) self).name(), null);
            BuiltinTypeInstaller.member(context, descriptorClass, "__objclass__", self -> ((PGetSetDescriptor) self).owner());
            BuiltinTypeInstaller.getset(context, descriptorClass, "__doc__", self -> {
                String doc = ((PGetSetDescriptor) self).doc();
                return doc == null ? PNone.NONE : doc;
            }, null);
        }
    }

    /** CPython's {@code descr_check}: the descriptor only applies to instances of the class that defines it. */
    private static void checkApplies(PGetSetDescriptor descriptor, Object instance) {
        if (!PyObjectType.isInstance(instance, descriptor.owner())) {
            throw Errors.typeError("descriptor '" + descriptor.name() + "' for '" + descriptor.owner().getTypeName() +
                            "' objects doesn't apply to a '" + PyObjectType.typeName(instance) + "' object");
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object get(Object self, Object instance, Object owner) {
            PGetSetDescriptor descriptor = (PGetSetDescriptor) self;
            if (instance == PNone.NONE && owner != PNone.NONE && owner != PNone.NO_VALUE) {
                return descriptor;
            }
            if (instance == PNone.NONE && (owner == PNone.NONE || owner == PNone.NO_VALUE)) {
                throw Errors.typeError("__get__(None, None) is invalid");
            }
            checkApplies(descriptor, instance);
            return PyObjectGetAttr.descriptorGet(descriptor, instance, descriptor.owner());
        }
    }

    @Builtin(name = "__set__", params = {"self", "instance", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object set(Object self, Object instance, Object value) {
            PGetSetDescriptor descriptor = (PGetSetDescriptor) self;
            checkApplies(descriptor, instance);
            PyObjectSetAttr.setViaDescriptor(descriptor, instance, descriptor.name(), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delete__", params = {"self", "instance", "/"})
    @GenerateNodeFactory
    abstract static class DeleteNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object delete(Object self, Object instance) {
            PGetSetDescriptor descriptor = (PGetSetDescriptor) self;
            checkApplies(descriptor, instance);
            PyObjectSetAttr.setViaDescriptor(descriptor, instance, descriptor.name(), null);
            return PNone.NONE;
        }
    }
}
