package dev.krait.runtime;

import dev.krait.runtime.memory.RefCounts;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PythonObject;

/**
 * Uncached access to an object's own attributes, for slow paths and set-up code: an object's dynamic properties, or
 * a module's global cells.
 */
public final class ObjectAttributes {
    private static final DynamicObjectLibrary UNCACHED = DynamicObjectLibrary.getUncached();

    private ObjectAttributes() {
    }

    @TruffleBoundary
    public static Object get(DynamicObject object, String name) {
        if (object instanceof PModule module) {
            return module.getGlobal(name);
        }
        if (object instanceof PythonObject pythonObject && usesDict(pythonObject, name)) {
            return pythonObject.getInstanceDict().getItem(name);
        }
        return UNCACHED.getOrDefault(object, name, null);
    }

    @TruffleBoundary
    public static void put(DynamicObject object, String name, Object value) {
        if (object instanceof PModule module) {
            module.setGlobal(name, value);
            return;
        }
        if (object instanceof PythonObject pythonObject && usesDict(pythonObject, name)) {
            pythonObject.getInstanceDict().setItem(name, value);
            return;
        }
        Object old = UNCACHED.getOrDefault(object, name, null);
        UNCACHED.put(object, name, value);
        countStore(object, value, old);
    }

    /** The object now holds {@code value} in place of {@code old}. */
    private static void countStore(DynamicObject object, Object value, Object old) {
        if (object instanceof PythonObject holder) {
            RefCounts.storeInto(holder, value);
        } else {
            RefCounts.incRef(value);
        }
        RefCounts.decRef(old);
    }

    @TruffleBoundary
    public static boolean remove(DynamicObject object, String name) {
        if (object instanceof PModule module) {
            return module.removeGlobal(name);
        }
        if (object instanceof PythonObject pythonObject && usesDict(pythonObject, name)) {
            return pythonObject.getInstanceDict().removeItem(name) != null;
        }
        Object old = UNCACHED.getOrDefault(object, name, null);
        boolean removed = UNCACHED.removeKey(object, name);
        RefCounts.decRef(old);
        return removed;
    }

    /**
     * The instance's {@code __dict__}: made on first request by moving the shape's attributes into a dict that from
     * then on holds them. A module's is the dict mirroring its globals. null for objects that cannot have one (instances of
     * builtin types, classes).
     */
    /**
     * Whether {@code object}, an instance of a builtin type, is of one of the builtin types whose instances have a
     * {@code __dict__} (functions, modules, exceptions, staticmethod/classmethod objects).
     */
    public static boolean isBuiltinWithInstanceDict(Object object) {
        return object instanceof dev.krait.runtime.objects.PFunction || object instanceof dev.krait.runtime.objects.PBaseException ||
                        object instanceof PModule || object instanceof dev.krait.runtime.objects.PMethodWrapper ||
                        object instanceof dev.krait.runtime.objects.PFile ||
                        // a builtin type whose instances are plain objects with attributes (_sitebuiltins' Quitter…)
                        object.getClass() == PythonObject.class && ((PythonObject) object).getPythonClass().acceptsAttributes() &&
                                        ((PythonObject) object).getPythonClass().getSolidBase() != ((PythonObject) object).getPythonClass();
    }

    @TruffleBoundary
    public static dev.krait.runtime.objects.PDict instanceDict(KraitContext context, Object object) {
        if (object instanceof PModule module) {
            return module.getNamespaceDict(context);
        }
        if (!(object instanceof PythonObject pythonObject) || object instanceof dev.krait.runtime.objects.PythonClass ||
                        !pythonObject.getPythonClass().acceptsAttributes() ||
                        pythonObject.getPythonClass().isBuiltin() && !isBuiltinWithInstanceDict(object)) {
            return null;
        }
        dev.krait.runtime.objects.PDict dict = pythonObject.getInstanceDict();
        if (dict == null) {
            dict = context.newDict();
            java.util.Map<String, Object> slots = new java.util.LinkedHashMap<>();
            for (Object key : UNCACHED.getKeyArray(pythonObject)) {
                if (key instanceof String name) {
                    Object value = UNCACHED.getOrDefault(pythonObject, name, null);
                    if (pythonObject.getPythonClass().hasSlot(name)) {
                        slots.put(name, value);
                    } else {
                        dict.setItem(name, value);
                    }
                }
            }
            UNCACHED.resetShape(pythonObject, context.getShape());
            for (var slot : slots.entrySet()) {
                UNCACHED.put(pythonObject, slot.getKey(), slot.getValue());
            }
            // the dict counted the attributes it took over; the shape no longer holds them
            for (Object value : dict.storage().valuesArray()) {
                RefCounts.decRef(value);
            }
            pythonObject.setInstanceDict(dict);
            RefCounts.storeInto(pythonObject, dict);
        }
        return dict;
    }

    /** Whether attribute {@code name} of a dict-backed instance lives in its dict (slots stay in the shape). */
    private static boolean usesDict(PythonObject object, String name) {
        return object.getInstanceDict() != null && !object.getPythonClass().hasSlot(name);
    }

    @TruffleBoundary
    public static List<String> names(DynamicObject object) {
        if (object instanceof PModule module) {
            return module.globalNames();
        }
        if (object instanceof PythonObject pythonObject && pythonObject.getInstanceDict() != null) {
            List<String> names = new ArrayList<>();
            for (Object key : pythonObject.getInstanceDict().storage().keysArray()) {
                if (key instanceof String s) {
                    names.add(s);
                }
            }
            return names;
        }
        List<String> names = new ArrayList<>();
        for (Object key : UNCACHED.getKeyArray(object)) {
            if (key instanceof String s) {
                names.add(s);
            }
        }
        return names;
    }
}
