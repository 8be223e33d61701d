package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PMethodWrapper;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;

/** {@code type.__call__}: making an instance by {@code __new__} and then {@code __init__}. */
public final class TypeCall {
    private TypeCall() {
    }

    @TruffleBoundary
    public static Object call(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues) {
        KraitContext context = KraitContext.get(null);
        if (cls == context.classes().typeClass && args.length == 1 && kwNames.length == 0) {
            return PyObjectType.classOf(context, args[0]);
        }
        PythonClass metaclass = cls.getPythonClass();
        if (metaclass != context.classes().typeClass) {
            Object metaCall = metaclass.lookup("__call__");
            Object typeCall = context.classes().typeClass.getOwn("__call__");
            if (metaCall != null && metaCall != typeCall) {
                return PyObjectCall.callDescriptor(metaCall, cls, args, kwNames, kwValues);
            }
        }
        return callType(cls, args, kwNames, kwValues);
    }

    /** {@code type.__call__} itself: {@code __new__}, then {@code __init__} if the result is an instance. */
    @TruffleBoundary
    public static Object callType(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues) {
        KraitContext context = KraitContext.get(null);
        Object newMethod = newMethodOf(context, cls);
        Object instance = PyObjectCall.call(newMethod, PyObjectCall.prepend(cls, args), kwNames, kwValues);
        if (!PyObjectType.classOf(context, instance).isSubclassOf(cls)) {
            return instance;
        }
        Object init = cls.lookup("__init__");
        Object result = PyObjectCall.callDescriptor(init, instance, args, kwNames, kwValues);
        if (result != PNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '" + PyObjectType.typeName(result) + "'");
        }
        return instance;
    }

    /**
     * The class's {@code __new__} as CPython's slot_tp_new reads it, {@code cls.__new__}: a data descriptor named
     * {@code __new__} on the metaclass comes before the class's own.
     */
    private static Object newMethodOf(KraitContext context, PythonClass cls) {
        Object method = cls.lookup("__new__");
        PythonClass metaclass = cls.getPythonClass();
        if (metaclass != context.classes().typeClass && !(method instanceof dev.krait.runtime.objects.PBuiltinFunction)) {
            Object onMetaclass = metaclass.lookup("__new__");
            if (onMetaclass != null && PyObjectGetAttr.isDataDescriptor(onMetaclass)) {
                return PyObjectGetAttr.descriptorGet(onMetaclass, cls, metaclass);
            }
        }
        return newMethod(cls, method);
    }

    /**
     * The {@code __new__} to call with the class as first argument: found as a plain function (a staticmethod, as
     * type() makes it) it is called as it is; any other descriptor (a classmethod…) is bound as
     * {@code cls.__new__} would be (CPython's slot_tp_new reads the attribute).
     */
    public static Object newMethod(PythonClass cls, Object method) {
        if (method instanceof PMethodWrapper wrapper && !wrapper.isClassMethod()) {
            return wrapper.callable();
        }
        if (method instanceof dev.krait.runtime.objects.PFunction || method instanceof dev.krait.runtime.objects.PBuiltinFunction) {
            return method;
        }
        return PyObjectGetAttr.descriptorGet(method, null, cls);
    }
}
