package dev.krait.runtime.interop;

import java.util.LinkedHashSet;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;

import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBoundMethod;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PMethodWrapper;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectSetAttr;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * How a Python object looks to other languages: its members are its Python attributes (instance attributes and
 * what its class provides), reading one is {@code getattr}, writing one {@code setattr}, invoking one a method call,
 * and executing a callable a Python call. The interop exports of the object classes call these.
 */
public final class ObjectInterop {
    private ObjectInterop() {
    }

    @TruffleBoundary
    public static String displayString(Object value, boolean allowSideEffects) {
        if (allowSideEffects) {
            try {
                return PyObjectRepr.repr(value);
            } catch (PException e) {
                // fall through to the plain form
            }
        }
        PythonClass type = PyObjectType.classOf(value);
        return "<" + PyObjectRepr.qualifiedName(type) + " object at " + PyObjectRepr.address(value) + ">";
    }

    /** The attribute names {@code dir()} would mostly show; dunder names only when internal ones are asked for. */
    @TruffleBoundary
    public static InteropArray memberNames(PythonObject object, boolean includeInternal) {
        Set<String> names = new LinkedHashSet<>();
        if (object instanceof PythonClass cls) {
            for (PythonClass c : cls.getMro()) {
                names.addAll(c.getNamespace().keySet());
            }
        } else {
            names.addAll(ObjectAttributes.names(object));
            if (!(object instanceof PModule)) {
                for (PythonClass c : object.getPythonClass().getMro()) {
                    names.addAll(c.getNamespace().keySet());
                }
            }
        }
        if (!includeInternal) {
            names.removeIf(ObjectInterop::isDunder);
        }
        return new InteropArray(names.toArray());
    }

    private static boolean isDunder(String name) {
        return name.length() > 4 && name.startsWith("__") && name.endsWith("__");
    }

    /**
     * The attribute {@code name} as stored, before descriptors run: an instance attribute or what the class (for a
     * class, its MRO) defines; null if neither has it.
     */
    @TruffleBoundary
    private static Object rawAttribute(PythonObject object, String name) {
        if (object instanceof PythonClass cls) {
            Object value = cls.lookup(name);
            return value != null ? value : cls.getPythonClass().lookup(name);
        }
        Object own = ObjectAttributes.get(object, name);
        return own != null ? own : object.getPythonClass().lookup(name);
    }

    /** Whether the type computes attributes itself, so any name may be readable. */
    private static boolean hasDynamicAttributes(PythonObject object) {
        PythonClass type = object.getPythonClass();
        return type.lookup("__getattr__") != null || type.lookup("__getattribute__") instanceof PFunction;
    }

    @TruffleBoundary
    public static boolean isMemberReadable(PythonObject object, String name) {
        return rawAttribute(object, name) != null || hasDynamicAttributes(object);
    }

    @TruffleBoundary
    public static Object readMember(PythonObject object, String name) throws UnknownIdentifierException {
        Object value = PyObjectGetAttr.getOrNull(object, name);
        if (value == null) {
            throw UnknownIdentifierException.create(name);
        }
        return value;
    }

    @TruffleBoundary
    public static boolean acceptsAttributes(PythonObject object) {
        if (object instanceof PythonClass cls) {
            return !cls.isBuiltin();
        }
        PythonClass type = object.getPythonClass();
        return type.acceptsAttributes() || !type.isBuiltin();
    }

    @TruffleBoundary
    public static void writeMember(PythonObject object, String name, Object value) {
        PyObjectSetAttr.set(object, name, InteropValues.toPython(value));
    }

    /** Whether {@code name} is the object's own attribute (a class's own namespace entry), which del can remove. */
    @TruffleBoundary
    public static boolean isMemberRemovable(PythonObject object, String name) {
        if (object instanceof PythonClass cls) {
            return !cls.isBuiltin() && cls.getOwn(name) != null;
        }
        return ObjectAttributes.get(object, name) != null;
    }

    @TruffleBoundary
    public static void removeMember(PythonObject object, String name) throws UnknownIdentifierException {
        if (!isMemberRemovable(object, name)) {
            throw UnknownIdentifierException.create(name);
        }
        PyObjectSetAttr.set(object, name, null);
    }

    @TruffleBoundary
    public static boolean isMemberInvocable(PythonObject object, String name) {
        Object raw = rawAttribute(object, name);
        if (raw == null) {
            return hasDynamicAttributes(object);
        }
        return isCallable(raw);
    }

    @TruffleBoundary
    public static Object invokeMember(PythonObject object, String name, Object[] arguments) throws UnknownIdentifierException {
        Object method = PyObjectGetAttr.getOrNull(object, name);
        if (method == null) {
            throw UnknownIdentifierException.create(name);
        }
        return PyObjectCall.call(method, InteropValues.toPython(arguments));
    }

    /** Python's {@code callable()}. */
    @TruffleBoundary
    public static boolean isCallable(Object value) {
        if (value instanceof PFunction || value instanceof PBuiltinFunction || value instanceof PBoundMethod ||
                        value instanceof PythonClass || value instanceof PMethodWrapper wrapper && !wrapper.isClassMethod()) {
            return true;
        }
        return PyObjectType.classOf(value).lookup("__call__") != null;
    }

    /** Calls {@code callable} with arguments that came from another language. */
    @TruffleBoundary
    public static Object call(Object callable, Object[] arguments) {
        return PyObjectCall.call(callable, InteropValues.toPython(arguments));
    }
}
