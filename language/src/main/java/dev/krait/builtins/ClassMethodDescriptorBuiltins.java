package dev.krait.builtins;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PMethodWrapper;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code classmethod_descriptor}: what a builtin type's class methods are in its {@code __dict__}
 * ({@code dict.__dict__['fromkeys']}). Read through the type or an instance it binds to the type, as a
 * {@code classmethod}; unlike one, it is callable itself with the type as first argument and checks that type.
 */
final class ClassMethodDescriptorBuiltins {
    private ClassMethodDescriptorBuiltins() {
    }

    private static boolean isDescriptor(Object value) {
        return value instanceof PMethodWrapper wrapper && wrapper.isClassMethod() && wrapper.callable() instanceof PBuiltinFunction;
    }

    private static PBuiltinFunction function(Object self) {
        return (PBuiltinFunction) ((PMethodWrapper) self).callable();
    }

    /** CPython's descr_check for a class method: {@code type} must be a subtype of the method's type. */
    private static PythonClass checkedType(PBuiltinFunction function, Object type) {
        PythonClass owner = function.getOwner();
        if (!(type instanceof PythonClass cls)) {
            throw Errors.typeError("descriptor '" + function.getName() + "' for type '" + owner.getName() + "' needs a type, not a '" +
                            PyObjectType.typeName(type) + "' as arg 2");
        }
        if (!cls.isSubclassOf(owner)) {
            throw Errors.typeError("descriptor '" + function.getName() + "' requires a subtype of '" + owner.getName() + "' but received '" +
                            cls.getName() + "'");
        }
        return cls;
    }

    static void install(KraitContext context) {
        PythonClass cls = context.classes().byName("classmethod_descriptor");
        OperatorMethods.define(context, cls, "__repr__", OperatorMethods.UNARY, ClassMethodDescriptorBuiltins::isDescriptor,
                        args -> PyObjectRepr.repr(function(args[0])));
        OperatorMethods.define(context, cls, "__get__", new String[]{"self", "instance", "owner=", "/"}, ClassMethodDescriptorBuiltins::isDescriptor,
                        args -> {
                            PBuiltinFunction function = function(args[0]);
                            Object type = args[2];
                            if (type == PNone.NO_VALUE || type == PNone.NONE) {
                                if (args[1] == PNone.NONE) {
                                    throw Errors.typeError("__get__(None, None) is invalid");
                                }
                                type = PyObjectType.classOf(args[1]);
                            }
                            return PyObjectGetAttr.classMethodGet(KraitContext.get(null), function, checkedType(function, type));
                        });
        OperatorMethods.define(context, cls, "__call__", new String[]{"self", "*args", "**kwargs"}, ClassMethodDescriptorBuiltins::isDescriptor,
                        args -> {
                            PBuiltinFunction function = function(args[0]);
                            Object[] given = ((PTuple) args[1]).items();
                            if (given.length == 0) {
                                throw Errors.typeError("descriptor '" + function.getName() + "' of '" + function.getOwner().getName() +
                                                "' object needs an argument");
                            }
                            checkedType(function, given[0]);
                            return PyObjectCall.callWithKeywordDict(function, given, (PDict) args[2]);
                        });
        BuiltinTypeInstaller.getset(context, cls, "__name__", self -> function(self).getName(), null);
        BuiltinTypeInstaller.getset(context, cls, "__qualname__", self -> function(self).getQualname(), null);
        BuiltinTypeInstaller.getset(context, cls, "__objclass__", self -> function(self).getOwner(), null);
        BuiltinTypeInstaller.getset(context, cls, "__doc__", self -> PyObjectGetAttr.get(function(self), "__doc__"), null);
    }
}
