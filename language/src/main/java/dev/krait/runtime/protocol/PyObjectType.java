package dev.krait.runtime.protocol;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.interop.InteropValues;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;

/** {@code Py_TYPE}: the Python class of any value, including the Java-primitive ones. */
public final class PyObjectType {
    private PyObjectType() {
    }

    public static PythonClass classOf(KraitContext context, Object value) {
        BuiltinClasses classes = context.classes();
        if (value instanceof PythonObject object) {
            return object.getPythonClass();
        } else if (value instanceof Long || value instanceof Integer || value instanceof PInt) {
            return classes.intClass;
        } else if (value instanceof Boolean) {
            return classes.boolClass;
        } else if (value instanceof Double) {
            return classes.floatClass;
        } else if (value instanceof String) {
            return classes.strClass;
        } else if (value == PNone.NONE) {
            return classes.noneClass;
        } else if (value instanceof Singletons s) {
            return s == Singletons.NOT_IMPLEMENTED ? classes.notImplementedClass : classes.ellipsisClass;
        } else if (InteropValues.isForeign(value)) {
            return classes.foreignClass;
        }
        return classes.objectClass;
    }

    public static PythonClass classOf(Object value) {
        return classOf(KraitContext.get(null), value);
    }

    public static String typeName(Object value) {
        return classOf(value).getTypeName();
    }

    public static boolean isInstance(Object value, PythonClass cls) {
        return classOf(value).isSubclassOf(cls);
    }
}
