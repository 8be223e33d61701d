package dev.krait.runtime.protocol;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.interop.ForeignObjects;
import dev.krait.runtime.interop.InteropValues;
import dev.krait.runtime.objects.PBoundMethod;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PMethodWrapper;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;

/** {@code PyObject_Call}: calling any callable, the uncached way (slow paths, builtins calling back into Python). */
public final class PyObjectCall {
    private static final String[] NO_KEYWORDS = new String[0];

    private PyObjectCall() {
    }

    @TruffleBoundary
    public static Object call(Object callable, Object... args) {
        return call(callable, args, NO_KEYWORDS, NO_KEYWORDS);
    }

    /** {@code callable(*args, **keywords)} with the keywords in a dict of str keys (or null for none). */
    @TruffleBoundary
    public static Object callWithKeywordDict(Object callable, Object[] args, dev.krait.runtime.objects.PDict keywords) {
        if (keywords == null) {
            return call(callable, args, NO_KEYWORDS, NO_KEYWORDS);
        }
        Object[] keys = keywords.storage().keysArray();
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = (String) keys[i];
        }
        return call(callable, args, names, keywords.storage().valuesArray());
    }

    @TruffleBoundary
    public static Object call(Object callable, Object[] args, String[] kwNames, Object[] kwValues) {
        if (InteropValues.isForeign(callable)) {
            return ForeignObjects.call(callable, args, kwNames);
        }
        if (callable instanceof PFunction function) {
            Object[] frame = ArgumentBinder.bind(function.getQualname(), function.getCode().signature(),
                            function.getDefaults(), function.getKwDefaults(), function, args, kwNames, kwValues);
            return function.getCode().callTarget().call(frame);
        } else if (callable instanceof PBuiltinFunction builtin) {
            if (ArgumentBinder.checksUnboundSelf(builtin)) {
                ArgumentBinder.checkUnboundSelf(builtin, args, 0);
            }
            return callBuiltin(builtin, args, kwNames, kwValues);
        } else if (callable instanceof PBoundMethod method) {
            return call(method.getFunction(), prepend(method.getSelf(), args), kwNames, kwValues);
        } else if (callable instanceof PythonClass cls) {
            return TypeCall.call(cls, args, kwNames, kwValues);
        } else if (callable instanceof PMethodWrapper wrapper && !wrapper.isClassMethod()) {
            return call(wrapper.callable(), args, kwNames, kwValues);
        }
        Object callMethod = PyObjectType.classOf(callable).lookup("__call__");
        if (callMethod == null) {
            throw Errors.typeError("'" + PyObjectType.typeName(callable) + "' object is not callable");
        }
        return callDescriptor(callMethod, callable, args, kwNames, kwValues);
    }

    @TruffleBoundary
    public static Object callBuiltin(PBuiltinFunction builtin, Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] frame = ArgumentBinder.bindBuiltin(builtin, args, kwNames, kwValues);
        return builtin.getCallTarget().call(frame);
    }

    /**
     * Calls {@code descriptor} found on the type of {@code self} as a method of {@code self}: functions get self as
     * first argument without a bound method being made.
     */
    @TruffleBoundary
    public static Object callDescriptor(Object descriptor, Object self, Object[] args, String[] kwNames,
                    Object[] kwValues) {
        if (descriptor instanceof PFunction) {
            return call(descriptor, prepend(self, args), kwNames, kwValues);
        }
        if (descriptor instanceof PBuiltinFunction b && b.getOwner() != null) {
            // found on self's type: self is an instance of it
            return callBuiltin(b, prepend(self, args), kwNames, kwValues);
        }
        Object bound = PyObjectGetAttr.descriptorGet(descriptor, self, PyObjectType.classOf(self));
        return call(bound, args, kwNames, kwValues);
    }

    /** Calls the special method {@code name} looked up on the type of {@code self}; null if the type has none. */
    @TruffleBoundary
    public static Object callSpecial(Object self, String name, Object... args) {
        Object method = PyObjectType.classOf(self).lookup(name);
        if (method == null) {
            return null;
        }
        return callDescriptor(method, self, args, NO_KEYWORDS, NO_KEYWORDS);
    }

    public static boolean isNone(Object value) {
        return value == PNone.NONE;
    }

    static Object[] prepend(Object first, Object[] rest) {
        Object[] result = new Object[rest.length + 1];
        result[0] = first;
        System.arraycopy(rest, 0, result, 1, rest.length);
        return result;
    }

    static Object[] tail(Object[] args) {
        return Arrays.copyOfRange(args, 1, args.length);
    }

    public static KraitContext context() {
        return KraitContext.get(null);
    }
}
