package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.krait.runtime.objects.PModule;

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
        return UNCACHED.getOrDefault(object, name, null);
    }

    @TruffleBoundary
    public static void put(DynamicObject object, String name, Object value) {
        if (object instanceof PModule module) {
            module.setGlobal(name, value);
            return;
        }
        UNCACHED.put(object, name, value);
    }

    @TruffleBoundary
    public static boolean remove(DynamicObject object, String name) {
        if (object instanceof PModule module) {
            return module.removeGlobal(name);
        }
        return UNCACHED.removeKey(object, name);
    }

    @TruffleBoundary
    public static List<String> names(DynamicObject object) {
        if (object instanceof PModule module) {
            return module.globalNames();
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
